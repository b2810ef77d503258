import crypto from 'node:crypto';
import path from 'node:path';
import type { Attachment } from '../../../shared/schemas';
import { AppError } from '../../../shared/errors';
import type { CoreServices } from '../services';
// pdf-lib and its font engine load on the first stamp: about 0.7 s of CPU no other start should pay.
const loadStampPdf = () => import('./stampPdf');

// The arrival stamp of a register entry: on its received PDF (the original stays attached as it was, the stamped
// file is attached beside it), or on a label for a paper document.

type Deps = Pick<CoreServices, 'incoming' | 'attachments'>;

/** Stamped files carry this ending, so the original (not a stamped copy) is always the one stamped. */
const STAMPED_SUFFIX = '_dau-den.pdf';

const isPdfName = (name: string) => path.extname(name).toLowerCase() === '.pdf';
export const stampedFileName = (original: string) => `${path.basename(original, path.extname(original))}${STAMPED_SUFFIX}`;

/** The entry's received PDF: its first PDF attachment that is not itself a stamped file. */
export function originalPdf(s: Deps, entryId: number): Attachment | null {
  return s.attachments.list(entryId).find((a) => isPdfName(a.fileName) && !a.fileName.endsWith(STAMPED_SUFFIX)) ?? null;
}

export async function stampEntryPdf(s: Deps, entryId: number, options: { attach: boolean }) {
  const entry = s.incoming.get(entryId);
  const pdf = originalPdf(s, entryId);
  if (!pdf) {
    throw new AppError('VALIDATION',
      `Văn bản số đến ${entry.arrivalNumber} chưa có tệp PDF đính kèm nên không đóng dấu đến lên tệp được. ` +
      'Văn bản giấy: in nhãn dấu đến để dán lên văn bản.');
  }
  const { content } = s.attachments.read(pdf.id);
  const stamped = await (await loadStampPdf()).stampFirstPage(content, entry);
  const fileName = stampedFileName(pdf.fileName);
  const bytes = Buffer.from(stamped.content);
  let attachment: Attachment | null = null;
  if (options.attach) {
    // Stamping twice gives the same bytes: keep one attached copy.
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    attachment = s.attachments.list(entryId).find((a) => a.sha256 === sha) ?? s.attachments.add(entryId, fileName, bytes);
  }
  return { fileName, pages: stamped.pages, content: bytes, original: pdf, attachment };
}

/** The label for a paper document (or any entry): the stamp on a 70 × 40 mm page. */
export async function stampLabel(s: Deps, entryId: number) {
  const entry = s.incoming.get(entryId);
  return { fileName: `dau-den_so-${entry.arrivalNumber}.pdf`, content: Buffer.from(await (await loadStampPdf()).stampLabelPdf(entry)) };
}
