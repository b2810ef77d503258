import { PDFDocument, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import type { CopyPageModel } from '../reportData/copyPage';
import { embedFonts, type FontSet } from './fonts';
import { type BlockLine, MM, blockHeight, drawBlock, drawRule } from './textBlock';

// The PDF sent with a copy: the original's pages, unchanged, then a page holding the copy block under a line
// across the page (Party format: copying body, number, form, place and date, Nơi nhận, signature).

/** Margins of a Party document: 20 mm top and bottom, 30 mm left, 15 mm right. */
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Space between the document's last line and the line above the copy block. */
const LINE_GAP = 14;
const A4: [number, number] = [595.28, 841.89];

function leftTop(m: CopyPageModel): BlockLine[] {
  return [
    { text: m.superiorBody, size: 14 },
    { text: m.issuingBody, style: 'bold', size: 14 },
    { text: '*', size: 14 },
    { text: m.symbolLine, size: 14, before: 4 },
  ];
}

function rightTop(m: CopyPageModel): BlockLine[] {
  return [
    { text: m.heading, style: 'bold', size: 15 },
    { text: m.placeAndDate, style: 'italic', size: 13, before: 4 },
    ...(m.excerpt ? [{ text: m.excerpt, style: 'italic' as const, size: 13, before: 4 }] : []),
  ];
}

function leftBottom(m: CopyPageModel): BlockLine[] {
  return [
    { text: 'Nơi nhận:', style: 'boldItalic', size: 12, align: 'left' },
    ...m.recipients.map((text): BlockLine => ({ text, size: 10, align: 'left' })),
  ];
}

function rightBottom(m: CopyPageModel): BlockLine[] {
  return [
    { text: m.authority, style: 'bold', size: 14 },
    { text: m.position, style: 'bold', size: 14 },
    // Room for the signature and the seal.
    { text: m.signerName, style: 'bold', size: 14, before: 60 },
  ];
}

/** Space between the rule and the block, and between the block's two rows. */
const RULE_GAP = 10;
const ROW_GAP = 18;

/** The height of the copy block with its rule, on a page of this width. */
export function copyBlockHeight(pageWidth: number, fonts: FontSet, m: CopyPageModel): number {
  const half = (pageWidth - MARGIN.left - MARGIN.right) * 0.5;
  const tallest = (a: BlockLine[], b: BlockLine[]) => Math.max(blockHeight(a, fonts, half), blockHeight(b, fonts, half));
  return RULE_GAP + tallest(leftTop(m), rightTop(m)) + ROW_GAP + tallest(leftBottom(m), rightBottom(m));
}

/** Draws the copy block from top down, across the page's text width, under a rule. Returns its bottom. */
export function drawCopyBlock(page: PDFPage, fonts: FontSet, m: CopyPageModel, top: number): number {
  const width = page.getWidth() - MARGIN.left - MARGIN.right;
  const leftWidth = width * 0.5;
  const rightX = MARGIN.left + leftWidth;
  const rightWidth = width - leftWidth;
  drawRule(page, MARGIN.left, top, width);
  const rowTop = top - RULE_GAP;
  const afterHeader = Math.min(
    drawBlock(page, leftTop(m), fonts, MARGIN.left, rowTop, leftWidth),
    drawBlock(page, rightTop(m), fonts, rightX, rowTop, rightWidth),
  );
  const closingTop = afterHeader - ROW_GAP;
  return Math.min(
    drawBlock(page, leftBottom(m), fonts, MARGIN.left, closingTop, leftWidth),
    drawBlock(page, rightBottom(m), fonts, rightX, closingTop, rightWidth),
  );
}

/** One page holding only the copy block, at the top of the text area. */
export async function copyPagePdf(m: CopyPageModel): Promise<Uint8Array> {
  // No creation time written: the same copy gives the same file, whenever it is made.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const page = doc.addPage(A4);
  drawCopyBlock(page, fonts, m, page.getHeight() - MARGIN.top);
  return doc.save();
}

/**
 * The original PDF with the copy block: under a line below the text of its last page when the block fits there
 * (the format's way), else on a page of its own as large as the last one. The original's bytes are not changed.
 * `lastPageTextBottom`: the lowest point of the last page's text (PDF points, y upwards), or null when the page
 * has no text layer (a scan: where its content ends is unknown, so the block takes a page of its own).
 * A damaged or password-protected original is named as such.
 */
export async function appendCopyPage(original: Uint8Array, m: CopyPageModel, lastPageTextBottom: number | null = null): Promise<{ content: Uint8Array; pages: number; onLastPage: boolean }> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(original, { updateMetadata: false });
  } catch (err) {
    const encrypted = err instanceof Error && /encrypt/i.test(err.message);
    throw new AppError('VALIDATION', encrypted
      ? 'Tệp PDF của văn bản được đặt mật khẩu, không thêm được trang sao.'
      : 'Tệp PDF của văn bản bị hỏng hoặc không phải PDF, không thêm được trang sao.');
  }
  const fonts = await embedFonts(doc);
  const last = doc.getPageCount() > 0 ? doc.getPage(doc.getPageCount() - 1) : undefined;
  if (last && lastPageTextBottom !== null) {
    const top = Math.min(lastPageTextBottom, last.getHeight() - MARGIN.top) - LINE_GAP;
    if (top - copyBlockHeight(last.getWidth(), fonts, m) >= MARGIN.bottom) {
      drawCopyBlock(last, fonts, m, top);
      return { content: await doc.save(), pages: doc.getPageCount(), onLastPage: true };
    }
  }
  const size: [number, number] = last ? [last.getWidth(), last.getHeight()] : A4;
  const page = doc.addPage(size);
  drawCopyBlock(page, fonts, m, page.getHeight() - MARGIN.top);
  return { content: await doc.save(), pages: doc.getPageCount(), onLastPage: false };
}
