import mammoth from 'mammoth';
import { AppError } from '../../../shared/errors';

/** The plain text of a plan given as text or as the bytes of a Word (.docx) file. */
export async function readPlanText(source: { text?: string; docx?: Buffer }): Promise<string> {
  if (source.docx) {
    if (source.docx.subarray(0, 2).toString('latin1') !== 'PK') {
      throw new AppError('VALIDATION', 'Tệp không phải văn bản Word .docx (chỉ đọc được .docx, không đọc được .doc cũ hay .pdf).');
    }
    try {
      const { value } = await mammoth.extractRawText({ buffer: source.docx });
      return value;
    } catch (err) {
      throw new AppError('VALIDATION', `Không đọc được tệp .docx: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const text = source.text ?? '';
  if (text.trim() === '') {
    throw new AppError('VALIDATION', 'Chưa có nội dung kế hoạch: dán văn bản hoặc mở tệp .txt, .docx.', { text: 'Chưa có nội dung.' });
  }
  return text;
}
