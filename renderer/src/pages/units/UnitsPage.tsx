import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Popconfirm, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../../shared/taskSchemas';
import { foldForSearch } from '../../../../shared/text';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { minTableWidth } from '../../lib/tableWidth';
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

  // Fixed widths for the short columns; the name takes the rest, at least 200 px (sideways scroll below that).
  const columns: TableColumnsType<Unit> = [
    { key: 'name', title: 'Tên đơn vị', render: (_, u) => <strong>{u.name}</strong> },
    { key: 'short', title: 'Tên viết tắt', width: 160, dataIndex: 'shortName' },
    { key: 'code', title: 'Mã', width: 90, dataIndex: 'code' },
    {
      key: 'category', title: 'Khối', width: 200, dataIndex: 'category',
      filters: categories.map((c) => ({ text: c, value: c })), onFilter: (v, u) => u.category === v,
    },
    {
      key: 'act', title: '', width: 96,
      render: (_, u) => (
        <span className="nowrap">
          <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label={`Sửa ${u.name}`} />
          <Popconfirm title={`Xóa ${u.name} khỏi danh bạ?`} okText="Xóa" cancelText="Không" onConfirm={() => void remove(u)}>
            <Button size="small" type="text" danger>Xóa</Button>
          </Popconfirm>
        </span>
      ),
    },
  ];

  const unitsTab = (
    <div>
      <div className="units-toolbar">
        <Input type="search" allowClear placeholder="Tìm theo tên, tên tắt, mã (gõ không dấu cũng được)" value={q} onChange={(e) => setQ(e.target.value)} className="units-search" aria-label="Tìm đơn vị" />
        <Typography.Text type="secondary" className="nowrap">{shown.length} đơn vị</Typography.Text>
        <span className="filter-spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>Thêm đơn vị</Button>
      </div>
      <Table<Unit>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={false}
        scroll={{ x: minTableWidth(columns, 200), y: 'calc(100vh - 290px)' }}
        data-testid="units-table"
        columns={columns}
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
