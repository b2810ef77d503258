import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Form, Input, Modal, Popconfirm, Row } from 'antd';
import { useContext, useEffect, useState } from 'react';
import { parseDeadline } from '../../../../shared/deadline';
import type { Task, Unit } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { DeadlineHint } from './DeadlineHint';
import { UnitGroupsContext } from './hooks';
import { UnitSelect } from './UnitSelect';

interface Draft {
  section: string; content: string; leadUnitId: number | null; leadText: string; coordinatingUnitIds: number[];
  coordinatingText: string; deadlineText: string; dueDate: string | null; standing: boolean; notes: string;
}

const draftOf = (t: Task): Draft => ({
  section: t.section, content: t.content, leadUnitId: t.leadUnitId, leadText: t.leadText,
  coordinatingUnitIds: t.coordinatingUnits.map((u) => u.id), coordinatingText: t.coordinatingText,
  deadlineText: t.deadlineText, dueDate: t.dueDate, standing: t.standing, notes: t.notes,
});

/** Edits a task: wording, bodies, the deadline as written and the date the clerk confirms. */
export function TaskEditModal(props: { task: Task | null; units: Unit[]; onClose(): void; onSaved(task: Task): void; onDeleted(id: number): void }) {
  const { task, units, onClose } = props;
  const groups = useContext(UnitGroupsContext);
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const [error, setError] = useState<string | null>(null);
  const deadlineText = Form.useWatch('deadlineText', form) ?? '';

  useEffect(() => {
    if (task) {
      form.setFieldsValue(draftOf(task));
      setError(null);
    }
  }, [task, form]);

  async function save(d: Draft) {
    if (!task) return;
    try {
      props.onSaved(await api('tasks.update', { id: task.id, patch: d }));
      message.success('Đã lưu nhiệm vụ.');
      onClose();
    } catch (err) {
      form.setFields(Object.entries(fieldErrors(err)).map(([name, msg]) => ({ name: name as keyof Draft, errors: [msg] })));
      setError(errorMessage(err));
    }
  }

  async function remove() {
    if (!task) return;
    try {
      await api('tasks.delete', { id: task.id });
      props.onDeleted(task.id);
      message.success('Đã xóa nhiệm vụ.');
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  /** Typing the phrase proposes its date and standing flag; the clerk may still change them. */
  function readDeadline(text: string) {
    const parsed = parseDeadline(text, task?.directive.documentDate ?? undefined);
    form.setFieldsValue({ dueDate: parsed.due, standing: parsed.standing });
  }

  return (
    <Modal
      open={task !== null}
      title="Sửa nhiệm vụ"
      width={820}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Popconfirm key="delete" title="Xóa nhiệm vụ này và các mục tiến độ của nó?" okText="Xóa" cancelText="Không" onConfirm={() => void remove()}>
          <Button danger icon={<DeleteOutlined />} className="modal-left-button">Xóa nhiệm vụ</Button>
        </Popconfirm>,
        <Button key="cancel" onClick={onClose}>Hủy</Button>,
        <Button key="save" type="primary" onClick={() => form.submit()}>Lưu</Button>,
      ]}
    >
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Form<Draft> form={form} layout="vertical" onFinish={(d) => void save(d)}>
        <Row gutter={12}>
          <Col span={4}><Form.Item name="section" label="Mục"><Input placeholder="IV.2" /></Form.Item></Col>
          <Col span={20}>
            <Form.Item name="content" label="Nội dung nhiệm vụ" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung.' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="leadUnitId" label="Đơn vị chủ trì (trong danh bạ)">
              <UnitSelect units={units} onChange={(id) => { if (id) form.setFieldValue('leadText', units.find((u) => u.id === id)?.name ?? ''); }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="leadText" label="Đơn vị chủ trì (ghi như văn bản)" rules={[{ required: true, whitespace: true, message: 'Ghi đơn vị chủ trì.' }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}><Form.Item name="coordinatingUnitIds" label="Đơn vị phối hợp"><UnitSelect units={units} groups={groups} multiple /></Form.Item></Col>
          <Col span={14}><Form.Item name="coordinatingText" label="Phối hợp khác (ngoài danh bạ)"><Input /></Form.Item></Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="deadlineText" label="Thời hạn (như văn bản ghi)" extra={<DeadlineHint text={deadlineText} refDate={task?.directive.documentDate} />}>
              <Input onChange={(e) => readDeadline(e.target.value)} placeholder="hoàn thành trong quý I/2024" />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="dueDate" label="Hạn (xác nhận)" rules={[dateRule]}><DateInput /></Form.Item></Col>
          <Col span={6}><Form.Item name="standing" label=" " valuePropName="checked"><Checkbox>Thực hiện thường xuyên</Checkbox></Form.Item></Col>
        </Row>
        <Form.Item name="notes" label="Ghi chú"><Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
