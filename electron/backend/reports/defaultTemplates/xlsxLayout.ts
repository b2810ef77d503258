/** Building blocks of the default Excel templates: A4 sheets in Times New Roman, titles, table anchors. */
import type { Alignment, Font, Workbook, Worksheet } from 'exceljs';
import { loadExcel } from '../loadExcel';
import { FONT } from './partyDocx';

const INCH_PER_MM = 1 / 25.4;

export async function newWorkbook(): Promise<Workbook> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Văn thư';
  return wb;
}

/** A sheet printed on A4 (margins of the Party format), fitted to the page width, numbered in the footer. */
export function addSheet(wb: Workbook, name: string, orientation: 'portrait' | 'landscape'): Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: 30 * INCH_PER_MM,
        right: 15 * INCH_PER_MM,
        top: 20 * INCH_PER_MM,
        bottom: 20 * INCH_PER_MM,
        header: 10 * INCH_PER_MM,
        footer: 10 * INCH_PER_MM,
      },
    },
    headerFooter: { oddFooter: `&C&"${FONT},Regular"&12Trang &P/&N` },
  });
  return ws;
}

interface TextOptions {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  horizontal?: Alignment['horizontal'];
  height?: number;
}

export function font(options: { bold?: boolean; italic?: boolean; size?: number } = {}): Partial<Font> {
  return { name: FONT, size: options.size ?? 12, bold: options.bold, italic: options.italic };
}

/** Text in `columns` cells of one row, merged, wrapped. */
export function textRow(ws: Worksheet, row: number, text: string, columns: [number, number], options: TextOptions = {}): void {
  const [from, to] = columns;
  const cell = ws.getRow(row).getCell(from);
  cell.value = text;
  cell.font = font(options);
  cell.alignment = { horizontal: options.horizontal ?? 'center', vertical: 'middle', wrapText: true };
  if (to > from) ws.mergeCells(row, from, row, to);
  if (options.height) ws.getRow(row).height = options.height;
}

/** The anchor cell of a table: its font is the table's font. */
export function tableAnchor(ws: Worksheet, row: number, name: string): void {
  const cell = ws.getRow(row).getCell(1);
  cell.value = `{{${name}}}`;
  cell.font = font();
}

export async function packWorkbook(wb: Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * The cover sheet of a register book (NĐ 30/2020/NĐ-CP, Phụ lục IV): the office, the book's title, its year
 * and date range, then the book's own facts (number range, Quyển số…) one line each. A cover has no page number.
 */
export function bookCoverSheet(wb: Workbook, title: string, facts: readonly string[] = []): Worksheet {
  const cover = addSheet(wb, 'Bìa sổ', 'landscape');
  cover.headerFooter = { oddFooter: '' };
  cover.columns = [{ width: 30 }, { width: 60 }, { width: 30 }];
  textRow(cover, 2, '{{co_quan_cap_tren}}', [1, 3], { size: 14 });
  textRow(cover, 3, '{{co_quan_ban_hanh}}', [1, 3], { bold: true, size: 14 });
  textRow(cover, 4, '*', [1, 3], { size: 14 });
  textRow(cover, 8, title, [1, 3], { bold: true, size: 20, height: 36 });
  const lines = ['Năm {{nam_so}}', 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}', ...facts];
  lines.forEach((text, i) => textRow(cover, 10 + i, text, [1, 3], { size: 14, height: 22 }));
  return cover;
}
