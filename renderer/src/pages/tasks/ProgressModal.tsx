import { Alert, App, Button, Form, Input, Modal, Segmented, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ProgressItem, Task } from '../../../../shared/taskSchemas';
import type { TaskState } from '../../../../shared/taskStatus';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { displayDate, todayIso } from '../../lib/format';
import { EntryPicker } from './EntryPicker';
import { entryLabel } from './model';
import RecordHistory from '../../components/RecordHistory';

interface Draft { date: string; text: string; reportEntryId: number | null; state: 'keep' | TaskState }

/** The progress timeline of a task, with the form to add an entry in the same step (Enter saves). */
export function ProgressModal({ task, onClose, onChanged }: { task: Task | null; onClose(): void; onChanged(task: Task): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const [progress, setProgress] = useState<ProgressItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!task) return;
    setError(null);
    form.setFieldsValue({ date: todayIso(), text: '', reportEntryId: null, state: 'keep' });
    api('tasks.get', { id: task.id }).then((d) => setProgress(d.progress), (err) => setError(errorMessage(err)));
  }, [task, form]);

  async function save(d: Draft) {
    if (!task) return;
    setSaving(true);
    setError(null);
    try {
      const result = await api('tasks.addProgress', {
        taskId: task.id, date: d.date, text: d.text, reportEntryId: d.reportEntryId, state: d.state === 'keep' ? undefined : d.state,
      });
      setProgress(result.progress);
      onChanged(result.task);
      message.success('Đã ghi tiến độ.');
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={task !== null}
      title="Tiến độ thực hiện"
      onCancel={onClose}
      width={720}
      style={{ top: 32 }}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>Đóng</Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => form.submit()} data-testid="progress-save">Ghi tiến độ</Button>,
      ]}
    >
      {task && (
        <>
          <Typography.Paragraph className="progress-task">
            <strong>{task.leadText}</strong>: {task.content}
          </Typography.Paragraph>
          {progress.length > 0 ? (
            <Timeline
              className="progress-timeline"
              items={progress.map((p) => ({
                key: p.id,
                content: (
                  <span>
                    <strong>{displayDate(p.date)}</strong>: {p.text}
                    {p.reportEntry && <span className="muted"> — theo {entryLabel(p.reportEntry)} của {p.reportEntry.issuer}</span>}
                  </span>
                ),
              }))}
            />
          ) : (
            <Typography.Paragraph type="secondary">Chưa có mục tiến độ nào.</Typography.Paragraph>
          )}
          {error && <Alert type="error" showIcon title={error} className="page-alert" />}
          <Form<Draft> form={form} layout="vertical" onFinish={(d) => void save(d)} className="progress-form" data-testid="progress-form">
            <div className="progress-form-row">
              <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Nhập ngày.' }, dateRule]} className="progress-date">
                <DateInput aria-label="Ngày tiến độ" />
              </Form.Item>
              <Form.Item name="state" label="Sau cập nhật này" className="progress-state">
                <Segmented options={[
                  { value: 'keep', label: 'Giữ trạng thái' },
                  { value: 'in_progress', label: 'Đang thực hiện' },
                  { value: 'done', label: 'Hoàn thành' },
                ]} />
              </Form.Item>
            </div>
            <Form.Item name="text" label="Nội dung" rules={[{ required: true, whitespace: true, message: 'Ghi kết quả, việc đã làm.' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus aria-label="Nội dung tiến độ"
                onPressEnter={(e) => { if (!e.shiftKey) { e.preventDefault(); form.submit(); } }} />
            </Form.Item>
            <Form.Item name="reportEntryId" label="Văn bản báo cáo (nếu có, trong sổ văn bản đến)">
              <EntryPicker aria-label="Văn bản báo cáo" />
            </Form.Item>
          </Form>
          <RecordHistory recordType="task" recordId={task.id} />
        </>
      )}
    </Modal>
  );
}
