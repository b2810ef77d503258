// Cleaning the text taken from a PDF or Word file before it is read: broken letters, blank lines
// between every line, page numbers and the headers or footers repeated on every page.
import { fixBrokenLetters } from '../text';
import type { Line, TextLine } from './types';

/**
 * Letters fixed: NFC, "ƣ/Ƣ" (a legacy-font artefact) for "ư/Ư", and "Ð/ð" (U+00D0/U+00F0, the
 * Icelandic eth, which some PDF fonts give for the Vietnamese "Đ/đ") for "Đ/đ". Line breaks kept.
 */
export function fixLetters(text: string): string {
  return fixBrokenLetters(text.replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ'));
}

// "3", "- 3 -", "Trang 3", "Trang 3/10", "3/10": a page number alone on its line.
const PAGE_NUMBER_RE = /^(?:[-–]\s*)?(?:trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?$/iu;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER_RE.test(text.trim());

/** Lines cleaned for reading: letters fixed, spaces collapsed, blanks, page numbers and running headers gone. */
export function cleanLines(raw: readonly TextLine[]): Line[] {
  const lines = raw
    .flatMap(splitColumns)
    .map((l) => ({ ...l, text: withoutMarkdown(fixLetters(l.text)).replace(/\s+/g, ' ').trim(), page: l.page ?? 1 }))
    .filter((l) => l.text !== '' && !isPageNumber(l.text));
  const running = runningLines(lines);
  return lines.filter((l) => !running.has(l)).map((l, index) => ({ ...l, index }));
}

// Text laid out in columns with spaces (pdftotext -layout, a paste from a PDF viewer): "ĐẢNG BỘ TỈNH LẠNG SƠN
// <many spaces> ĐẢNG CỘNG SẢN VIỆT NAM". Each column becomes a line of its own, placed by its character
// offset as if on a page of that many characters, so the left and right blocks stay apart.
const COLUMN_GAP_RE = /\S(?: {4,}|\t+)\S/u;
const CHAR_WIDTH = 6;
const PAGE_CHARS = 90;

function splitColumns(line: TextLine): TextLine[] {
  if (line.x !== undefined || !COLUMN_GAP_RE.test(line.text)) return [line];
  const parts: TextLine[] = [];
  for (const m of line.text.matchAll(/\S+(?: {1,3}\S+)*/gu)) {
    parts.push({ ...line, text: m[0], x: (m.index ?? 0) * CHAR_WIDTH, pageWidth: PAGE_CHARS * CHAR_WIDTH });
  }
  return parts;
}

/** Text copied from a Markdown rendering keeps "## " and "**": not part of the document. */
const withoutMarkdown = (text: string): string => text.replace(/^\s*#{1,6}\s+/u, '').replace(/\*\*/g, '');

/** Headers and footers: the same text (digits aside) among the first or last two lines of most pages. */
function runningLines<T extends { text: string; page: number }>(lines: T[]): Set<T> {
  const byPage = new Map<number, T[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const found = new Set<T>();
  if (byPage.size < 3) return found;
  const key = (l: T): string => l.text.replace(/\d+/g, '#');
  const count = new Map<string, number>();
  const edges: T[] = [];
  for (const pageLines of byPage.values()) {
    const edge = new Set([...pageLines.slice(0, 2), ...pageLines.slice(-2)]);
    for (const k of new Set([...edge].map(key))) count.set(k, (count.get(k) ?? 0) + 1);
    edges.push(...edge);
  }
  const needed = Math.max(3, Math.ceil(byPage.size / 2));
  for (const l of edges) if ((count.get(key(l)) ?? 0) >= needed) found.add(l);
  return found;
}

/**
 * A text pasted from a PDF often has a blank line after every line ("each line a paragraph"), so the
 * blank lines no longer mark paragraphs. When most lines are followed by exactly one blank line and
 * the lines are as short as a page is wide, the
 * single blank lines are dropped and longer runs count as one paragraph break. Letters are fixed too.
 */
export function cleanPastedText(text: string): string {
  const lines = fixLetters(text).split(/\r\n|\r|\n/);
  const isBlank = (s: string | undefined): boolean => s !== undefined && s.trim() === '';
  let filled = 0;
  let singleBlankAfter = 0;
  lines.forEach((l, i) => {
    if (isBlank(l)) return;
    filled++;
    if (isBlank(lines[i + 1]) && !isBlank(lines[i + 2]) && lines[i + 2] !== undefined) singleBlankAfter++;
  });
  // Lines cut at the page's width: even the long ones stay short (a real paragraph runs for hundreds).
  const lengths = lines.filter((l) => !isBlank(l)).map((l) => l.trim().length).sort((a, b) => a - b);
  const longish = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
  if (filled < 4 || singleBlankAfter < filled * 0.6 || longish > 120) return lines.join('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    let end = i;
    while (isBlank(lines[end + 1])) end++;
    if (end > i) out.push(''); // two or more blank lines: a real paragraph break
    i = end;
  }
  return out.join('\n');
}
