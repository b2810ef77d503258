/**
 * What a placeholder is filled with: the same values feed the Word engine (docxTemplate) and the Excel engine
 * (xlsxTemplate), so one renderer computes a report's values once and both files show the same figures.
 *
 * - text (string or number): replaces the placeholder inside its paragraph or cell; "\n" is a line break.
 *   A number shows with Vietnamese grouping in Word ("1.234") and stays a number in an Excel cell that holds
 *   nothing but the placeholder.
 * - paragraphs: one paragraph per item, each with the formatting of the placeholder's own paragraph (so a
 *   template can make {{noi_nhan}} 11 pt, or a bulleted list). The placeholder should stand alone in its
 *   paragraph; if it does not, the items are joined by line breaks in place. In Excel: lines of one cell.
 * - table: a whole table with a header row. Its placeholder must stand alone in its paragraph (Word) or cell
 *   (Excel). Its cells are text, numbers, dates (dateCell) or percentages (percentCell): Word prints them
 *   ("05/03/2024", "33,3%"), Excel keeps them as dates and numbers with a display format, so they can be
 *   sorted, filtered and summed. A total row ({ cells, bold: true, total: true }) is printed as given in Word;
 *   in Excel its numbers become SUM formulas over the plain rows above it (see xlsxRows). A struck row
 *   ({ cells, struck: true }: a cancelled register entry, which stays in its place) is struck through in both.
 */
import { formatDate, formatInteger, formatPercent, formatSigned } from './format';

/** A date in a table: printed dd/mm/yyyy; a real date in Excel. */
export interface DateCell {
  readonly kind: 'date';
  readonly iso: string | null;
}

/** part/whole in a table: printed "33,3%" (0% when whole is 0); a number with a percent format in Excel. */
export interface PercentCell {
  readonly kind: 'percent';
  readonly part: number;
  readonly whole: number;
}

export type TableCellValue = string | number | null | DateCell | PercentCell;

export const dateCell = (iso: string | null): DateCell => ({ kind: 'date', iso: iso === '' ? null : iso });
export const percentCell = (part: number, whole: number): PercentCell => ({ kind: 'percent', part, whole });

/** The fraction a percent cell stands for (0 when whole is 0), as Excel stores it. */
export const percentValue = (cell: PercentCell): number => (cell.whole === 0 ? 0 : cell.part / cell.whole);

/** How a number in a table column is written: as is ("11646"), grouped ("1.234") or with its sign ("+12"). */
export type NumberFormat = 'plain' | 'grouped' | 'signed';

export interface TableColumn {
  header: string;
  /**
   * Width in Excel's units (characters of the default font). Word keeps the proportions and spreads the columns
   * over the width between the page margins.
   */
  width: number;
  align?: 'left' | 'center' | 'right';
  numberFormat?: NumberFormat;
}

/**
 * A row: its cells; or cells in bold (a subtotal, a line to stress); or cells struck through (a cancelled
 * entry: it keeps its place and number; not summed in Excel); or a total row (bold; in Excel its numbers
 * are sums of the plain rows above it, back to the previous total row); or a heading spanning every column
 * (a group, kept on the page of its first row).
 */
export type TableRowValue =
  | readonly TableCellValue[]
  | { readonly cells: readonly TableCellValue[]; readonly bold: true; readonly total?: boolean }
  | { readonly cells: readonly TableCellValue[]; readonly struck: true }
  | { readonly heading: string };

export interface TableValue {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRowValue[];
  /** Repeat the header at the top of each printed page (default true). */
  readonly repeatHeader?: boolean;
  /** Add a row "(1) (2) … (n)" under the header, as the register forms of NĐ 30 do. */
  readonly columnNumbers?: boolean;
}

export interface ParagraphsValue {
  readonly kind: 'paragraphs';
  readonly paragraphs: readonly string[];
}

export type PlaceholderValue = string | number | ParagraphsValue | TableValue;

export type PlaceholderValues = Readonly<Record<string, PlaceholderValue>>;

export const paragraphs = (items: readonly string[]): ParagraphsValue => ({ kind: 'paragraphs', paragraphs: items });

export const table = (
  columns: readonly TableColumn[],
  rows: readonly TableRowValue[],
  options: { repeatHeader?: boolean; columnNumbers?: boolean } = {},
): TableValue => ({ kind: 'table', columns, rows, ...options });

export const isTableValue = (v: PlaceholderValue | undefined): v is TableValue =>
  typeof v === 'object' && v !== null && v.kind === 'table';

export const isParagraphsValue = (v: PlaceholderValue | undefined): v is ParagraphsValue =>
  typeof v === 'object' && v !== null && v.kind === 'paragraphs';

// Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): text pasted from PDFs
// sometimes carries them, and one of them makes the whole file unreadable to Word.
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to write into a document: Unicode NFC, without the characters XML forbids, "\r\n" → "\n". */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(FORBIDDEN_XML_CHARS, '');
}

/** A text value as printed in Word. */
export function textOf(value: string | number): string {
  return typeof value === 'number' ? formatInteger(value) : cleanText(value);
}

/** A table cell as printed in Word. */
export function cellText(value: TableCellValue, format: NumberFormat = 'plain'): string {
  if (value === null) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'object') return value.kind === 'date' ? formatDate(value.iso) : formatPercent(value.part, value.whole);
  if (format === 'grouped') return formatInteger(value);
  if (format === 'signed') return formatSigned(value);
  return String(value);
}

export type RowShape = { cells: readonly TableCellValue[]; bold: boolean; total: boolean; struck: boolean } | { heading: string };

/** A row's cells, whether it is bold, a total or struck through, or its heading. */
export function rowShape(row: TableRowValue): RowShape {
  if (Array.isArray(row)) return { cells: row as readonly TableCellValue[], bold: false, total: false, struck: false };
  if ('heading' in row) return { heading: row.heading };
  if ('struck' in row) return { cells: row.cells, bold: false, total: false, struck: true };
  const r = row as { cells: readonly TableCellValue[]; total?: boolean };
  return { cells: r.cells, bold: true, total: r.total === true, struck: false };
}
