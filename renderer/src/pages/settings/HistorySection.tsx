import { SearchOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { HistoryRecordType, RecordHistoryItem } from '../../../../shared/contractSafety';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDateTime, formatNumber } from '../../lib/format';

const TYPE_LABELS: Record<HistoryRecordType, string> = {
  incoming: 'Văn bản đến', task: 'Nhiệm vụ', round: 'Đợt sơ kết, tổng kết', unit: 'Đơn vị', group: 'Nhóm đơn vị',
  template: 'Mẫu báo cáo', settings: 'Cài đặt', typeCode: 'Loại văn bản', book: 'Sổ', draft: 'Bản thảo báo cáo',
  outgoing: 'Văn bản đi', copy: 'Bản sao', receivedFile: 'Tệp nhận từ thư mục', attachment: 'Tệp đính kèm',
};

/**
 * "Lịch sử thay đổi": who changed what and when, searchable over every record; and the name the
 * changes made on this machine are recorded under.
 */
export default function HistorySection() {
  const { message } = App.useApp();
  const [actor, setActor] = useState('');
  const [systemUser, setSystemUser] = useState('');
  const [q, setQ] = useState('');
  const [recordType, setRecordType] = useState<HistoryRecordType | undefined>();
  const [result, setResult] = useState<{ total: number; items: RecordHistoryItem[] }>({ total: 0, items: [] });
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(async (text: string, type: HistoryRecordType | undefined) => {
    try {
      setResult(await api('history.search', { ...(text.trim() ? { q: text.trim() } : {}), ...(type ? { recordType: type } : {}), limit: 50 }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void api('session.get', {}).then((s) => {
      setActor(s.actor === s.systemUser ? '' : s.actor);
      setSystemUser(s.systemUser);
    }, (err: unknown) => setError(errorMessage(err)));
    void search('', undefined);
  }, [search]);

  async function saveActor() {
    try {
      const s = await api('session.setActor', { name: actor });
      message.success(`Các thay đổi từ nay được ghi tên "${s.actor}".`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Card title="Lịch sử thay đổi" size="small" className="settings-card" data-testid="history-section">
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <div className="history-actor">
        <Typography.Text>Người làm việc trên máy này:</Typography.Text>
        <Space.Compact>
          <Input prefix={<UserOutlined />} value={actor} onChange={(e) => setActor(e.target.value)} placeholder={systemUser}
            aria-label="Người làm việc trên máy này" data-testid="actor-name" />
          <Button onClick={() => void saveActor()}>Lưu tên</Button>
        </Space.Compact>
        <Typography.Text type="secondary">Để trống: ghi theo tên đăng nhập máy ({systemUser}).</Typography.Text>
      </div>
      <div className="history-search">
        <Input.Search value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => void search(v, recordType)} allowClear
          enterButton={<SearchOutlined />} placeholder="Tìm trong lịch sử: số, ký hiệu, trích yếu, nhiệm vụ, người sửa…"
          aria-label="Tìm trong lịch sử" data-testid="history-search" />
        <Select<HistoryRecordType | undefined> value={recordType} allowClear placeholder="Mọi loại bản ghi" className="history-type"
          onChange={(v) => { setRecordType(v); void search(q, v); }}
          options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value: value as HistoryRecordType, label }))} />
      </div>
      <Table<RecordHistoryItem>
        size="small"
        rowKey="id"
        dataSource={result.items}
        pagination={false}
        scroll={{ y: 320 }}
        locale={{ emptyText: 'Không có thay đổi nào khớp.' }}
        data-testid="history-table"
        footer={() => `${formatNumber(result.total)} thay đổi${result.total > result.items.length ? `, hiện ${result.items.length} mới nhất` : ''}`}
        columns={[
          { title: 'Lúc', dataIndex: 'at', width: 132, render: (v: string) => displayDateTime(v) },
          { title: 'Người', dataIndex: 'actor', width: 140, ellipsis: true },
          { title: 'Bản ghi', dataIndex: 'label' },
          { title: 'Thay đổi', dataIndex: 'summary', width: 260 },
        ]}
      />
    </Card>
  );
}
