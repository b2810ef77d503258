import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../shared/contractImport';
import { foldForSearch } from '../../../shared/text';
import type { Cell } from './readSheet';

// Finding an old register's heading row (below its title rows) and which column holds what, from the
// headings' words with or without diacritics ("Số đến", "So den", "SỐ ĐẾN").

/** Folded headings of each field, most specific first (the register's own heading, then usual variants). */
const HEADINGS: Record<ImportField, string[]> = {
  arrivalNumber: ['so den', 'so vao so', 'so thu tu den', 'so den so'],
  arrivalDate: ['ngay den', 'ngay nhan', 'ngay vao so', 'ngay nhan van ban'],
  issuer: ['tac gia', 'co quan ban hanh', 'noi ban hanh', 'noi gui', 'co quan gui', 'don vi ban hanh', 'tac gia van ban'],
  symbol: ['so ky hieu', 'so va ky hieu', 'so ky hieu van ban', 'so hieu', 'ky hieu'],
  documentDate: ['ngay thang van ban', 'ngay van ban', 'ngay thang nam van ban', 'ngay ban hanh', 'ngay thang'],
  abstract: ['ten loai va trich yeu', 'ten loai va trich yeu noi dung', 'trich yeu noi dung', 'trich yeu', 'noi dung'],
  handlingUnit: ['don vi hoac nguoi nhan', 'don vi nguoi nhan', 'don vi hoac ca nhan nhan', 'nguoi nhan', 'don vi nhan', 'don vi xu ly'],
  notes: ['ghi chu'],
};

/** A heading's words: folded, punctuation and line breaks gone ("Số, ký hiệu\n(văn bản)" → "so ky hieu van ban"). */
export function headingKey(cell: Cell): string {
  if (typeof cell !== 'string') return '';
  return foldForSearch(cell).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The field a heading names: an exact heading first, then one the heading starts with. */
function fieldOf(key: string): { field: ImportField; exact: boolean } | null {
  if (!key) return null;
  for (const field of IMPORT_FIELDS) if (HEADINGS[field].includes(key)) return { field, exact: true };
  let best: { field: ImportField; length: number } | null = null;
  for (const field of IMPORT_FIELDS) {
    for (const h of HEADINGS[field]) {
      if ((key.startsWith(`${h} `)) && (!best || h.length > best.length)) best = { field, length: h.length };
    }
  }
  return best ? { field: best.field, exact: false } : null;
}

/** Each field's column in one heading row (exact headings win over prefixes, the first column over later ones). */
export function mapHeadings(headings: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  for (const pass of [true, false]) {
    headings.forEach((key, index) => {
      const found = fieldOf(key);
      if (!found || found.exact !== pass || mapping[found.field] !== undefined) return;
      if (Object.values(mapping).includes(index)) return;
      mapping[found.field] = index;
    });
  }
  return mapping;
}

/** How many rows from the top are searched for the heading row (titles, "Sổ đăng ký…", merged blocks). */
const HEADING_SEARCH_ROWS = 40;

export interface HeadingRow {
  /** Excel's row number of the heading row. */
  row: number;
  /** The heading of each column, as written (the cell above when this row's is empty: vertically merged blocks). */
  headings: string[];
  mapping: ImportMapping;
}

const shown = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim());

/** The row naming the most register columns (at least two), or null when none does. */
export function findHeadingRow(rows: Array<Cell[] | undefined>): HeadingRow | null {
  let best: HeadingRow | null = null;
  let bestCount = 1;
  for (let r = 1; r < Math.min(rows.length, HEADING_SEARCH_ROWS + 1); r++) {
    const row = rows[r];
    if (!row) continue;
    const above = rows[r - 1] ?? [];
    const width = Math.max(row.length, above.length);
    const headings = Array.from({ length: width }, (_, c) => shown(row[c]) || shown(above[c]));
    const mapping = mapHeadings(headings.map(headingKey));
    const count = Object.keys(mapping).length;
    if (count > bestCount) {
      best = { row: r, headings, mapping };
      bestCount = count;
    }
  }
  return best;
}

/** The row of column numbers many registers print under the heading: "(1) (2) (3)…" or "1 2 3…". */
export function isColumnNumberRow(row: Cell[]): boolean {
  const numbers: number[] = [];
  for (const cell of row) {
    if (cell === null || cell === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(String(cell).trim());
    if (!m) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
}

/** Excel's letters of a column (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
