import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import { embedFonts, type FontSet } from './fonts';
import { type StampFields, compactStampLines, stampLines } from './stampBlock';
import { type Box, findStampPlace, firstPageTextBoxes } from './stampPlace';
import { type BlockLine, MM, blockHeight, drawBlock } from './textBlock';

// The arrival stamp written on the first page of a received PDF (the original's bytes are not changed: a new
// file is made), and the same stamp as a small label to stick on a paper document.

const STAMP_WIDTH = 62 * MM;
const PADDING = 4;
const EDGE = 10 * MM;
/** A label page for a label printer or to cut out: 70 × 40 mm. */
export const LABEL_SIZE: [number, number] = [70 * MM, 40 * MM];

/** Draws the lines inside a thin frame, as a rubber stamp looks. */
function drawFramed(page: PDFPage, lines: BlockLine[], fonts: FontSet, box: Box): void {
  page.drawRectangle({
    x: box.left, y: box.bottom, width: box.right - box.left, height: box.top - box.bottom,
    borderColor: rgb(0, 0, 0), borderWidth: 0.8,
  });
  drawBlock(page, lines, fonts, box.left + PADDING, box.top - PADDING / 2, box.right - box.left - 2 * PADDING);
}

async function loadOriginal(original: Uint8Array): Promise<PDFDocument> {
  try {
    const doc = await PDFDocument.load(original, { updateMetadata: false });
    doc.getPageCount(); // a file with a PDF header but no page tree loads, and fails here
    return doc;
  } catch (err) {
    const encrypted = err instanceof Error && /encrypt/i.test(err.message);
    throw new AppError('VALIDATION', encrypted
      ? 'Tệp PDF của văn bản được đặt mật khẩu, không đóng được dấu đến.'
      : 'Tệp PDF của văn bản bị hỏng hoặc không phải PDF, không đóng được dấu đến.');
  }
}

/**
 * The received PDF with the arrival stamp on its first page: in a free place of the upper half (found from the
 * page's text), else in two small lines in the band above the text. Same page count as the original.
 */
export async function stampFirstPage(original: Uint8Array, e: StampFields): Promise<{ content: Uint8Array; pages: number; place: 'free' | 'band' }> {
  const doc = await loadOriginal(original);
  if (doc.getPageCount() === 0) throw new AppError('VALIDATION', 'Tệp PDF của văn bản không có trang nào, không đóng được dấu đến.');
  const text = await firstPageTextBoxes(original).catch(() => [] as Box[]);
  const fonts = await embedFonts(doc);
  const page = doc.getPage(0);
  const { width, height } = page.getSize();
  const lines = stampLines(e);
  const size = { width: STAMP_WIDTH, height: blockHeight(lines, fonts, STAMP_WIDTH - 2 * PADDING) + PADDING * 1.5 };
  const box = findStampPlace(text, { width, height }, size, EDGE);
  if (box) {
    drawFramed(page, lines, fonts, box);
  } else {
    // No room in the upper half: the narrow band between the top edge and the text.
    drawBlock(page, compactStampLines(e), fonts, EDGE, height - 4, width - 2 * EDGE);
  }
  return { content: await doc.save(), pages: doc.getPageCount(), place: box ? 'free' : 'band' };
}

/** The stamp alone on a 70 × 40 mm page, to print on a label for a paper document. */
export async function stampLabelPdf(e: StampFields): Promise<Uint8Array> {
  // Without the time of writing: the same entry gives the same label.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const page = doc.addPage(LABEL_SIZE);
  const inset = 3 * MM;
  const lines = stampLines(e, 1.2);
  // The lines in the middle of the frame, top to bottom.
  const spare = LABEL_SIZE[1] - 2 * inset - PADDING * 1.5 - blockHeight(lines, fonts, LABEL_SIZE[0] - 2 * inset - 2 * PADDING);
  page.drawRectangle({ x: inset, y: inset, width: LABEL_SIZE[0] - 2 * inset, height: LABEL_SIZE[1] - 2 * inset, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
  drawBlock(page, lines, fonts, inset + PADDING, LABEL_SIZE[1] - inset - PADDING / 2 - Math.max(0, spare / 2), LABEL_SIZE[0] - 2 * inset - 2 * PADDING);
  return doc.save();
}
