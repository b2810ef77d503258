import type { Copy } from '../../../shared/contractCopies';
import { AppError } from '../../../shared/errors';
import { REPORT_KINDS } from '../../../shared/reportKinds';
import { readPdfText } from '../intake/pdfText';
import { copyPageModel } from '../reportData/copyPage';
import { renderCopyPage } from '../reports/renderCopies';
import type { CoreServices } from '../services';

export type CopyFileFormat = 'docx' | 'pdf';

/** "ban-sao_1274-SY-VPTU.pdf": the file name begins with the stem of shared/reportKinds. */
export function copyFileName(copy: Copy, format: CopyFileFormat): string {
  return `${REPORT_KINDS['ban-sao'].fileStem}_${copy.symbol.replace(/[^\p{L}\p{N}]+/gu, '-')}.${format}`;
}

/**
 * The files of a copy: the copy page as Word (from the office's template), or the PDF ready to send — the
 * original's pages followed by the copy page — when the copied document has a PDF attached.
 */
export async function copyFile(s: Pick<CoreServices, 'copies' | 'attachments' | 'templates'>, id: number, format: CopyFileFormat) {
  const copy = s.copies.get(id);
  if (copy.cancelled) {
    throw new AppError('VALIDATION', `Bản sao ${copy.symbol} đã hủy (lý do: ${copy.cancelReason}): không tạo trang sao để gửi. Số này vẫn ở trong sổ bản sao.`);
  }
  const model = copyPageModel(copy);
  if (format === 'docx') {
    const template = await s.templates.forReport('ban-sao', 'docx');
    return { fileName: copyFileName(copy, 'docx'), format, content: await renderCopyPage(copy, model, template), pages: null };
  }
  const pdfId = copy.source.pdfAttachmentId;
  if (pdfId === null) {
    // The outgoing register keeps no files: its copies are sent as the Word page with the signed original.
    throw new AppError('VALIDATION', copy.sourceKind === 'outgoing'
      ? `Sổ văn bản đi không lưu tệp của văn bản ${copy.sourceSymbol}, nên không tạo được bản PDF để gửi: hãy tải trang sao dạng Word (.docx).`
      : `Văn bản ${copy.sourceSymbol || 'được sao'} chưa có tệp PDF đính kèm nên không tạo được bản PDF để gửi. ` +
        'Hãy đính kèm tệp PDF của văn bản, hoặc tải trang sao dạng Word (.docx).');
  }
  const original = s.attachments.read(pdfId).content;
  // pdf-lib loads with the first copy PDF, not at every start of the backend.
  const { appendCopyPage } = await import('../pdf/copyPdf');
  const { content, pages } = await appendCopyPage(original, model, await lastPageTextBottom(original));
  return { fileName: copyFileName(copy, 'pdf'), format, content: Buffer.from(content), pages };
}

/** Below the last baseline of the last page, room for the descenders; null when that page has no text layer. */
async function lastPageTextBottom(pdf: Uint8Array): Promise<number | null> {
  try {
    const text = await readPdfText(pdf);
    const ys = text.lines.filter((l) => l.page === text.pages && l.y !== undefined).map((l) => l.y!);
    return ys.length ? Math.min(...ys) - 4 : null;
  } catch {
    // pdf-lib will name a damaged file; here it only means "no known free room".
    return null;
  }
}
