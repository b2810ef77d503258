import { type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { FontSet, FontStyle } from './fonts';

// Lines of text laid out in a column of a PDF page: wrapped at word boundaries to the column's width,
// aligned left, centred or right. Shared by the copy page and the arrival stamp.

export interface BlockLine {
  text: string;
  style?: FontStyle;
  /** Points. */
  size?: number;
  align?: 'left' | 'center' | 'right';
  /** Extra space above the line, in points. */
  before?: number;
}

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;
const LEADING = 1.25;

/** The text broken into lines no wider than width (a word longer than the width stands alone). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let current = words[0]!;
  for (const word of words.slice(1)) {
    const candidate = `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

interface Placed { text: string; font: PDFFont; size: number; x: number; baseline: number }

/** Where each line goes in a column starting at top (y grows upwards in PDF); nothing is drawn. */
function place(lines: readonly BlockLine[], fonts: FontSet, x: number, top: number, width: number): { placed: Placed[]; bottom: number } {
  const placed: Placed[] = [];
  let y = top;
  for (const line of lines) {
    const font = fonts[line.style ?? 'regular'];
    const size = line.size ?? 14;
    y -= line.before ?? 0;
    for (const text of wrapText(line.text, font, size, width)) {
      y -= size * LEADING;
      const w = font.widthOfTextAtSize(text, size);
      const dx = line.align === 'right' ? width - w : line.align === 'left' ? 0 : (width - w) / 2;
      placed.push({ text, font, size, x: x + dx, baseline: y + size * (LEADING - 1) });
    }
  }
  return { placed, bottom: y };
}

/** The height the lines take in a column of this width. */
export function blockHeight(lines: readonly BlockLine[], fonts: FontSet, width: number): number {
  return -place(lines, fonts, 0, 0, width).bottom;
}

/** Draws the lines in a column; returns the y of the column's bottom. */
export function drawBlock(page: PDFPage, lines: readonly BlockLine[], fonts: FontSet, x: number, top: number, width: number): number {
  const { placed, bottom } = place(lines, fonts, x, top, width);
  for (const p of placed) page.drawText(p.text, { x: p.x, y: p.baseline, font: p.font, size: p.size, color: rgb(0, 0, 0) });
  return bottom;
}

/** A horizontal rule, e.g. the line across the page above a copy block. */
export function drawRule(page: PDFPage, x: number, y: number, width: number, thickness = 0.75): void {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color: rgb(0, 0, 0) });
}
