import { FileSearchOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { isReceivedFileName } from '../../../../shared/receivedFileName';
import type { Attachment } from '../../../../shared/schemas';
import { JobProgressBar } from '../../components/JobProgressBar';
import { errorMessage } from '../../lib/errors';
import { useLongCall } from '../../lib/useLongCall';

/**
 * "Đọc chữ" for an attached file that keeps no text: a scan attached by hand (OCR takes seconds a page, so it
 * waits until asked), or a file attached before texts were kept. Afterwards the register's search finds the
 * entry by the file's words. Gives the button of one file and the progress bar, with "Hủy", of the one read.
 */
export function useAttachmentReading(onRead: (a: Attachment) => void) {
  const { message } = App.useApp();
  const longCall = useLongCall();
  const [readingId, setReadingId] = useState<number | null>(null);

  async function read(a: Attachment) {
    setReadingId(a.id);
    try {
      const read = await longCall.run('attachments.readText', { id: a.id });
      if (read.textSource === 'ocr') message.success(`Đã nhận dạng chữ trong tệp ${a.fileName}: tìm kiếm trong sổ thấy văn bản theo nội dung tệp.`);
      else if (read.textSource === 'file') message.success(`Đã lưu chữ trong tệp ${a.fileName}: tìm kiếm trong sổ thấy văn bản theo nội dung tệp.`);
      else message.warning(`Không thấy chữ nào trong tệp ${a.fileName}.`);
      onRead(read);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setReadingId(null);
    }
  }

  const button = (a: Attachment) => (a.textSource || !isReceivedFileName(a.fileName) ? null : (
    <Tooltip key="read" title="Nhận dạng chữ trong tệp (bản quét: vài giây mỗi trang) để tìm kiếm thấy văn bản theo nội dung tệp">
      <Button type="link" size="small" icon={<FileSearchOutlined />} loading={readingId === a.id} disabled={readingId !== null && readingId !== a.id}
        onClick={() => void read(a)} data-testid="attachment-read-text">
        Đọc chữ
      </Button>
    </Tooltip>
  ));

  const progress = longCall.running ? <JobProgressBar progress={longCall.progress} onCancel={longCall.cancel} style={{ padding: '8px 0 0' }} /> : null;

  return { button, progress };
}
