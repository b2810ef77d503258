import { CloseOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Drawer, Empty, Popconfirm, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProposedFile } from '../../../../shared/contractIntake';
import { noFieldsRead } from '../../../../shared/documentReader/types';
import type { IncomingEntry } from '../../../../shared/schemas';
import { api, ApiCallError } from '../../api/client';
import { useTypeCodes } from '../../lib/catalog';
import { errorMessage } from '../../lib/errors';
import { displayDate, displayDateTime, formatBytes } from '../../lib/format';
import { IntakeReview } from './IntakeReview';
import './intake.css';
import type { Proposal, Reading } from './readFiles';

// "Văn bản mới nhận": the files the Party network's client saved into the watched folder (Cài đặt), each
// proposed once. The clerk opens one, checks the fields read from it and registers it with one Enter, or
// leaves it out ("Không vào sổ"); nothing is registered without that confirmation.

/** How often the register asks whether new files came (a quick call; the backend lists the folder itself). */
const REFRESH_MS = 4000;

/** A file nothing could be read from (a blank or poor scan): the clerk types the fields, the file is attached. */
const NOTHING_READ: Reading = { fields: noFieldsRead(), confidence: {}, source: {}, ocr: false, pages: 0 };

export function ReceivedInbox({ onRegistered }: { onRegistered(entry: IncomingEntry): void }) {
  const { message } = App.useApp();
  const { typeCodes } = useTypeCodes();
  const [folder, setFolder] = useState('');
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<ProposedFile[]>([]);
  const [opening, setOpening] = useState<number | null>(null);
  const [review, setReview] = useState<{ id: number; proposal: Proposal } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (withList: boolean) => {
    try {
      if (withList) {
        const list = await api('intake.proposed', {});
        setFolder(list.folder);
        setCount(list.total);
        setItems(list.items);
      } else {
        const state = await api('intake.folder', {});
        setFolder(state.folder);
        setCount(state.proposed);
      }
    } catch {
      // A failed refresh is tried again at the next tick; the register itself shows connection problems.
    }
  }, []);

  useEffect(() => {
    void refresh(open);
    const timer = window.setInterval(() => void refresh(open), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [open, refresh]);

  async function openFile(file: ProposedFile) {
    setOpening(file.id);
    setError(null);
    const show = (reading: Reading) => {
      setReview({ id: file.id, proposal: { key: `received-${file.id}`, fileName: file.fileName, contentBase64: '', reading, error: null } });
      setOpen(false); // the dialog alone on screen; the badge still shows what remains
    };
    try {
      show(await api('intake.readProposed', { id: file.id }));
    } catch (err) {
      if (err instanceof ApiCallError && err.error.code === 'VALIDATION') {
        // The file is there but says nothing readable: it is still registered, with the fields typed by hand.
        message.warning(`Không đọc được các trường từ "${file.fileName}" (${errorMessage(err)}). Hãy nhập tay rồi Enter để vào sổ kèm tệp.`, 8);
        show(NOTHING_READ);
      } else {
        setError(`${file.fileName}: ${errorMessage(err)}`);
      }
    } finally {
      setOpening(null);
    }
  }

  async function dismiss(ids: number[]) {
    try {
      const { dismissed } = await api('intake.dismissProposed', { ids });
      message.info(dismissed === 1 ? 'Đã bỏ qua tệp, tệp sẽ không được đề xuất lại.' : `Đã bỏ qua ${dismissed} tệp.`);
    } catch (err) {
      setError(errorMessage(err));
    }
    await refresh(true);
  }

  // Nothing to show until the office chooses a folder (Cài đặt → Nhận văn bản từ thư mục).
  if (!folder && count === 0) return null;

  return (
    <>
      <Tooltip title={`Tệp nhận qua mạng trong thư mục ${folder}`}>
        <Badge count={count} overflowCount={999} size="small">
          <Button icon={<InboxOutlined />} onClick={() => setOpen(true)} data-testid="received-open" aria-label={`Văn bản mới nhận: ${count}`} type={count > 0 ? 'primary' : 'default'} ghost={count > 0}>
            Văn bản mới nhận
          </Button>
        </Badge>
      </Tooltip>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={560}
        title={`Văn bản mới nhận (${count})`}
        data-testid="received-drawer"
        extra={count > 1 && (
          <Popconfirm title={`Bỏ qua cả ${items.length} tệp đang hiện? Các tệp này sẽ không được đề xuất lại.`} okText="Bỏ qua" cancelText="Không"
            onConfirm={() => void dismiss(items.map((i) => i.id))}>
            <Button size="small">Bỏ qua tất cả</Button>
          </Popconfirm>
        )}
      >
        <Typography.Paragraph type="secondary" className="received-folder">
          <FolderOpenOutlined /> {folder || 'Chưa chọn thư mục'} — mỗi tệp mới được đề xuất một lần; bấm vào tệp để kiểm tra các trường
          đọc được rồi Enter để vào sổ.
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} className="page-alert" />}
        {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có văn bản mới." />}
        <ul className="received-list">
          {items.map((file) => (
            <li key={file.id} className="received-item" data-testid="received-item">
              <button type="button" className="received-open" onClick={() => void openFile(file)} disabled={opening !== null}>
                <span className="received-title">
                  {file.symbol && <strong>{file.symbol}</strong>}
                  <span className="received-name">{file.fileName}</span>
                  {opening === file.id && <span className="received-reading">đang mở…</span>}
                </span>
                {file.abstract && <span className="received-abstract">{file.abstract}</span>}
                {file.readError && <span className="received-error">Chưa đọc được: {file.readError}</span>}
                <span className="received-meta">
                  {[file.issuer, file.documentDate && `ngày ${displayDate(file.documentDate)}`].filter(Boolean).join(', ')}
                  {file.issuer || file.documentDate ? ' · ' : ''}nhận lúc {displayDateTime(file.seenAt)} · {formatBytes(file.size)}
                  {!file.read && !file.readError ? ' · đang đọc…' : ''}
                </span>
              </button>
              <Popconfirm title="Không vào sổ tệp này? Tệp sẽ không được đề xuất lại." okText="Bỏ qua" cancelText="Không"
                onConfirm={() => void dismiss([file.id])}>
                <Tooltip title="Không vào sổ">
                  <Button type="text" size="small" icon={<CloseOutlined />} aria-label={`Bỏ qua ${file.fileName}`} />
                </Tooltip>
              </Popconfirm>
            </li>
          ))}
        </ul>
      </Drawer>
      {review && (
        <IntakeReview
          key={review.proposal.key}
          proposal={review.proposal}
          position={{ index: 0, count: 1 }}
          typeCodes={typeCodes}
          skipLabel="Không vào sổ"
          register={(entry) => api('intake.registerProposed', { id: review.id, entry })}
          onRegistered={(entry) => {
            setReview(null);
            onRegistered(entry);
            void refresh(true);
          }}
          onSkip={() => {
            const id = review.id;
            setReview(null);
            void dismiss([id]);
          }}
          onClose={() => setReview(null)}
        />
      )}
    </>
  );
}
