import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { OutgoingForm } from './OutgoingForm';
import './outgoing.css';

type Entry = MethodOutput<'outgoing.get'>;

const STATUS = { issued: null, reserved: <Tag color="blue">Đã lấy số</Tag>, void: <Tag color="red">Đã hủy số</Tag> } as const;

/** "Sổ văn bản đi": the office's own documents, newest first; numbers taken, voided, and new entries. */
export default function OutgoingPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [rows, setRows] = useState<Entry[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [voiding, setVoiding] = useState<Entry | null>(null);
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api('outgoing.list', { ...(q.trim() ? { q: q.trim() } : {}), ...(year ? { year } : {}), limit: 500 })
        .then((r) => { if (live) { setRows(r.items); setTotal(r.total); setError(null); } })
        .catch((err: unknown) => { if (live) setError(errorMessage(err)); });
    }, 200);
    return () => { live = false; clearTimeout(timer); };
  }, [q, year, version]);

  async function voidNumber() {
    if (!voiding) return;
    try {
      const e = await api('outgoing.void', { id: voiding.id, reason });
      message.success(`Đã hủy số ${e.symbol}. Số này không được cấp lại.`);
      setVoiding(null);
      setReason('');
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  return (
    <div className="page" data-testid="outgoing-page">
      <Typography.Title level={4}>Sổ văn bản đi</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)}>Vào sổ văn bản đi</Button>
        <Input.Search allowClear placeholder="Tìm số, ký hiệu, trích yếu, người ký, nơi nhận" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 340 }} aria-label="Tìm văn bản đi" />
        <InputNumber placeholder="Năm" min={1945} max={2200} value={year} onChange={(v) => setYear(v)} aria-label="Năm" />
        <Typography.Text type="secondary">{total} văn bản</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Entry>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 820 }}
        columns={[
          { title: 'Số, ký hiệu', dataIndex: 'symbol', width: 120, render: (s: string, e) => <span><strong>{s}</strong> {STATUS[e.status]}</span> },
          { title: 'Ngày', dataIndex: 'documentDate', width: 96, render: (d: string) => displayDate(d) },
          {
            title: 'Tên loại và trích yếu', key: 'abstract', ellipsis: true,
            render: (_, e) => <span>{e.typeName}{e.abstract ? `: ${e.abstract}` : ''}{e.status === 'void' ? ` — Lý do hủy: ${e.voidReason}` : ''}</span>,
          },
          { title: 'Người ký', dataIndex: 'signer', width: 140, ellipsis: true },
          { title: 'Nơi nhận', key: 'recipients', width: 170, ellipsis: true, render: (_, e) => e.recipients.join('; ') },
          { title: 'Nhiệm kỳ', dataIndex: 'termName', width: 160, responsive: ['xl'] },
          {
            title: '', key: 'actions', width: 80, fixed: 'right',
            // Only a number taken before signing is voided here (hủy số); an issued document stays as issued.
            render: (_, e) => e.status !== 'reserved' ? null : <Button size="small" danger type="link" onClick={() => setVoiding(e)}>Hủy số</Button>,
          },
        ]}
      />
      <OutgoingForm open={formOpen} onClose={() => setFormOpen(false)} onSaved={() => { setFormOpen(false); reload(); }} />
      <Modal
        open={voiding !== null} title={voiding ? `Hủy số ${voiding.symbol}` : ''} okText="Hủy số" okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText="Đóng" onOk={() => void voidNumber()} onCancel={() => { setVoiding(null); setReason(''); }}
      >
        <Typography.Paragraph>Số đã hủy vẫn ở trong sổ cùng lý do và không bao giờ được cấp lại.</Typography.Paragraph>
        <Input.TextArea rows={2} placeholder="Lý do hủy số" value={reason} onChange={(e) => setReason(e.target.value)} aria-label="Lý do hủy số" />
      </Modal>
    </div>
  );
}
