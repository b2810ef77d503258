import { CopyOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { IncomingEntry } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { CopyDetail } from './CopyDetail';
import { CopyFormModal, type CopySourceRef } from './CopyForm';
import { useCopyDownload } from './saveCopyFile';

type Copy = MethodOutput<'copies.get'>;

/** The incoming entry's copies in its detail, with the "Sao văn bản" action. */
export function EntryCopies({ entry, today }: { entry: IncomingEntry; today: string }) {
  const title = entry.symbol || `số đến ${entry.arrivalNumber}`;
  const source = useMemo((): CopySourceRef => ({ kind: 'incoming', id: entry.id, title }), [entry.id, title]);
  return <SourceCopies source={source} disabled={entry.cancelled} today={today} />;
}

/**
 * The copies made of one document (incoming or outgoing), with "Sao văn bản"; a copy opens in its detail
 * (distribution, cancel, history). `disabled`: the document cannot be copied (cancelled, only a number taken).
 */
export function SourceCopies({ source, disabled, today }: { source: CopySourceRef; disabled: boolean; today: string }) {
  const { message } = App.useApp();
  const [copies, setCopies] = useState<Copy[]>([]);
  const [making, setMaking] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setCopies((await api('copies.list', { sourceKind: source.kind, sourceId: source.id, limit: 100 })).items);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }, [source.kind, source.id, message]);

  useEffect(() => { void load(); }, [load]);

  const saveFile = useCopyDownload();

  return (
    <section className="detail-block" data-testid="entry-copies">
      <div className="section-head">
        <Typography.Title level={5}>Bản sao</Typography.Title>
        <Button icon={<CopyOutlined />} disabled={disabled} onClick={() => setMaking(true)} data-testid="make-copy">Sao văn bản</Button>
      </div>
      {copies.length ? (
        <List
          size="small"
          bordered
          dataSource={copies}
          renderItem={(c) => (
            <List.Item
              data-testid="entry-copy"
              actions={c.cancelled ? [] : [
                <Button key="docx" type="link" size="small" icon={<FileWordOutlined />} onClick={() => void saveFile(c.id, 'docx')}>Word</Button>,
                <Button key="pdf" type="link" size="small" icon={<FilePdfOutlined />} disabled={c.source.pdfAttachmentId === null} onClick={() => void saveFile(c.id, 'pdf')}>PDF</Button>,
              ]}
            >
              <span className={c.cancelled ? 'copy-cancelled' : undefined}>
                <Typography.Link strong onClick={() => setOpenId(c.id)}>{c.symbol}</Typography.Link> — {c.formName.toLocaleLowerCase('vi')} ngày {displayDate(c.date)}
              </span>
              {c.cancelled
                ? <Tag color="red" className="copy-tag">Đã hủy</Tag>
                : <Typography.Text type="secondary"> · {c.deliveries.filter((d) => d.receivedDate).length}/{c.deliveries.length} nơi đã nhận</Typography.Text>}
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa sao văn bản này." />
      )}
      <CopyFormModal source={making ? source : null} today={today} onClose={() => setMaking(false)} onSaved={() => void load()} />
      <CopyDetail copyId={openId} onClose={() => setOpenId(null)} onChanged={() => void load()} />
    </section>
  );
}
