/** a. Sổ đăng ký văn bản đến: the book's cover facts and the ten columns of NĐ 30/2020/NĐ-CP, Phụ lục IV. */
import type { RegisterBookModel, RegisterBookRow } from '../../../shared/reportModels';
import { centeredColumn, dateColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { formatDate } from './format';
import { headerValues } from './headerValues';
import type { RegisterBookPlaceholder, TemplateFormat } from './placeholders';
import { table, type PlaceholderValue, type TableColumn, type TableValue } from './values';

/** NĐ 30/2020/NĐ-CP, Phụ lục IV; on landscape A4 the widths give dates 22 mm and the abstract 56 mm. */
export const REGISTER_BOOK_COLUMNS: readonly TableColumn[] = [
  dateColumn('Ngày đến'),
  centeredColumn('Số đến', 7.5),
  textColumn('Tác giả', 16),
  centeredColumn('Số, ký hiệu', 14),
  dateColumn('Ngày tháng'),
  textColumn('Tên loại và trích yếu nội dung', 30),
  textColumn('Đơn vị hoặc người nhận', 15),
  dateColumn('Ngày chuyển'),
  textColumn('Ký nhận', 8.5),
  textColumn('Ghi chú', 8.5),
];

function registerTable(rows: readonly RegisterBookRow[]): TableValue {
  const cells = rows.map((r) => [
    formatDate(r.arrivalDate),
    r.arrivalNumber,
    r.issuer,
    r.symbol,
    formatDate(r.documentDate),
    r.typeAndAbstract,
    r.handlingUnit,
    formatDate(r.forwardedDate),
    r.receivedBy,
    r.notes,
  ]);
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
    so_van_ban: model.rows.length,
    bang_so_dang_ky: registerTable(model.rows),
  };
}

/** The register book as a .docx or .xlsx, from a template of that format. */
export function renderRegisterBook(model: RegisterBookModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, registerBookValues(model));
}
