// Where the arrival stamp goes on a first page: a free rectangle found from the page's text positions
// (pdf.js, in this thread, nothing fetched), as a clerk puts it in the margin under the issuer block.
import { openPdf } from './openPdf';

/** A rectangle in PDF points, y upwards; `top` > `bottom`. */
export interface Box { left: number; right: number; top: number; bottom: number }

/** The boxes of the text on page 1 (ascent above the baseline, a little descent below). */
export async function firstPageTextBoxes(content: Uint8Array): Promise<Box[]> {
  const doc = await openPdf(content);
  try {
    const page = await doc.getPage(1);
    const text = await page.getTextContent();
    const boxes: Box[] = [];
    for (const it of text.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [, , , d, x, y] = it.transform as number[];
      const h = Math.abs(d) || 10;
      boxes.push({ left: x, right: x + it.width, top: y + h, bottom: y - h * 0.25 });
    }
    page.cleanup();
    return boxes;
  } finally {
    await doc.destroy();
  }
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;

/**
 * The highest free place for a stamp of this size in the upper half of the page, tried first from the top of the
 * text down (under the issuer block, against the text's left edge, then its right edge), then anywhere from the
 * page's top edge (the top margin). Null when the upper half has no such room.
 */
export function findStampPlace(text: readonly Box[], page: { width: number; height: number }, size: { width: number; height: number }, margin: number): Box | null {
  const left = text.length ? Math.min(...text.map((b) => b.left)) : margin;
  const right = text.length ? Math.max(...text.map((b) => b.right)) : page.width - margin;
  const textTop = text.length ? Math.max(...text.map((b) => b.top)) : page.height - margin;
  const columns = [Math.max(margin / 2, left), Math.min(page.width - margin / 2, right) - size.width];
  const pad = 3;
  const scan = (from: number): Box | null => {
    for (const x of columns) {
      for (let top = from; top - size.height >= page.height / 2; top -= 2) {
        const box = { left: x, right: x + size.width, top, bottom: top - size.height };
        const padded = { left: box.left - pad, right: box.right + pad, top: box.top + pad, bottom: box.bottom - pad };
        if (!text.some((t) => overlaps(padded, t))) return box;
      }
    }
    return null;
  };
  return scan(Math.min(textTop, page.height - margin)) ?? scan(page.height - margin);
}
