import { AppError } from '../../../shared/errors';
import { decodeCsvBytes } from './decodeText';
import { parseCsv } from './parseCsv';
import { readXlsxCells } from './xlsxCells';

// An old register's worksheets as plain cells: `rows[r]` is Excel's row r (1-based, undefined when
// blank), `rows[r][c]` its column c (0 = A). Text, numbers, real dates (Excel date cells) or null.

export type Cell = string | number | Date | boolean | null;

export type SheetRows = Array<Cell[] | undefined>;

/** A workbook's worksheets by name (a CSV file is one worksheet, "CSV"). */
export interface SheetBook {
  sheets: string[];
  rowsOf(sheet: string): SheetRows;
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
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsxCells(content);
  if (ext === 'csv' || ext === 'txt') return readCsv(content);
  if (ext === 'xls') throw new AppError('VALIDATION', 'Tệp .xls (Excel 97–2003) chưa đọc được: mở trong Excel và lưu lại thành .xlsx rồi nhập lại.');
  throw new AppError('VALIDATION', `Chỉ nhập được sổ từ tệp Excel (.xlsx) hoặc CSV, không nhận tệp "${fileName}".`);
}
