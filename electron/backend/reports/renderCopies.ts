/**
 * The copies as documents: the copy page of one copy (Word) and the copy register (Word, Excel), each from its
 * template (shared/reportKinds 'ban-sao' and 'so-sao').
 */
import type { Copy } from '../../../shared/contractCopies';
import type { ReportHeader } from '../../../shared/reportModels';
import type { CopyPageModel } from '../reportData/copyPage';
import { centeredColumn, dateColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { citeDocument, formatDate } from './format';
import { headerValues } from './headerValues';
import type { CopyBookPlaceholder, CopyPagePlaceholder, TemplateFormat } from './placeholders';
import { dateCell, paragraphs, table, type PlaceholderValue, type TableColumn } from './values';

/** The document copied, as the register cites it: "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương". */
export function citeSource(copy: Copy): string {
  return citeDocument({ typeName: copy.source.typeName || 'Văn bản', symbol: copy.source.symbol, date: copy.source.documentDate ?? '', issuer: copy.source.issuer });
}

export function copyPageValues(copy: Copy, m: CopyPageModel): Record<CopyPagePlaceholder, PlaceholderValue> {
  return {
    co_quan_cap_tren: m.superiorBody,
    co_quan_ban_hanh: m.issuingBody,
    so_ky_hieu: copy.symbol,
    hinh_thuc_sao: m.heading,
    dia_danh_ngay: m.placeAndDate,
    trich_sao: m.excerpt,
    van_ban_duoc_sao: citeSource(copy),
    so_ban: copy.copies === null ? '' : String(copy.copies),
    noi_nhan: paragraphs(m.recipients),
    tham_quyen: m.authority,
    chuc_vu: m.position,
    nguoi_ky: m.signerName,
  };
}

/** The copy page as a .docx, from a template of the 'ban-sao' kind. */
export function renderCopyPage(copy: Copy, m: CopyPageModel, template: Uint8Array): Promise<Buffer> {
  return fillTemplate('docx', template, copyPageValues(copy, m));
}

export const COPY_BOOK_COLUMNS: readonly TableColumn[] = [
  centeredColumn('Số, ký hiệu bản sao', 16),
  dateColumn('Ngày sao'),
  centeredColumn('Hình thức sao', 10),
  textColumn('Văn bản được sao (số, ký hiệu, ngày, tác giả, trích yếu)', 36),
  centeredColumn('Số bản', 7),
  textColumn('Người ký', 18),
  textColumn('Nơi nhận', 28),
  textColumn('Ghi chú', 12),
];

export interface CopyBook { header: ReportHeader; from: string; to: string; copies: Copy[] }

export function copyBookValues(book: CopyBook): Record<CopyBookPlaceholder, PlaceholderValue> {
  const rows = book.copies.map((c) => [
    c.symbol,
    dateCell(c.date),
    c.formName,
    `${citeSource(c)}${c.source.abstract ? `: ${c.source.abstract}` : ''}${c.excerpt ? ` (trích: ${c.excerpt})` : ''}`,
    c.copies ?? '',
    [c.signerAuthority, c.signerPosition, c.signerName].filter(Boolean).join(', '),
    c.recipients.map((r) => r.label.replace(/[,.;]+$/, '')).join('; '),
    // A cancelled copy stays in the book with its number, its reason in the notes.
    [c.cancelled ? `Đã hủy: ${c.cancelReason}` : '', c.notes].filter(Boolean).join('. '),
  ]);
  return {
    ...headerValues(book.header),
    nam_so: book.from.slice(0, 4),
    tu_ngay: formatDate(book.from),
    den_ngay: formatDate(book.to),
    so_ban_sao: book.copies.length,
    bang_so_sao: table(COPY_BOOK_COLUMNS, rows, { columnNumbers: true }),
  };
}

export function renderCopyBook(book: CopyBook, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, copyBookValues(book));
}
