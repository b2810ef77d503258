import { Tag, Tooltip } from 'antd';
import type { Attachment } from '../../../../shared/schemas';

/** Says that a file's text was kept, so the register's search finds the entry by the file's words. */
export function AttachmentTextTag({ attachment }: { attachment: Attachment }) {
  if (!attachment.textSource) return null;
  const ocr = attachment.textSource === 'ocr';
  return (
    <Tooltip title={ocr
      ? 'Chữ trong bản quét đã được nhận dạng: tìm kiếm trong sổ thấy văn bản này theo nội dung tệp.'
      : 'Chữ trong tệp đã được lưu: tìm kiếm trong sổ thấy văn bản này theo nội dung tệp.'}>
      <Tag color={ocr ? 'blue' : 'default'} className="attachment-text" data-testid="attachment-text">
        {ocr ? 'Đã nhận dạng chữ (OCR)' : 'Tìm được theo nội dung'}
      </Tag>
    </Tooltip>
  );
}
