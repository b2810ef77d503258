/**
 * The Excel template engine (ExcelJS). A template is an ordinary .xlsx whose cells hold `{{name}}`
 * placeholders, with the syntax and values of the Word templates:
 *
 * - a text placeholder can sit among other text in a cell ("Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}"); a
 *   cell holding nothing but a placeholder whose value is a number gets the number itself;
 * - a table placeholder (`{{bang_so_dang_ky}}`) must be alone in its cell: that cell is the table's anchor,
 *   where the header row goes (see xlsxTable). A sheet whose only table it is gets its header rows frozen,
 *   repeated on printed pages, and a filter;
 * - paragraphs become the lines of their cell.
 *
 * Appendices are simply more sheets of the template, each with its anchor. The template's page setup,
 * column widths, fonts and merged cells are kept; a rich-text cell holding a placeholder becomes plain text
 * in the cell's own font. The rows of tables are written as XML after ExcelJS has written the rest (see
 * xlsxRows): ExcelJS alone takes about 1.5 s for a 20,000-row register book.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { loadExcel } from './loadExcel';
import { ReportError } from './ReportError';
import { scanPlaceholders, type PlaceholderOccurrence } from './placeholderSyntax';
import type { PlaceholderSpec } from './placeholders';
import { compareWithSpecs, describeProblems, type TemplateCheck } from './templateCheck';
import { spliceTableRows, type PendingRows } from './xlsxRows';
import { writeTable } from './xlsxTable';
import { cleanText, isParagraphsValue, isTableValue, textOf, type PlaceholderValue, type PlaceholderValues } from './values';

interface CellPlaceholders {
  ws: Worksheet;
  cell: Cell;
  text: string;
  occurrences: PlaceholderOccurrence[];
}

interface WorkbookScan {
  cells: CellPlaceholders[];
  problems: string[];
}

async function openXlsx(template: Uint8Array): Promise<Workbook> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(template as unknown as ArrayBuffer);
  } catch (cause) {
    throw new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu không phải là tệp Excel (.xlsx) hợp lệ: không mở được nội dung tệp.', { cause });
  }
  if (wb.worksheets.length === 0) {
    throw new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu Excel không có trang tính nào.');
  }
  return wb;
}

/** The text of a cell that can hold placeholders: a string or rich text; '' for anything else. */
function cellText(cell: Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

function scanWorkbook(wb: Workbook): WorkbookScan {
  const cells: CellPlaceholders[] = [];
  const problems: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return; // a merged cell's text belongs to its master
        const text = cellText(cell);
        if (!text.includes('{') && !text.includes('}')) return;
        const scan = scanPlaceholders(text);
        problems.push(...scan.problems.map((p) => `Trang "${ws.name}", ô ${cell.address}: ${p}`));
        if (scan.occurrences.length > 0) cells.push({ ws, cell, text, occurrences: scan.occurrences });
      });
    });
  }
  return { cells, problems };
}

const isAlone = (c: CellPlaceholders): boolean =>
  c.occurrences.length === 1 && c.text.trim() === c.text.slice(c.occurrences[0]!.start, c.occurrences[0]!.end).trim();

const unique = (names: Iterable<string>): string[] => [...new Set(names)];

function misplacedTable(c: CellPlaceholders, name: string): string {
  return `Trang "${c.ws.name}", ô ${c.cell.address}: chỗ điền bảng {{${name}}} phải nằm riêng một ô, không có chữ nào khác.`;
}

/** The placeholders of an Excel template, in order of first appearance. */
export async function listXlsxPlaceholders(template: Uint8Array): Promise<string[]> {
  const scan = scanWorkbook(await openXlsx(template));
  return unique(scan.cells.flatMap((c) => c.occurrences.map((o) => o.name)));
}

/** Compares an Excel template with what a report expects. Throws a ReportError only for a file that is not a .xlsx. */
export async function checkXlsxTemplate(template: Uint8Array, expected: readonly PlaceholderSpec[]): Promise<TemplateCheck> {
  const scan = scanWorkbook(await openXlsx(template));
  const tables = new Set(expected.filter((s) => s.kind === 'table').map((s) => s.name));
  const misplaced = scan.cells.flatMap((c) =>
    isAlone(c) ? [] : c.occurrences.filter((o) => tables.has(o.name)).map((o) => misplacedTable(c, o.name)),
  );
  const placeholders = unique(scan.cells.flatMap((c) => c.occurrences.map((o) => o.name)));
  return compareWithSpecs(placeholders, [...scan.problems, ...misplaced], expected);
}

function inlineText(value: PlaceholderValue | undefined): string {
  if (value === undefined || isTableValue(value)) return '';
  if (isParagraphsValue(value)) return value.paragraphs.map(cleanText).join('\n');
  return textOf(value);
}

/** Replaces the text placeholders of one cell. */
function fillCell(c: CellPlaceholders, values: PlaceholderValues): void {
  const only = isAlone(c) ? values[c.occurrences[0]!.name] : undefined;
  if (typeof only === 'number') {
    c.cell.value = only;
    if (!c.cell.numFmt) c.cell.numFmt = '#,##0';
    return;
  }
  let text = '';
  let at = 0;
  let multiline = false;
  for (const o of c.occurrences) {
    const value = values[o.name];
    multiline ||= isParagraphsValue(value);
    text += c.text.slice(at, o.start) + inlineText(value);
    at = o.end;
  }
  text += c.text.slice(at);
  c.cell.value = text;
  if (multiline || text.includes('\n')) c.cell.alignment = { ...(c.cell.alignment ?? {}), wrapText: true };
}

/**
 * Fills an Excel template. Every placeholder is filled: one without a value is left blank. Throws a
 * ReportError, and writes nothing, when the template is not a .xlsx, a placeholder is malformed, or a table
 * placeholder shares its cell with other text.
 */
/** A value that prints nothing: no text, no paragraphs, a table without rows or columns. */
function isNothing(value: PlaceholderValue | undefined): boolean {
  if (value === undefined) return true;
  if (isTableValue(value)) return value.rows.length === 0 && value.columns.length === 0;
  if (isParagraphsValue(value)) return value.paragraphs.every((p) => cleanText(p) === '');
  return textOf(value).trim() === '';
}

/** Every cell of the sheet holding anything is a placeholder cell, and each of its placeholders prints nothing. */
function fillsToNothing(ws: Worksheet, cells: readonly CellPlaceholders[], values: PlaceholderValues): boolean {
  const own = cells.filter((c) => c.ws === ws);
  if (own.length === 0) return false;
  let onlyPlaceholders = true;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.isMerged && cell.master !== cell) return;
    if (cellText(cell).trim() !== '' && !own.some((c) => c.cell === cell)) onlyPlaceholders = false;
  }));
  return onlyPlaceholders && own.every((c) => c.text.trim() === c.occurrences.map((o) => c.text.slice(o.start, o.end)).join('').trim()
    && c.occurrences.every((o) => isNothing(values[o.name])));
}

export async function fillXlsx(template: Uint8Array, values: PlaceholderValues): Promise<Buffer> {
  const wb = await openXlsx(template);
  const scan = scanWorkbook(wb);
  const problems = [...scan.problems];
  const anchors: CellPlaceholders[] = [];
  for (const c of scan.cells) {
    const tableNames = c.occurrences.filter((o) => isTableValue(values[o.name])).map((o) => o.name);
    if (tableNames.length === 0) continue;
    if (isAlone(c)) anchors.push(c);
    else problems.push(...tableNames.map((name) => misplacedTable(c, name)));
  }
  if (problems.length > 0) throw new ReportError('TEMPLATE_BROKEN', describeProblems('Tệp mẫu Excel có chỗ điền viết sai, cần sửa trong Excel:', problems));

  // A sheet made only of places that fill to nothing (the internal appendix when it is not asked for)
  // is left out of the workbook rather than sent as an empty page.
  const dropped = new Set(wb.worksheets.filter((ws) => fillsToNothing(ws, scan.cells, values)));
  for (const ws of dropped) wb.removeWorksheet(ws.id);
  const kept = (c: CellPlaceholders) => !dropped.has(c.ws);

  for (const c of scan.cells) if (kept(c) && !anchors.includes(c)) fillCell(c, values);

  // Bottom-up, so that a table moving the rows below it never moves an anchor still to fill.
  anchors.splice(0, anchors.length, ...anchors.filter(kept));
  anchors.sort((a, b) => Number(b.cell.row) - Number(a.cell.row) || Number(b.cell.col) - Number(a.cell.col));
  const pending = new Map<number, PendingRows>();
  anchors.forEach((c, id) => {
    const alone = anchors.filter((a) => a.ws === c.ws).length === 1;
    const value = values[c.occurrences[0]!.name];
    if (isTableValue(value)) pending.set(id, writeTable(c.ws, c.cell, value, id, alone));
  });
  const written = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return pending.size === 0 ? written : spliceTableRows(written, pending);
}
