import { CopyOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { IncomingEntry } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { CopyFormModal } from './CopyForm';
import { saveCopyFile } from './saveCopyFile';

type Copy = MethodOutput<'copies.get'>;

/** The entry's copies in its detail, with the "Sao văn bản" action. */
export function EntryCopies({ entry, today }: { entry: IncomingEntry; today: string }) {
  const { message } = App.useApp();
  const [copies, setCopies] = useState<Copy[]>([]);
  const [making, setMaking] = useState(false);

  const load = useCallback(async () => {
    try {
      setCopies((await api('copies.list', { sourceId: entry.id, limit: 100 })).items);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }, [entry.id, message]);

  useEffect(() => { void load(); }, [load]);

  async function download(c: Copy, format: 'docx' | 'pdf') {
    try {
      const name = await saveCopyFile(c.id, format);
      if (name) message.success(`Đã tải: ${name}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  return (
    <section className="detail-block" data-testid="entry-copies">
      <div className="section-head">
        <Typography.Title level={5}>Bản sao</Typography.Title>
        <Button icon={<CopyOutlined />} disabled={entry.cancelled} onClick={() => setMaking(true)} data-testid="make-copy">Sao văn bản</Button>
      </div>
      {copies.length ? (
        <List
          size="small"
          bordered
          dataSource={copies}
          renderItem={(c) => (
            <List.Item
              data-testid="entry-copy"
              actions={[
                <Button key="docx" type="link" size="small" icon={<FileWordOutlined />} onClick={() => void download(c, 'docx')}>Word</Button>,
                <Button key="pdf" type="link" size="small" icon={<FilePdfOutlined />} disabled={c.source.pdfAttachmentId === null} onClick={() => void download(c, 'pdf')}>PDF</Button>,
              ]}
            >
              <span><strong>{c.symbol}</strong> — {c.formName.toLocaleLowerCase('vi')} ngày {displayDate(c.date)}</span>
              <Typography.Text type="secondary"> · {c.deliveries.length} nơi nhận</Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa sao văn bản này." />
      )}
      <CopyFormModal source={making ? entry : null} today={today} onClose={() => setMaking(false)} onSaved={() => void load()} />
    </section>
  );
}
