import { Alert, AutoComplete, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../../lib/errors';

type Draft = Pick<Unit, 'name' | 'shortName' | 'code' | 'category'>;

/** Adds a body to the address book (unit null with open) or edits one. */
export function UnitEditModal({ open, unit, categories, onClose, onSaved }: {
  open: boolean; unit: Unit | null; categories: string[]; onClose(): void; onSaved(unit: Unit): void;
}) {
  const [form] = Form.useForm<Draft>();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue(unit ?? { name: '', shortName: '', code: '', category: '' });
  }, [open, unit, form]);

  async function save(d: Draft) {
    try {
      onSaved(await api('units.save', { ...d, id: unit?.id }));
      onClose();
    } catch (err) {
      form.setFields(Object.entries(fieldErrors(err)).map(([name, msg]) => ({ name: name as keyof Draft, errors: [msg] })));
      setError(errorMessage(err));
    }
  }

  return (
    <Modal open={open} title={unit ? 'Sửa đơn vị' : 'Thêm đơn vị'} okText="Lưu" cancelText="Hủy" onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Form<Draft> form={form} layout="vertical" onFinish={(d) => void save(d)}>
        <Form.Item name="name" label="Tên đầy đủ" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị.' }]}>
          <Input placeholder="Ban Tuyên giáo Tỉnh ủy" autoFocus />
        </Form.Item>
        <Form.Item name="shortName" label="Tên viết tắt, tên thường gọi"><Input placeholder="Ban Tuyên giáo" /></Form.Item>
        <Form.Item name="code" label="Mã (dùng trong số, ký hiệu)"><Input placeholder="BTGTU" /></Form.Item>
        <Form.Item name="category" label="Khối">
          <AutoComplete options={categories.map((c) => ({ value: c }))} placeholder="Các ban, Văn phòng Tỉnh ủy" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
