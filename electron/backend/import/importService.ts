import type { ImportMapping, ImportPreviewOut, ImportRefusal } from '../../../shared/contractImport';
import { AppError } from '../../../shared/errors';
import { reportProgress } from '../progress';
import type { Services } from '../services';
import { todayIso } from '../services/clock';
import { type CheckedRow, checkRows, previewRow } from './checkRows';
import { textLooksLikeTcvn3, TCVN3_MESSAGE } from './decodeText';
import { columnLetter, findHeadingRow } from './headerMap';
import { checkNumbering } from './numbering';
import { readSheetBook, type SheetBook } from './readSheet';

// Importing an old register (issue 10): the dry run the screen and `--dry-run` show, and the import
// itself, which registers every row in one transaction or, when a row is refused, none.

export interface ImportSource { fileName: string; content: Buffer; sheet?: string; mapping?: ImportMapping }

const PREVIEW_ROWS = 10;
/** Warnings about documents already in the register are listed up to this many, then counted. */
const MAX_DUPLICATE_WARNINGS = 200;

/** The worksheet asked for; otherwise the first with a heading row (a guide or a cover sheet often comes first). */
function pickSheet(book: SheetBook, wanted: string | undefined) {
  if (wanted !== undefined) return { sheets: book.sheets, sheet: wanted, rows: book.rowsOf(wanted) };
  for (const sheet of book.sheets) {
    const rows = book.rowsOf(sheet);
    if (findHeadingRow(rows)) return { sheets: book.sheets, sheet, rows };
  }
  return { sheets: book.sheets, sheet: book.sheets[0]!, rows: book.rowsOf(book.sheets[0]!) };
}

export function createImportService(s: Pick<Services, 'incomingStore' | 'books' | 'incoming'>) {

  /** Documents of the sheet already in the register (the same rule as the form's duplicate warning). */
  function duplicateWarnings(rows: CheckedRow[]): string[] {
    if (s.incomingStore.count() === 0) return [];
    const warnings: string[] = [];
    let more = 0;
    for (const { row, entry } of rows) {
      if (!entry.symbol) continue;
      const found = s.incoming.findDuplicates({ symbol: entry.symbol, documentDate: entry.documentDate, issuer: entry.issuer });
      if (found.warnings.length === 0) continue;
      if (warnings.length < MAX_DUPLICATE_WARNINGS) warnings.push(`Dòng ${row}: ${found.warnings[0]}`);
      else more++;
    }
    if (more) warnings.push(`… và ${more} dòng khác có văn bản đã có trong sổ.`);
    return warnings;
  }

  async function examine(source: ImportSource) {
    reportProgress(0, 1, 'Đang đọc tệp…');
    const book = await readSheetBook(source.fileName, source.content);
    const cells = pickSheet(book, source.sheet);
    const heading = findHeadingRow(cells.rows);
    if (!heading) {
      const top = cells.rows.slice(0, 40).flatMap((r) => r ?? []).filter((c): c is string => typeof c === 'string').join(' ');
      if (textLooksLikeTcvn3(top)) throw new AppError('VALIDATION', TCVN3_MESSAGE);
      throw new AppError('VALIDATION', `Không tìm thấy dòng tiêu đề cột trong trang tính "${cells.sheet}" (cần các cột như "Số đến", "Ngày đến", "Tác giả", "Tên loại và trích yếu").`);
    }
    const mapping = source.mapping ?? heading.mapping;
    for (const field of ['arrivalDate', 'issuer', 'abstract'] as const) {
      if (mapping[field] == null) {
        throw new AppError('VALIDATION', `Chưa chọn cột cho "${{ arrivalDate: 'Ngày đến', issuer: 'Tác giả', abstract: 'Tên loại và trích yếu' }[field]}": chọn cột đó trong bảng ghép cột.`);
      }
    }
    const checked = checkRows(cells.rows, heading.row, mapping, todayIso());
    const numbered = checkNumbering(s.incomingStore.numbersIn, s.books, checked.accepted);
    const refused = [...checked.refused, ...numbered.refused].sort((a, b) => a.row - b.row);
    return { cells, heading, mapping, rowCount: checked.rowCount, accepted: numbered.accepted, refused, numberWarnings: numbered.warnings };
  }

  async function preview(source: ImportSource): Promise<ImportPreviewOut> {
    const e = await examine(source);
    return {
      sheets: e.cells.sheets,
      sheet: e.cells.sheet,
      headerRow: e.heading.row,
      columns: e.heading.headings.map((header, index) => ({ index, letter: columnLetter(index), header })),
      mapping: e.mapping,
      rowCount: e.rowCount,
      preview: e.accepted.slice(0, PREVIEW_ROWS).map(previewRow),
      accepted: e.accepted.length,
      refused: e.refused,
      warnings: [...e.numberWarnings, ...duplicateWarnings(e.accepted)],
    };
  }

  /** All rows or none: with a refused row nothing is written and the refusals come back. */
  async function run(source: ImportSource): Promise<{ imported: number; refused: ImportRefusal[]; warnings: string[] }> {
    const e = await examine(source);
    const warnings = [...e.numberWarnings, ...duplicateWarnings(e.accepted)];
    if (e.refused.length) return { imported: 0, refused: e.refused, warnings };
    if (e.accepted.length === 0) throw new AppError('VALIDATION', 'Trang tính không có dòng văn bản nào dưới dòng tiêu đề cột.');
    reportProgress(e.accepted.length, e.accepted.length + 1, `Đang ghi ${e.accepted.length.toLocaleString('vi-VN')} văn bản vào sổ…`);
    const imported = s.incoming.importMany(e.accepted.map((r) => r.entry));
    return { imported, refused: [], warnings };
  }

  return { preview, run };
}
