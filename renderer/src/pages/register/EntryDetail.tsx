import { DeleteOutlined, DownloadOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, List, Popconfirm, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { type ChangeEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { Attachment, HistoryItem, IncomingEntry } from '../../../../shared/schemas';
import { FIELD_LABELS } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { fileToBase64, saveBase64 } from '../reports/files';
import { useOffice } from '../../app/office';
import { errorMessage } from '../../lib/errors';
import { displayDate, displayDateTime, formatBytes, receivedViaLabel } from '../../lib/format';
import { useRecord } from '../../lib/useRecord';
import { isOverdue } from './columns';
import { EntryCopies } from '../copies/EntryCopies';
import { ArrivalStampButton } from './ArrivalStampButton';
import { AttachmentTextTag } from './AttachmentTextTag';
import { useAttachmentReading } from './useAttachmentReading';
import { CancelEntryButton, CancelledNotice } from './CancelEntry';

type Detail = MethodOutput<'incoming.get'>;

interface Props {
  entryId: number | null;
  /** Bumped after the entry was edited elsewhere: reload. */
  version: number;
  today: string;
  onClose(): void;
  onEdit(entry: IncomingEntry): void;
  onOpenEntry(id: number): void;
  /** The entry changed here (a file attached): the list should refresh. */
  onChanged(): void;
}

const readEntry = (id: number): Promise<Detail> => api('incoming.get', { id });

/** Everything about one entry: its fields, files, possible duplicates and history of changes. */
export function EntryDetail({ entryId, version, today, onClose, onEdit, onOpenEntry, onChanged }: Props) {
  const { message } = App.useApp();
  const { settings } = useOffice();
  const { record: detail, setRecord: setDetail, error, load } = useRecord(readEntry);
  const [attachError, setAttachError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const reading = useAttachmentReading((a) => { onChanged(); void load(a.entryId); });

  useEffect(() => {
    setAttachError(null);
    if (entryId === null) return;
    setDetail((d) => (d?.entry.id === entryId ? d : null));
    void load(entryId);
  }, [entryId, version, load]);

  async function addFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (!detail || !files.length) return;
    setUploading(true);
    setAttachError(null);
    try {
      for (const file of files) {
        const contentBase64 = await fileToBase64(file);
        await api('attachments.add', { entryId: detail.entry.id, fileName: file.name, contentBase64 });
        message.success(`Đã đính kèm: ${file.name}`);
      }
      onChanged();
    } catch (err) {
      setAttachError(errorMessage(err));
    } finally {
      setUploading(false);
      await load(detail.entry.id);
    }
  }

  async function download(a: Attachment) {
    try {
      const { contentBase64 } = await api('attachments.read', { id: a.id });
      const result = await saveBase64(a.fileName, contentBase64);
      if (result.path) message.success(`Đã lưu: ${result.path}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  async function detach(a: Attachment) {
    try {
      await api('attachments.remove', { id: a.id });
      message.success(`Đã gỡ tệp: ${a.fileName}`);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      await load(a.entryId);
    }
  }

  const entry = detail?.entry;
  const secretBlocked = !!entry?.secrecy && !settings?.offlineMachine;

  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      size={760}
      className="detail-drawer"
      title={entry ? `Văn bản đến số ${entry.arrivalNumber} — ngày ${displayDate(entry.arrivalDate)}` : 'Văn bản đến'}
      extra={entry && (
        <Space size={8}>
          <CancelEntryButton entry={entry} onCancelled={() => { void load(entry.id); onChanged(); }} />
          <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(entry)} data-testid="detail-edit">
            Sửa
          </Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!entry && !error && <Skeleton active />}
      {entry && detail && (
        <div data-testid="entry-detail" data-entry-id={entry.id}>
          <Space size={4} wrap className="detail-tags">
            <Tag>{entry.bookName}</Tag>
            <Tag color="blue">{receivedViaLabel(entry.receivedVia)}</Tag>
            {entry.cancelled && <Tag color="red">Đã hủy</Tag>}
            {entry.secrecy && <Tag color="red">{entry.secrecy}</Tag>}
            {entry.urgency && <Tag color="orange">{entry.urgency}</Tag>}
            {isOverdue(entry, today) && <Tag color="volcano">Quá hạn xử lý</Tag>}
            {entry.isSample && <Tag>Dữ liệu mẫu</Tag>}
          </Space>
          <CancelledNotice entry={entry} />

          {detail.duplicates.length > 0 && (
            <Alert
              className="detail-block"
              type="warning"
              showIcon
              data-testid="detail-duplicates"
              title="Văn bản này cũng có trong sổ:"
              description={
                <ul className="warning-list">
                  {detail.duplicates.map((d) => (
                    <li key={d.id}>
                      <Typography.Link onClick={() => onOpenEntry(d.id)}>
                        Số đến {d.arrivalNumber} ngày {displayDate(d.arrivalDate)}
                      </Typography.Link>
                      {` — ${d.bookName}, ${receivedViaLabel(d.receivedVia).toLocaleLowerCase('vi')}`}
                    </li>
                  ))}
                </ul>
              }
            />
          )}

          <Descriptions
            className="detail-block"
            bordered
            size="small"
            column={2}
            styles={{ label: { width: 150 } }}
            items={fieldItems(entry)}
          />

          <section className="detail-block">
            <div className="section-head">
              <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
              <input
                ref={fileInput}
                type="file"
                multiple
                className="visually-hidden"
                data-testid="attach-input"
                onChange={(e) => void addFiles(e)}
                aria-label="Chọn tệp đính kèm"
              />
              <Space size={8} wrap>
                <ArrivalStampButton entry={detail.entry} attachments={detail.attachments} onStamped={() => void load(detail.entry.id)} />
                <Button icon={<PaperClipOutlined />} loading={uploading} onClick={() => fileInput.current?.click()}>
                  Đính kèm tệp
                </Button>
              </Space>
            </div>
            {secretBlocked && (
              <Typography.Paragraph type="secondary" className="hint">
                Văn bản có độ mật: máy này chưa được khai báo là máy không kết nối mạng, nên không lưu được tệp nội dung.
              </Typography.Paragraph>
            )}
            {attachError && (
              <Alert type="error" showIcon title={attachError} className="detail-inline-alert" data-testid="attach-error" closable={{ onClose: () => setAttachError(null) }} />
            )}
            {detail.attachments.length ? (
              <List
                size="small"
                bordered
                dataSource={detail.attachments}
                renderItem={(a) => (
                  <List.Item
                    actions={[
                      reading.button(a),
                      <Button key="dl" type="link" size="small" icon={<DownloadOutlined />} onClick={() => void download(a)}>Tải về</Button>,
                      <Popconfirm key="rm" title={`Gỡ tệp "${a.fileName}" khỏi văn bản?`} description="Tệp chuyển vào thùng rác (khôi phục được trong Cài đặt); tìm kiếm không còn thấy văn bản theo nội dung tệp."
                        okText="Gỡ tệp" cancelText="Không" okButtonProps={{ danger: true }} onConfirm={() => detach(a)}>
                        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`Gỡ tệp ${a.fileName}`} />
                      </Popconfirm>,
                    ].filter(Boolean)}
                  >
                    <span className="attachment-name">{a.fileName}</span>
                    <AttachmentTextTag attachment={a} />
                    <Typography.Text type="secondary" className="attachment-meta">
                      {formatBytes(a.size)} · {displayDateTime(a.addedAt)}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm." />
            )}
            {reading.progress}
          </section>

          <EntryCopies entry={entry} today={today} />

          <section className="detail-block" data-testid="detail-history">
            <Typography.Title level={5}>Lịch sử thay đổi</Typography.Title>
            <Timeline items={detail.history.map(historyItem)} />
          </section>
        </div>
      )}
    </Drawer>
  );
}

function value(v: ReactNode): ReactNode {
  return v === '' || v === null || v === undefined ? <span className="muted">—</span> : v;
}

function fieldItems(e: IncomingEntry) {
  const label = (k: string) => FIELD_LABELS[k] ?? k;
  const item = (key: string, children: ReactNode, span = 1) => ({ key, label: label(key), children: value(children), span });
  const pagesCopies = [e.pages ? `${e.pages} trang` : '', e.copies ? `${e.copies} bản` : ''].filter(Boolean).join(' · ');
  return [
    item('arrivalNumber', <strong>{e.arrivalNumber}</strong>),
    item('arrivalDate', displayDate(e.arrivalDate)),
    item('bookId', e.bookName),
    item('receivedVia', receivedViaLabel(e.receivedVia)),
    item('issuer', e.issuer, 2),
    item('symbol', e.symbol),
    item('documentDate', displayDate(e.documentDate)),
    item('typeCode', e.typeCode ? `${e.typeCode} — ${e.typeName}` : ''),
    { key: 'pagesCopies', label: `${label('pages')}, ${label('copies').toLocaleLowerCase('vi')}`, children: value(pagesCopies), span: 1 },
    item('secrecy', e.secrecy ? <Tag color="red">{e.secrecy}</Tag> : 'Không'),
    item('urgency', e.urgency ? <Tag color="orange">{e.urgency}</Tag> : 'Thường'),
    item('abstract', e.abstract, 2),
    item('handlingUnit', e.handlingUnit, 2),
    item('forwardedDate', displayDate(e.forwardedDate)),
    item('dueDate', displayDate(e.dueDate)),
    item('receivedBy', e.receivedBy),
    item('fileCode', e.fileCode),
    item('resolvedDate', displayDate(e.resolvedDate)),
    item('replySymbol', e.replySymbol),
    item('notes', e.notes, 2),
  ];
}

const ACTION_COLORS: Record<HistoryItem['action'], string> = { create: 'green', update: 'blue', attach: 'gray', detach: 'red', cancel: 'red', delete: 'red', restore: 'green' };

function historyItem(h: HistoryItem) {
  const changes = h.action === 'update' ? Object.entries(h.changes) : [];
  return {
    key: h.id,
    color: ACTION_COLORS[h.action],
    content: (
      <div data-testid="history-item">
        <div>
          <span className="history-time">{displayDateTime(h.at)}</span>
          {h.summary}
          {h.actor && <span className="muted"> — {h.actor}</span>}
        </div>
        {changes.length > 0 && (
          <ul className="change-list">
            {changes.map(([field, c]) => (
              <li key={field}>
                {FIELD_LABELS[field] ?? field}: <span className="muted">{show(field, c.from)}</span> → {show(field, c.to)}
              </li>
            ))}
          </ul>
        )}
      </div>
    ),
  };
}

function show(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '(trống)';
  if (typeof v === 'string' && /Date$/.test(field)) return displayDate(v);
  if (field === 'receivedVia') return receivedViaLabel(String(v));
  return String(v);
}
