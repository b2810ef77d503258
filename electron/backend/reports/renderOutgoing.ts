/**
 * The outgoing register as a book (Word, Excel) from its template (shared/reportKinds 'so-di'). Its columns
 * are the book columns of the register's description (shared/registers/outgoing.ts, NĐ 30 Phụ lục IV).
 */
import type { OutgoingEntry } from '../../../shared/contractOutgoing';
import type { ReportHeader } from '../../../shared/reportModels';
import { OUTGOING_REGISTER, type OutgoingFieldKey } from '../../../shared/registers/outgoing';
import { fillTemplate } from './fillTemplate';
import { formatDate } from './format';
import { headerValues } from './headerValues';
import type { OutgoingBookPlaceholder, TemplateFormat } from './placeholders';
import { dateCell, table, type PlaceholderValue, type TableCellValue, type TableColumn } from './values';

export const OUTGOING_BOOK_COLUMNS: readonly TableColumn[] = OUTGOING_REGISTER.book.columns.map((c) => ({ header: c.title, width: c.width, align: c.align }));

/** One field as the book prints it: dates as dates, lists one per line, a void number's reason named. */
function fieldText(e: OutgoingEntry, key: OutgoingFieldKey): string {
  const v = e[key as keyof OutgoingEntry];
  if (key === 'voidReason') return e.status === 'void' ? `Hủy số: ${e.voidReason}` : e.status === 'reserved' ? 'Đã lấy số' : '';
  if (Array.isArray(v)) return v.join('; ');
  return v === null || v === undefined ? '' : String(v);
}

function cell(e: OutgoingEntry, fields: readonly OutgoingFieldKey[]): TableCellValue {
  if (fields.length === 1 && (fields[0] === 'documentDate' || fields[0] === 'forwardedDate')) return dateCell(e[fields[0]] ?? null);
  if (fields.length === 1 && fields[0] === 'copies') return e.copies ?? '';
  const parts = fields.map((k) => fieldText(e, k)).filter(Boolean);
  // "Tên loại và trích yếu": the type name, then the abstract ("Báo cáo: tình hình …").
  return fields[0] === 'typeName' ? parts.join(': ') : parts.join('. ');
}

export interface OutgoingBook { header: ReportHeader; from: string; to: string; entries: OutgoingEntry[] }

export function outgoingBookValues(book: OutgoingBook): Record<OutgoingBookPlaceholder, PlaceholderValue> {
  const rows = book.entries.map((e) => OUTGOING_REGISTER.book.columns.map((c) => cell(e, c.fields)));
  return {
    ...headerValues(book.header),
    nam_so: book.from.slice(0, 4),
    tu_ngay: formatDate(book.from),
    den_ngay: formatDate(book.to),
    so_van_ban_di: book.entries.filter((e) => e.status === 'issued').length,
    bang_so_di: table(OUTGOING_BOOK_COLUMNS, rows, { columnNumbers: true }),
  };
}

export function renderOutgoingBook(book: OutgoingBook, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, outgoingBookValues(book));
}
