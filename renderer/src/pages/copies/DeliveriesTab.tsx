import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { DeliveryEditModal, type DeliveryRef } from './DeliveryEditModal';

type Item = MethodOutput<'copies.deliveries'>['items'][number];

const PAGE_SIZE = 50;

/** Rows of one copy come together: the copy and its source are shown once, over all its rows on the page. */
function copySpans(page: readonly Item[]): number[] {
  return page.map((d, i) => {
    if (i > 0 && page[i - 1].copyId === d.copyId) return 0;
    let n = 1;
    while (page[i + n]?.copyId === d.copyId) n++;
    return n;
  });
}

/**
 * "Phát hành bản sao": the distribution record across copies — which body received which copy and when,
 * who signed for it — with the bodies that have not confirmed receipt on their own.
 */
export function DeliveriesTab({ version, onOpenCopy, onChanged }: { version: number; onOpenCopy(id: number): void; onChanged(): void }) {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [rows, setRows] = useState<Item[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<DeliveryRef | null>(null);
  const [current, setCurrent] = useState(1);
  const spans = useMemo(() => copySpans(rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)), [rows, current]);
  const spanned = (_: Item, index?: number) => ({ rowSpan: spans[index ?? 0] ?? 1 });

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api('copies.deliveries', { ...(q.trim() ? { q: q.trim() } : {}), ...(year ? { year } : {}), pending, limit: 1000 })
        .then((r) => { if (live) { setRows(r.items); setTotal(r.total); setError(null); setCurrent((c) => Math.min(c, Math.max(1, Math.ceil(r.items.length / PAGE_SIZE)))); } })
        .catch((err: unknown) => { if (live) setError(errorMessage(err)); });
    }, 200);
    return () => { live = false; clearTimeout(timer); };
  }, [q, year, pending, version]);

  return (
    <div data-testid="deliveries-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="Tìm nơi nhận, số bản sao, văn bản được sao" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 340 }} aria-label="Tìm nơi nhận" />
        <InputNumber placeholder="Năm" min={1945} max={2200} value={year} onChange={(v) => setYear(v)} aria-label="Năm sao" />
        <Space size={6}>
          <Switch checked={pending} onChange={setPending} aria-label="Chỉ nơi chưa nhận" data-testid="deliveries-pending" />
          <Typography.Text>Chỉ nơi chưa nhận</Typography.Text>
        </Space>
        <Typography.Text type="secondary">{total} lượt gửi</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Item>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, current, onChange: setCurrent }}
        scroll={{ x: 760 }}
        rowClassName={(d) => (d.copyCancelled ? 'copy-cancelled' : '')}
        columns={[
          {
            title: 'Bản sao', key: 'copy', width: 130, onCell: spanned,
            render: (_, d) => (
              <span>
                <Typography.Link strong onClick={() => onOpenCopy(d.copyId)}>{d.copySymbol}</Typography.Link>
                <div className="muted">{displayDate(d.copyDate)}{d.copyCancelled ? ' · đã hủy' : ''}</div>
              </span>
            ),
          },
          {
            // On a narrow screen the dates keep the room; the copied document is in the copy's detail.
            title: 'Văn bản được sao', key: 'source', width: 260, onCell: spanned, responsive: ['xl'],
            render: (_, d) => <span className="delivery-source">{d.sourceSymbol}{d.sourceAbstract ? ` — ${d.sourceAbstract}` : ''}</span>,
          },
          { title: 'Nơi nhận', dataIndex: 'recipient', width: 200, ellipsis: true },
          { title: 'Ngày gửi', dataIndex: 'sentDate', width: 96, render: (d: string) => displayDate(d) },
          { title: 'Ngày nhận', dataIndex: 'receivedDate', width: 96, render: (d: string | null) => d ? displayDate(d) : <Tag>Chưa nhận</Tag> },
          { title: 'Người ký nhận', dataIndex: 'receivedBy', ellipsis: true },
          {
            title: '', key: 'edit', width: 100, fixed: 'right',
            render: (_, d) => d.copyCancelled ? null : (
              <Button type="link" size="small" icon={<EditOutlined />} data-testid="delivery-edit"
                onClick={() => setEditing({ ...d, copySymbol: d.copySymbol })}>Ghi nhận</Button>
            ),
          },
        ]}
      />
      <DeliveryEditModal
        delivery={editing}
        onClose={() => setEditing(null)}
        onSaved={() => { setEditing(null); message.success('Đã ghi nhận.'); onChanged(); }}
      />
    </div>
  );
}
