import { Alert, Form, Input, Modal, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { EntryRef, RoundDetail, Unit, UnitGroup } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { EntryPicker } from '../tasks/EntryPicker';
import { UnitSelect } from '../tasks/UnitSelect';

interface Draft {
  directiveId: number | null; title: string; kind: 'interim' | 'final'; deadline: string | null;
  groupIds: number[]; unitIds: number[]; note: string;
}

/** Opens a review round: the directive, its title, the deadline for the bodies' reports and who must report. */
export function OpenRoundModal({ open, units, groups, onClose, onOpened }: {
  open: boolean; units: Unit[]; groups: UnitGroup[]; onClose(): void; onOpened(round: RoundDetail): void;
}) {
  const [form] = Form.useForm<Draft>();
  const [directives, setDirectives] = useState<EntryRef[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    api('tasks.directives', {}).then((d) => setDirectives(d.map((x) => x.directive)), () => setDirectives([]));
  }, [open, form]);

  /** Proposes the usual wording once the directive is known: "Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW". */
  function proposeTitle(entry: EntryRef | null) {
    if (!entry || form.getFieldValue('title')) return;
    const kind = form.getFieldValue('kind') === 'final' ? 'Tổng kết' : 'Sơ kết 01 năm';
    form.setFieldValue('title', `${kind} thực hiện ${entry.symbol || 'văn bản'}`);
  }

  async function submit(d: Draft) {
    setError(null);
    try {
      onOpened(await api('rounds.open', { ...d, directiveId: d.directiveId ?? 0 }));
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal open={open} title="Mở đợt sơ kết, tổng kết" width={720} okText="Mở đợt" cancelText="Hủy" onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Form<Draft> form={form} layout="vertical" initialValues={{ kind: 'interim', groupIds: [], unitIds: [], note: '', deadline: null, directiveId: null, title: '' }} onFinish={(d) => void submit(d)}>
        <Form.Item name="directiveId" label="Văn bản chỉ đạo được sơ kết, tổng kết" rules={[{ required: true, message: 'Chọn văn bản chỉ đạo.' }]}>
          <EntryPicker initial={directives} onChange={(_, e) => proposeTitle(e)} aria-label="Văn bản chỉ đạo" />
        </Form.Item>
        <Form.Item name="kind" label="Loại">
          <Segmented options={[{ value: 'interim', label: 'Sơ kết' }, { value: 'final', label: 'Tổng kết' }]} />
        </Form.Item>
        <Form.Item name="title" label="Tên đợt" rules={[{ required: true, whitespace: true, message: 'Nhập tên đợt.' }]}>
          <Input placeholder="Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW" />
        </Form.Item>
        <Form.Item name="deadline" label="Hạn các đơn vị gửi báo cáo" rules={[dateRule]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="groupIds" label="Nhóm đơn vị phải báo cáo">
          <Select mode="multiple" allowClear options={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.unitIds.length})` }))} placeholder="Ví dụ: Các huyện ủy, thành ủy, đảng ủy trực thuộc" />
        </Form.Item>
        <Form.Item name="unitIds" label="Thêm từng đơn vị">
          <UnitSelect units={units} multiple />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
