/**
 * Writes a table value into a worksheet at its anchor cell (the cell that held `{{bang_…}}`): a header row
 * (plus a "(1) (2) …" row when asked), then the rows, every cell with thin borders and the anchor cell's
 * font. Content below the anchor moves down. Column widths the template sets are kept; columns without one
 * get the table's widths.
 */
import type { Alignment, Borders, Cell, Font, Style, Worksheet } from 'exceljs';
import { markerText, rowKinds, type PendingRows, type RowKind } from './xlsxRows';
import { cleanText, rowShape, type NumberFormat, type TableCellValue, type TableColumn, type TableValue } from './values';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const NUMBER_FORMATS: Record<NumberFormat, string | undefined> = {
  plain: undefined,
  grouped: '#,##0',
  signed: '+#,##0;-#,##0;0',
};

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merges in a private map, and does not move them when rows are inserted. */
function mergesOf(ws: Worksheet): Merge[] {
  const merges = (ws as unknown as { _merges: Record<string, Merge | undefined> })._merges;
  return Object.values(merges).filter((m): m is Merge => m !== undefined);
}

/** Moves the rows from `fromRow` down by `count`, with their merged cells. */
function shiftRowsDown(ws: Worksheet, fromRow: number, count: number): void {
  if (count <= 0 || ws.rowCount < fromRow) return;
  const moved = mergesOf(ws)
    .filter((m) => m.top >= fromRow)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right })); // Range's sides are getters
  for (const m of moved) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  ws.spliceRows(fromRow, 0, ...Array.from({ length: count }, () => []));
  for (const m of moved) ws.mergeCells(m.top + count, m.left, m.bottom + count, m.right);
}

function fontOf(anchor: Cell): Partial<Font> {
  return { ...(anchor.font ?? {}) };
}

function style(font: Partial<Font>, alignment: Partial<Alignment>, numFmt?: string): Partial<Style> {
  return { font, alignment, border: BORDERS, ...(numFmt ? { numFmt } : {}) };
}

/** Excel's width of a column that sets none. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Height in points a row needs for its wrapped text. Neither Excel nor LibreOffice reliably fits a written
 * row's height to its text when opening a file, so it is estimated: characters per line from the column
 * width (Excel's unit is a digit of Calibri 11, about 7 px, plus 5 px of padding) and the average width of a
 * Times New Roman character (about 0.4 em), less a little for word wrapping.
 */
export function rowHeight(texts: readonly string[], widths: readonly number[], fontSize: number): number {
  const charWidth = 0.4 * fontSize * (96 / 72);
  let lines = 1;
  texts.forEach((text, i) => {
    if (text === '') return;
    const perLine = Math.max(1, Math.floor((((widths[i] ?? DEFAULT_COLUMN_WIDTH) * 7 + 1) / charWidth) * 0.92));
    const cellLines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, cellLines);
  });
  return Math.ceil(lines * fontSize * 1.25 + 4);
}

/** Text as long as what Excel shows for a cell (for row heights): a date is "dd/mm/yyyy", a percent "33,3%". */
function shownText(v: TableCellValue): string {
  if (v === null) return '';
  if (typeof v !== 'object') return String(v);
  return v.kind === 'date' ? (v.iso === null ? '' : 'dd/mm/yyyy') : '100,0%';
}

function bodyAlignment(column: TableColumn): Partial<Alignment> {
  return { horizontal: column.align ?? 'left', vertical: 'top', wrapText: true };
}

/**
 * Writes the table's header at `anchor` and, for its rows, one marker row per kind of row with the rows'
 * styles (see xlsxRows); returns what xlsxRows needs to write the rows once ExcelJS has written the workbook.
 * `freeze`: the only table of its sheet, so its header rows are frozen, repeated on every printed page and
 * given a filter.
 */
export function writeTable(ws: Worksheet, anchor: Cell, value: TableValue, tableId: number, freeze: boolean): PendingRows {
  const top = Number(anchor.row);
  const left = Number(anchor.col);
  const { columns } = value;
  const headerRows = value.columnNumbers ? 2 : 1;
  shiftRowsDown(ws, top + 1, headerRows + value.rows.length - 1);

  columns.forEach((c, j) => {
    const column = ws.getColumn(left + j);
    if (column.width === undefined) column.width = c.width;
  });
  const widths = columns.map((_, j) => ws.getColumn(left + j).width ?? DEFAULT_COLUMN_WIDTH);
  const font = fontOf(anchor);
  const fontSize = font.size ?? 11;
  const bold = { ...font, bold: true };

  const headerStyle = style(bold, { horizontal: 'center', vertical: 'middle', wrapText: true });
  const headerTexts = [columns.map((c) => cleanText(c.header)), ...(value.columnNumbers ? [columns.map((_, j) => `(${j + 1})`)] : [])];
  headerTexts.forEach((texts, i) => {
    const row = ws.getRow(top + i);
    texts.forEach((text, j) => {
      const cell = row.getCell(left + j);
      cell.value = text;
      cell.style = headerStyle;
    });
    row.height = rowHeight(texts, widths, fontSize * 1.05);
  });

  const styles: Record<RowKind, (j: number) => Partial<Style>> = {
    plain: (j) => style(font, bodyAlignment(columns[j]!), NUMBER_FORMATS[columns[j]!.numberFormat ?? 'plain']),
    bold: (j) => style(bold, bodyAlignment(columns[j]!), NUMBER_FORMATS[columns[j]!.numberFormat ?? 'plain']),
    struck: (j) => style({ ...font, strike: true }, bodyAlignment(columns[j]!), NUMBER_FORMATS[columns[j]!.numberFormat ?? 'plain']),
    heading: () => style(bold, { horizontal: 'left', vertical: 'top', wrapText: true }),
  };
  const kinds = rowKinds(value);
  kinds.forEach((kind, i) => {
    const row = ws.getRow(top + headerRows + i);
    columns.forEach((_, j) => {
      const cell = row.getCell(left + j);
      cell.style = styles[kind](j);
      if (j === 0) cell.value = markerText(tableId, kind);
    });
  });

  const spanWidth = [widths.reduce((sum, w) => sum + w, 0)];
  const heights = value.rows.map((row) => {
    const shape = rowShape(row);
    if ('heading' in shape) return rowHeight([shape.heading], spanWidth, fontSize);
    return rowHeight(shape.cells.map(shownText), widths, fontSize);
  });

  const headerLastRow = top + headerRows - 1;
  if (freeze) {
    const { zoomScale, showGridLines } = ws.views?.[0] ?? {};
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerLastRow, topLeftCell: `A${headerLastRow + 1}`, zoomScale, showGridLines }];
    ws.pageSetup.printTitlesRow = `${top}:${headerLastRow}`;
    if (headerRows === 1 && !kinds.includes('heading')) {
      ws.autoFilter = { from: { row: top, column: left }, to: { row: top, column: left + columns.length - 1 } };
    }
  }
  return { value, left, heights };
}
