import { AuditOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { Attachment, IncomingEntry } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { saveBase64 } from '../reports/files';

/**
 * "Đóng dấu đến": the received PDF with the arrival stamp on its first page (attached beside the original and
 * saved for the clerk), or, for an entry without a PDF (a paper document), the stamp on a label to print.
 */
export function ArrivalStampButton({ entry, attachments, onStamped }: { entry: IncomingEntry; attachments: Attachment[]; onStamped(): void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const hasPdf = attachments.some((a) => a.fileName.toLowerCase().endsWith('.pdf'));

  async function stamp() {
    setBusy(true);
    try {
      const file = hasPdf ? await api('incoming.stamp', { id: entry.id, attach: true }) : await api('incoming.stampLabel', { id: entry.id });
      const saved = await saveBase64(file.fileName, file.contentBase64);
      if (saved.saved) message.success(hasPdf ? `Đã đóng dấu đến và đính kèm tệp ${file.fileName}.` : `Đã tạo nhãn dấu đến ${file.fileName} để in.`);
      if (hasPdf) onStamped();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Tooltip title={hasPdf ? 'Ghi dấu đến lên trang đầu của tệp PDF (tệp gốc giữ nguyên)' : 'Văn bản không có tệp PDF: in dấu đến ra nhãn 70 × 40 mm'}>
      <Button icon={<AuditOutlined />} loading={busy} onClick={() => void stamp()} data-testid="detail-stamp">
        Đóng dấu đến
      </Button>
    </Tooltip>
  );
}
