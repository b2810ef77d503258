// The text lines of a PDF with their page and position, through pdf.js (the legacy build runs in
// plain Node; its worker runs in this thread, and nothing is fetched: no network, no font files).
import type { TextLine } from '../../../shared/documentReader/types';
import { openPdf } from '../pdf/openPdf';

/** `characters`: non-space characters on the pages read (a scan has almost none). */
export interface PdfText { lines: TextLine[]; pages: number; pagesRead: number; characters: number }

interface Item { str: string; x: number; y: number; width: number; height: number }

/**
 * The lines of the pages the fields are read from; with `wholeText`, of every page in order until that many
 * characters are read (the text kept with an attachment so the document is found by its words).
 */
export async function readPdfText(content: Uint8Array, options: { wholeText?: number } = {}): Promise<PdfText> {
  const doc = await openPdf(content);
  try {
    const lines: TextLine[] = [];
    let characters = 0;
    const pages = options.wholeText ? Array.from({ length: doc.numPages }, (_, i) => i + 1) : pagesToRead(doc.numPages);
    let pagesRead = 0;
    for (const p of pages) {
      if (options.wholeText && characters >= options.wholeText) break;
      pagesRead += 1;
      const page = await doc.getPage(p);
      const width = page.getViewport({ scale: 1 }).width;
      const text = await page.getTextContent();
      const items: Item[] = [];
      for (const it of text.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        characters += it.str.replace(/\s/g, '').length;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: Math.abs(it.transform[3]) || 10 });
      }
      lines.push(...toLines(items, p, width));
      page.cleanup();
    }
    return { lines, pages: doc.numPages, pagesRead, characters };
  } finally {
    await doc.destroy();
  }
}

// The fields sit on the first pages (header, title) and the last ones (signature, "Nơi nhận", the
// network's copy page): the middle of a long document is not read, which keeps a 100-page file quick.
const HEAD_PAGES = 2;
const TAIL_PAGES = 3;

export function pagesToRead(count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  return count <= HEAD_PAGES + TAIL_PAGES ? all : [...all.slice(0, HEAD_PAGES), ...all.slice(-TAIL_PAGES)];
}

/**
 * Items on one baseline make a line, read left to right; a wide gap splits it into two segments
 * (the issuer block and the motto, the "Nơi nhận" list and the signature side by side).
 */
export function toLines(items: Item[], page: number, pageWidth: number): TextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - it.y) <= Math.max(2, it.height * 0.3)) row.push(it);
    else rows.push([it]);
  }
  const out: TextLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: { text: string; x: number; end: number; size: number } | null = null;
    for (const it of row) {
      const gap = current ? it.x - current.end : 0;
      if (current && gap > Math.max(18, current.size * 2.5)) {
        out.push({ text: current.text, page, x: current.x, y: row[0].y, pageWidth });
        current = null;
      }
      if (!current) current = { text: it.str, x: it.x, end: it.x + it.width, size: it.height };
      else {
        const space = gap > current.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(it.str) ? ' ' : '';
        current.text += space + it.str;
        current.end = it.x + it.width;
      }
    }
    if (current) out.push({ text: current.text, page, x: current.x, y: row[0].y, pageWidth });
  }
  return out;
}
