// The text kept with an attached file so the entry is found by the file's words (services/attachments.ts):
// what intake read from a received file (OCR for a scan), or, for a file attached by hand, its text layer.
import type { TextLine } from '../../../shared/documentReader/types';
import { KEPT_TEXT_MAX_CHARS, type FileText } from '../services/attachments';
import { readDocxText } from './docxText';
import { readPdfText } from './pdfText';
import { readReceivedText, receivedKind, type ReceivedText } from './readReceived';

export const fileTextOf = ({ lines, ocr }: Pick<ReceivedText, 'lines' | 'ocr'>): FileText =>
  ({ text: lines.map((l: TextLine) => l.text).join('\n'), source: ocr ? 'ocr' : 'file' });

/**
 * The text of a file attached by hand when it costs little: a PDF's text layer, a Word file's text (tens of
 * milliseconds). A scan gets none here: OCR takes seconds a page, too long for attaching a file; a scan
 * registered through intake keeps its OCR text. A file of another kind, or one that does not open, has none.
 */
export async function textLayerOf(fileName: string, content: Buffer): Promise<FileText | null> {
  try {
    const kind = receivedKind(fileName, content);
    if (kind === 'pdf') {
      const pdf = await readPdfText(content, { wholeText: KEPT_TEXT_MAX_CHARS });
      return pdf.characters > 0 ? fileTextOf({ lines: pdf.lines, ocr: false }) : null;
    }
    if (kind === 'docx') return fileTextOf({ lines: (await readDocxText(content)).lines, ocr: false });
  } catch {
    // Not a file intake reads (a spreadsheet, a broken PDF): attached all the same, without text.
  }
  return null;
}

/**
 * The whole text of a file read again when asked ("Đọc chữ"): its text layer, every page of a PDF; for a scan,
 * OCR. A file intake cannot read is refused with its reason.
 */
export async function wholeTextOf(fileName: string, content: Buffer): Promise<FileText> {
  return (await textLayerOf(fileName, content)) ?? fileTextOf(await readReceivedText(fileName, content));
}
