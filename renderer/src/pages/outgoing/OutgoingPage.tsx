import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ReasonModal } from '../../components/ReasonModal';
import { displayDate } from '../../lib/format';
import { type ListFilter, useFilteredList } from '../../lib/useFilteredList';
import { OutgoingCompleteForm } from './OutgoingCompleteForm';
import { OutgoingDetail } from './OutgoingDetail';
import { OutgoingForm } from './OutgoingForm';
import './outgoing.css';

type Entry = MethodOutput<'outgoing.get'>;

const STATUS = { issued: null, reserved: <Tag color="blue">Đã lấy số</Tag>, void: <Tag color="red">Đã hủy số</Tag> } as const;

const listOutgoing = (filter: ListFilter) => api('outgoing.list', filter);

/**
 * "Sổ văn bản đi": the office's own documents, newest first; new entries and numbers taken before signing;
 * a row opens its detail, where a taken number is filled in once signed or voided with a reason, and an issued
 * document is edited ("Sửa": Ngày chuyển, Ký nhận… filled after issuing, or a typo).
 */
export default function OutgoingPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [voiding, setVoiding] = useState<Entry | null>(null);
  const [completing, setCompleting] = useState<Entry | null>(null);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const { rows, total, error } = useFilteredList(listOutgoing, q, year, version);

  async function voidNumber(reason: string) {
    if (!voiding) return;
    const e = await api('outgoing.void', { id: voiding.id, reason });
    message.success(`Đã hủy số ${e.symbol}. Số này không được cấp lại.`);
    setVoiding(null);
    reload();
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
        data-testid="outgoing-table"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 720 }}
        rowClassName={(e) => `outgoing-row${e.status === 'void' ? ' outgoing-void' : ''}`}
        onRow={(e) => ({ onClick: () => setOpenId(e.id), 'data-entry-id': e.id } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          {
            title: 'Số, ký hiệu', dataIndex: 'symbol', width: 128,
            // Only a number taken before signing is filled in or voided (hủy số); an issued document stays as issued.
            // Its two actions sit under it rather than in a column of their own, empty on every other row and,
            // fixed to the right of a narrow screen, laid over "Người ký".
            render: (s: string, e) => (
              <span>
                <strong>{s}</strong> {STATUS[e.status]}
                {e.status === 'reserved' && (
                  <span className="outgoing-row-actions" onClick={(ev) => ev.stopPropagation()}>
                    <Button size="small" type="link" onClick={() => setCompleting(e)} data-testid="row-complete">Điền</Button>
                    <Button size="small" danger type="link" onClick={() => setVoiding(e)} data-testid="row-void">Hủy số</Button>
                  </span>
                )}
              </span>
            ),
          },
          { title: 'Ngày', dataIndex: 'documentDate', width: 96, render: (d: string) => displayDate(d) },
          {
            title: 'Tên loại và trích yếu', key: 'abstract', ellipsis: true,
            render: (_, e) => <span>{e.typeName}{e.abstract ? `: ${e.abstract}` : ''}{e.status === 'void' ? ` — Lý do hủy: ${e.voidReason}` : ''}</span>,
          },
          { title: 'Người ký', dataIndex: 'signer', width: 140, ellipsis: true },
          // Filled after issuing: the day the document left and who signed for it (in the detail below 1200 px).
          {
            title: 'Chuyển, ký nhận', key: 'forwarded', width: 136, responsive: ['xl'],
            render: (_, e) => <span className="outgoing-forwarded">{displayDate(e.forwardedDate)}<br />{e.receivedBy}</span>,
          },
          // On a narrow screen the abstract keeps the room; Nơi nhận is in the detail.
          { title: 'Nơi nhận', key: 'recipients', width: 170, ellipsis: true, responsive: ['xl'], render: (_, e) => e.recipients.join('; ') },
          // The term is in the detail; the list keeps its room for the abstract below 1600 px.
          { title: 'Nhiệm kỳ', dataIndex: 'termName', width: 160, responsive: ['xxl'] },
        ]}
      />
      <OutgoingForm open={formOpen} onClose={() => setFormOpen(false)} onSaved={() => { setFormOpen(false); reload(); }} />
      <OutgoingDetail entryId={openId} version={version} onClose={() => setOpenId(null)} onComplete={setCompleting} onEdit={setEditing} onVoid={setVoiding} />
      <OutgoingCompleteForm entry={completing} onClose={() => setCompleting(null)} onSaved={() => { setCompleting(null); reload(); }} />
      <OutgoingCompleteForm mode="edit" entry={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />
      <ReasonModal
        open={voiding !== null}
        title={voiding ? `Hủy số ${voiding.symbol}?` : ''}
        explanation="Số đã hủy vẫn ở trong sổ cùng lý do và không bao giờ được cấp lại."
        okText="Hủy số"
        placeholder="Ví dụ: Văn bản không ban hành"
        onConfirm={voidNumber}
        onClose={() => setVoiding(null)}
      />
    </div>
  );
}
