import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Skeleton, Space, Tag } from 'antd';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { OUTGOING_FIELDS, type OutgoingFieldKey } from '../../../../shared/registers/outgoing';
import { api } from '../../api/client';
import RecordHistory from '../../components/RecordHistory';
import { displayDate, todayIso } from '../../lib/format';
import { useRecord } from '../../lib/useRecord';
import type { CopySourceRef } from '../copies/CopyForm';
import { SourceCopies } from '../copies/EntryCopies';

type Entry = MethodOutput<'outgoing.get'>;

const label = (key: OutgoingFieldKey): string => OUTGOING_FIELDS.find((f) => f.key === key)!.label;

const RESERVED_FIELDS = new Set<OutgoingFieldKey>(['symbol', 'documentDate', 'typeName', 'termId', 'secrecy', 'urgency']);

/** The fields shown, in the order of the printed book (NĐ 30 Phụ lục IV), then the electronic ones. */
function fieldItems(e: Entry): Array<{ key: string; label: string; children: ReactNode; span?: number }> {
  const items: Array<{ key: OutgoingFieldKey; children: ReactNode; span?: number }> = [
    { key: 'symbol', children: <strong>{e.symbol}</strong> },
    { key: 'documentDate', children: displayDate(e.documentDate) },
    { key: 'typeName', children: e.typeName },
    { key: 'termId', children: e.termName || '—' },
    { key: 'abstract', children: e.abstract, span: 2 },
    { key: 'signer', children: [e.signerAuthority, e.signerPosition, e.signer].filter(Boolean).join(' — '), span: 2 },
    { key: 'recipients', children: e.recipients.length ? <ul className="plain-list">{e.recipients.map((r, i) => <li key={i}>{r}</li>)}</ul> : '', span: 2 },
    { key: 'archiveHolder', children: e.archiveHolder },
    { key: 'copies', children: e.copies ?? '' },
    { key: 'forwardedDate', children: displayDate(e.forwardedDate) },
    { key: 'receivedBy', children: e.receivedBy },
    { key: 'secrecy', children: e.secrecy || 'Thường' },
    { key: 'urgency', children: e.urgency || 'Thường' },
    { key: 'pages', children: e.pages ?? '' },
    { key: 'answersIncomingId', children: e.answersSymbol },
    { key: 'notes', children: e.notes, span: 2 },
  ];
  // A number only taken has nothing else yet: its numbering, not a table of empty cells.
  const shown = e.status === 'reserved' ? items.filter((i) => RESERVED_FIELDS.has(i.key)) : items;
  return shown.map((i) => ({ ...i, label: label(i.key) }));
}

/**
 * One outgoing document or number: a number taken before signing ("Đã lấy số") is filled in once signed or
 * voided with a reason; an issued document can be copied ("Sao văn bản"); the history shows who did what.
 */
const readOutgoing = (id: number): Promise<Entry> => api('outgoing.get', { id });

export function OutgoingDetail({ entryId, version, onClose, onComplete, onEdit, onVoid }: {
  entryId: number | null; version: number; onClose(): void; onComplete(e: Entry): void; onEdit(e: Entry): void; onVoid(e: Entry): void;
}) {
  const { record: entry, setRecord: setEntry, error, load } = useRecord(readOutgoing);

  useEffect(() => {
    if (entryId === null) { setEntry(null); return; }
    void load(entryId);
  }, [entryId, version, load]);

  const source = useMemo((): CopySourceRef | null => (entry ? { kind: 'outgoing', id: entry.id, title: entry.symbol } : null), [entry]);

  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      size={760}
      className="detail-drawer"
      title={entry ? `Văn bản đi ${entry.symbol} — ngày ${displayDate(entry.documentDate)}` : 'Văn bản đi'}
      extra={entry?.status === 'reserved' ? (
        <Space size={8}>
          <Button danger icon={<StopOutlined />} onClick={() => onVoid(entry)} data-testid="outgoing-void">Hủy số</Button>
          <Button type="primary" icon={<EditOutlined />} onClick={() => onComplete(entry)} data-testid="outgoing-complete">Điền văn bản đã ký</Button>
        </Space>
      ) : entry?.status === 'issued' && (
        // After issuing the clerk fills Ngày chuyển, Ký nhận… and corrects a typo; a void number stays as it was.
        <Button icon={<EditOutlined />} onClick={() => onEdit(entry)} data-testid="outgoing-edit">Sửa</Button>
      )}
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!entry && !error && <Skeleton active />}
      {entry && entry.id === entryId && (
        <div data-testid="outgoing-detail" data-entry-id={entry.id}>
          <Space size={4} wrap className="detail-tags">
            {entry.status === 'reserved' && <Tag color="blue">Đã lấy số</Tag>}
            {entry.status === 'void' && <Tag color="red">Đã hủy số</Tag>}
            {entry.secrecy && <Tag color="red">{entry.secrecy}</Tag>}
            {entry.urgency && <Tag color="orange">{entry.urgency}</Tag>}
            {entry.isSample && <Tag>Dữ liệu mẫu</Tag>}
          </Space>
          {entry.status === 'reserved' && (
            <Alert className="detail-block" type="info" showIcon title={`Số ${entry.symbol} đã lấy, văn bản chưa ký.`}
              description="Khi văn bản được ký, chọn “Điền văn bản đã ký” để ghi trích yếu, người ký, nơi nhận. Nếu văn bản không ban hành, chọn “Hủy số” và ghi lý do." />
          )}
          {entry.status === 'void' && (
            <Alert className="detail-block" type="error" showIcon data-testid="outgoing-voided" title={`Đã hủy số ${entry.symbol}`}
              description={`Lý do: ${entry.voidReason}. Số vẫn ở trong sổ và không bao giờ được cấp lại.`} />
          )}
          <Descriptions className="detail-block" bordered size="small" column={2} styles={{ label: { width: 150 } }} items={fieldItems(entry)} />
          {source && entry.status === 'issued' && <SourceCopies source={source} disabled={false} today={todayIso()} />}
          <RecordHistory key={`${entry.id}-${version}`} recordType="outgoing" recordId={entry.id} />
        </div>
      )}
    </Drawer>
  );
}
