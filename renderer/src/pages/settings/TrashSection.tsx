import { UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TrashItem } from '../../../../shared/contractSafety';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDateTime } from '../../lib/format';

/** "Thùng rác": deleted tasks, rounds, bodies, groups and templates, each restored with one click. */
export default function TrashSection() {
  const { message } = App.useApp();
  const [items, setItems] = useState<TrashItem[]>([]);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems(await api('trash.list', {}));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function restore(item: TrashItem) {
    setBusy(item.id);
    setError(null);
    try {
      await api('trash.restore', { id: item.id });
      message.success(`Đã khôi phục ${item.label}.`);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title="Thùng rác" size="small" className="settings-card" data-testid="trash-section">
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Typography.Paragraph type="secondary">
        Nhiệm vụ, đợt sơ kết, đơn vị, nhóm đơn vị và mẫu báo cáo bị xóa nằm ở đây và khôi phục được. Văn bản đến không
        bao giờ bị xóa: văn bản vào sổ nhầm thì hủy, có ghi lý do.
      </Typography.Paragraph>
      <Table<TrashItem>
        size="small"
        rowKey="id"
        dataSource={items}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: 'Thùng rác trống.' }}
        data-testid="trash-table"
        columns={[
          { title: 'Mục đã xóa', dataIndex: 'label' },
          {
            title: 'Đã xóa', key: 'deleted', width: 140, render: (_: unknown, item) => (
              <>
                <div>{displayDateTime(item.deletedAt)}</div>
                <Typography.Text type="secondary" ellipsis>{item.deletedBy}</Typography.Text>
              </>
            ),
          },
          {
            title: '', key: 'restore', width: 118, render: (_: unknown, item) => (
              <Button size="small" icon={<UndoOutlined />} loading={busy === item.id} onClick={() => void restore(item)}>Khôi phục</Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
