/**
 * a. Sổ đăng ký văn bản đến: the book's cover (the office, year, dates, numbers, "Quyển số") and the ten
 * columns of NĐ 30/2020/NĐ-CP, Phụ lục IV. A register book is not a document sent out: no number, date line,
 * Nơi nhận or signature (those values stay available to an office's own template).
 */
import type { RegisterBookModel, RegisterBookRow } from '../../../shared/reportModels';
import { INCOMING_REGISTER } from '../../../shared/registers/incoming';
import { fillTemplate } from './fillTemplate';
import { formatDate } from './format';
import { headerValues } from './headerValues';
import type { RegisterBookPlaceholder, TemplateFormat } from './placeholders';
import { dateCell, table, type PlaceholderValue, type TableColumn, type TableRowValue, type TableValue } from './values';

/**
 * NĐ 30/2020/NĐ-CP, Phụ lục IV: the book columns of the register's description (shared/registers/incoming.ts).
 * The Word template's text is as wide as the Excel widths (landscape A4, margins 20 and 10 mm), so both print
 * alike; Word also writes the hyphens of symbols as non-breaking (docxTable).
 */
export const REGISTER_BOOK_COLUMNS: readonly TableColumn[] = INCOMING_REGISTER.book.columns.map((c) => ({ header: c.title, width: c.width, align: c.align }));

/** "Ghi chú" of a cancelled entry: why and when it was cancelled, after the entry's own notes. */
function notesOf(r: RegisterBookRow): string {
  if (!r.cancelled) return r.notes;
  return [r.notes, `Đã hủy: ${r.cancelled.reason} (ngày ${formatDate(r.cancelled.date)})`].filter(Boolean).join('; ');
}

function registerTable(rows: readonly RegisterBookRow[]): TableValue {
  const cells: TableRowValue[] = rows.map((r) => {
    const row = [
      dateCell(r.arrivalDate),
      r.arrivalNumber,
      r.issuer,
      r.symbol,
      dateCell(r.documentDate),
      r.typeAndAbstract,
      r.handlingUnit,
      dateCell(r.forwardedDate),
      r.receivedBy,
      notesOf(r),
    ];
    return r.cancelled ? { cells: row, struck: true as const } : row;
  });
  return table(REGISTER_BOOK_COLUMNS, cells, { columnNumbers: true });
}

export function registerBookValues(model: RegisterBookModel): Record<RegisterBookPlaceholder, PlaceholderValue> {
  return {
    ...headerValues(model.header),
    ten_so: model.bookName,
    nam_so: String(model.year),
    tu_ngay: formatDate(model.fromDate),
    den_ngay: formatDate(model.toDate),
    tu_so: model.firstNumber === null ? '' : String(model.firstNumber),
    den_so: model.lastNumber === null ? '' : String(model.lastNumber),
    so_van_ban: model.rows.filter((r) => !r.cancelled).length,
    quyen_so: model.volume === null ? '……' : String(model.volume).padStart(2, '0'),
    bang_so_dang_ky: registerTable(model.rows),
  };
}

/** The register book as a .docx or .xlsx, from a template of that format. */
export function renderRegisterBook(model: RegisterBookModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, registerBookValues(model));
}
