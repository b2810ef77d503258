import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { decodeCsvBytes } from './decodeText';
import { parseCsv } from './parseCsv';

// An old register's worksheets as plain cells: `rows[r]` is Excel's row r (1-based, undefined when
// blank), `rows[r][c]` its column c (0 = A). Text, numbers, real dates (Excel date cells) or null.

export type Cell = string | number | Date | boolean | null;

export type SheetRows = Array<Cell[] | undefined>;

/** A workbook's worksheets by name (a CSV file is one worksheet, "CSV"). */
export interface SheetBook {
  sheets: string[];
  rowsOf(sheet: string): SheetRows;
}

/** What ExcelJS gives for a cell, reduced to its shown value: rich text, formula results, links. */
function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return plainCell(o.result);
  if (o.text !== undefined) return plainCell(o.text);
  return null;
}

async function readXlsx(content: Buffer): Promise<SheetBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Không đọc được tệp Excel (tệp hỏng, có mật khẩu, hoặc không phải .xlsx). Tệp .xls cũ: mở trong Excel và lưu lại thành .xlsx.');
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  if (!sheets.length) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  return {
    sheets,
    rowsOf(name) {
      const worksheet = workbook.worksheets.find((w) => w.name === name);
      if (!worksheet) throw new AppError('VALIDATION', `Tệp không có trang tính "${name}". Các trang tính: ${sheets.map((s) => `"${s}"`).join(', ')}.`);
      const rows: SheetRows = [];
      // getSheetValues: one array per row (1-based columns); merged cells repeat the top-left value.
      worksheet.getSheetValues().forEach((values, r) => {
        if (!Array.isArray(values)) return;
        const row: Cell[] = [];
        for (let c = 1; c < values.length; c++) row.push(plainCell(values[c]));
        rows[r] = row;
      });
      return rows;
    },
  };
}

function readCsv(content: Buffer): SheetBook {
  const { text } = decodeCsvBytes(content);
  const rows: SheetRows = [];
  parseCsv(text).forEach((record, i) => (rows[i + 1] = record));
  return { sheets: ['CSV'], rowsOf: () => rows };
}

/** The worksheets of an .xlsx file or the CSV file's one; a Vietnamese refusal for anything else. */
export async function readSheetBook(fileName: string, content: Buffer): Promise<SheetBook> {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsx(content);
  if (ext === 'csv' || ext === 'txt') return readCsv(content);
  if (ext === 'xls') throw new AppError('VALIDATION', 'Tệp .xls (Excel 97–2003) chưa đọc được: mở trong Excel và lưu lại thành .xlsx rồi nhập lại.');
  throw new AppError('VALIDATION', `Chỉ nhập được sổ từ tệp Excel (.xlsx) hoặc CSV, không nhận tệp "${fileName}".`);
}
