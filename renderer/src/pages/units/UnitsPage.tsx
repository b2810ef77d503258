import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Popconfirm, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../../shared/taskSchemas';
import { foldForSearch } from '../../../../shared/text';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUnits } from '../tasks/hooks';
import { GroupsTab } from './GroupsTab';
import { UnitEditModal } from './UnitEditModal';
import '../tasks/tasks.css';

/** "Danh bạ đơn vị": the bodies that receive tasks and documents, and saved groups of them. */
export default function UnitsPage() {
  const { units, groups, error, reload } = useUnits();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Unit | null>(null);
  const [adding, setAdding] = useState(false);
  const categories = useMemo(() => [...new Set(units.map((u) => u.category).filter(Boolean))], [units]);
  const shown = useMemo(() => {
    const f = foldForSearch(q).trim();
    return f ? units.filter((u) => foldForSearch(`${u.name} ${u.shortName} ${u.code} ${u.category}`).includes(f)) : units;
  }, [units, q]);

  async function remove(u: Unit) {
    try {
      await api('units.delete', { id: u.id });
      await reload();
      message.success(`Đã xóa ${u.name}.`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  const unitsTab = (
    <div>
      <div className="units-toolbar">
        <Input type="search" allowClear placeholder="Tìm theo tên, tên tắt, mã (gõ không dấu cũng được)" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 360 }} aria-label="Tìm đơn vị" />
        <Typography.Text type="secondary" className="nowrap">{shown.length} đơn vị</Typography.Text>
        <span className="filter-spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>Thêm đơn vị</Button>
      </div>
      <Table<Unit>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={false}
        scroll={{ y: 'calc(100vh - 290px)' }}
        data-testid="units-table"
        columns={[
          { key: 'name', title: 'Tên đơn vị', render: (_, u) => <strong>{u.name}</strong> },
          { key: 'short', title: 'Tên viết tắt', width: 220, dataIndex: 'shortName' },
          { key: 'code', title: 'Mã', width: 110, dataIndex: 'code' },
          {
            key: 'category', title: 'Khối', width: 330, dataIndex: 'category',
            filters: categories.map((c) => ({ text: c, value: c })), onFilter: (v, u) => u.category === v,
          },
          {
            key: 'act', title: '', width: 130,
            render: (_, u) => (
              <>
                <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label={`Sửa ${u.name}`} />
                <Popconfirm title={`Xóa ${u.name} khỏi danh bạ?`} okText="Xóa" cancelText="Không" onConfirm={() => void remove(u)}>
                  <Button size="small" type="text" danger>Xóa</Button>
                </Popconfirm>
              </>
            ),
          },
        ]}
      />
    </div>
  );

  return (
    <div className="page units-page">
      <Typography.Title level={3} className="page-title">Danh bạ đơn vị</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Tabs items={[
        { key: 'units', label: `Đơn vị (${units.length})`, children: unitsTab },
        { key: 'groups', label: `Nhóm đơn vị (${groups.length})`, children: <GroupsTab units={units} groups={groups} reload={reload} /> },
      ]} />
      <UnitEditModal open={adding || editing !== null} unit={editing} categories={categories}
        onClose={() => { setAdding(false); setEditing(null); }}
        onSaved={(u) => { void reload(); message.success(`Đã lưu ${u.name}.`); }} />
    </div>
  );
}
