/**
 * Writes a table value into a worksheet at its anchor cell (the cell that held `{{bang_…}}`): a header row
 * (plus a "(1) (2) …" row when asked), then the rows, every cell with thin borders and the anchor cell's
 * font. Content below the anchor moves down. Column widths the template sets are kept; columns without one
 * get the table's widths.
 */
import type { Alignment, Borders, Cell, Font, Style, Worksheet } from 'exceljs';
import { cleanText, rowShape, type NumberFormat, type TableCellValue, type TableValue } from './values';

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
    .map((m) => ({ ...m }));
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

function cellValue(value: TableCellValue): string | number | null {
  return typeof value === 'string' ? cleanText(value) : value;
}

export interface WrittenTable {
  /** Last row of the header (the row to freeze under). */
  headerLastRow: number;
  /** Row after the table. */
  endRow: number;
}

/**
 * Writes the table at `anchor`. `freeze`: the only table of its sheet, so its header rows are frozen,
 * repeated on every printed page and given a filter.
 */
export function writeTable(ws: Worksheet, anchor: Cell, value: TableValue, freeze: boolean): WrittenTable {
  const top = Number(anchor.row);
  const left = Number(anchor.col);
  const { columns } = value;
  const headerRows = value.columnNumbers ? 2 : 1;
  shiftRowsDown(ws, top + 1, headerRows + value.rows.length - 1);

  const font = fontOf(anchor);
  const bold = { ...font, bold: true };
  const headerStyle = style(bold, { horizontal: 'center', vertical: 'middle', wrapText: true });
  const bodyStyles = columns.map((c) => {
    const alignment: Partial<Alignment> = { horizontal: c.align ?? 'left', vertical: 'top', wrapText: true };
    const numFmt = NUMBER_FORMATS[c.numberFormat ?? 'plain'];
    return { plain: style(font, alignment, numFmt), bold: style(bold, alignment, numFmt) };
  });
  const headingStyle = style(bold, { horizontal: 'left', vertical: 'top', wrapText: true });

  const header = ws.getRow(top);
  columns.forEach((c, j) => {
    const cell = header.getCell(left + j);
    cell.value = cleanText(c.header);
    cell.style = headerStyle;
  });
  if (value.columnNumbers) {
    const numbers = ws.getRow(top + 1);
    columns.forEach((_, j) => {
      const cell = numbers.getCell(left + j);
      cell.value = `(${j + 1})`;
      cell.style = headerStyle;
    });
  }

  let hasHeadings = false;
  value.rows.forEach((row, i) => {
    const r = ws.getRow(top + headerRows + i);
    const shape = rowShape(row);
    if ('heading' in shape) {
      hasHeadings = true;
      for (let j = 0; j < columns.length; j++) r.getCell(left + j).style = headingStyle;
      r.getCell(left).value = cleanText(shape.heading);
      if (columns.length > 1) ws.mergeCells(r.number, left, r.number, left + columns.length - 1);
      return;
    }
    for (let j = 0; j < columns.length; j++) {
      const cell = r.getCell(left + j);
      cell.value = cellValue(shape.cells[j] ?? null);
      cell.style = shape.bold ? bodyStyles[j]!.bold : bodyStyles[j]!.plain;
    }
  });

  columns.forEach((c, j) => {
    const column = ws.getColumn(left + j);
    if (column.width === undefined) column.width = c.width;
  });

  const headerLastRow = top + headerRows - 1;
  if (freeze) {
    const { zoomScale, showGridLines } = ws.views?.[0] ?? {};
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerLastRow, topLeftCell: `A${headerLastRow + 1}`, zoomScale, showGridLines }];
    ws.pageSetup.printTitlesRow = `${top}:${headerLastRow}`;
    if (headerRows === 1 && !hasHeadings) {
      ws.autoFilter = { from: { row: top, column: left }, to: { row: top, column: left + columns.length - 1 } };
    }
  }
  return { headerLastRow, endRow: top + headerRows + value.rows.length };
}
