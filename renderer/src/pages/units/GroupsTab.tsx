import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Unit, UnitGroup } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { UnitSelect } from '../tasks/UnitSelect';

type Draft = { name: string; note: string; unitIds: number[] };

/** Saved groups ("Các huyện ủy, thành ủy, đảng ủy trực thuộc") that expand to their members. */
export function GroupsTab({ units, groups, reload }: { units: Unit[]; groups: UnitGroup[]; reload(): Promise<void> }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<UnitGroup | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Draft>();
  const nameOf = (id: number) => units.find((u) => u.id === id)?.name ?? `#${id}`;

  useEffect(() => {
    if (editing === null) return;
    setError(null);
    form.setFieldsValue(editing === 'new' ? { name: '', note: '', unitIds: [] } : editing);
  }, [editing, form]);

  async function save(d: Draft) {
    try {
      await api('units.saveGroup', { ...d, id: editing !== 'new' && editing ? editing.id : undefined });
      await reload();
      message.success('Đã lưu nhóm.');
      setEditing(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(id: number) {
    try {
      await api('units.deleteGroup', { id });
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  return (
    <div>
      <div className="units-toolbar">
        <Typography.Text type="secondary">Chọn một nhóm khi mở đợt sơ kết, tổng kết là chọn mọi đơn vị trong nhóm.</Typography.Text>
        <span className="filter-spacer" />
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>Thêm nhóm</Button>
      </div>
      <Table<UnitGroup>
        size="small"
        rowKey="id"
        dataSource={groups}
        pagination={false}
        scroll={{ x: 720 }} // the fixed columns plus 210 px for the members: scroll sideways rather than crush them
        columns={[
          { key: 'name', title: 'Nhóm', width: 280, render: (_, g) => <><strong>{g.name}</strong>{g.note && <div className="muted small">{g.note}</div>}</> },
          { key: 'count', title: 'Số đơn vị', width: 90, render: (_, g) => g.unitIds.length },
          { key: 'members', title: 'Đơn vị', render: (_, g) => <div className="clamp-2">{g.unitIds.map(nameOf).join('; ')}</div> },
          {
            key: 'act', title: '', width: 140,
            render: (_, g) => (
              <span className="nowrap">
                <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(g)}>Sửa</Button>
                <Popconfirm title="Xóa nhóm này? Các đơn vị vẫn còn trong danh bạ." okText="Xóa" cancelText="Không" onConfirm={() => void remove(g.id)}>
                  <Button size="small" type="text" danger>Xóa</Button>
                </Popconfirm>
              </span>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? 'Thêm nhóm đơn vị' : 'Sửa nhóm đơn vị'} okText="Lưu" cancelText="Hủy" width={680}
        onOk={() => form.submit()} onCancel={() => setEditing(null)} destroyOnHidden>
        {error && <Alert type="error" showIcon title={error} className="page-alert" />}
        <Form<Draft> form={form} layout="vertical" onFinish={(d) => void save(d)}>
          <Form.Item name="name" label="Tên nhóm" rules={[{ required: true, whitespace: true, message: 'Nhập tên nhóm.' }]}><Input /></Form.Item>
          <Form.Item name="note" label="Ghi chú"><Input /></Form.Item>
          <Form.Item name="unitIds" label="Đơn vị trong nhóm"><UnitSelect units={units} multiple /></Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
