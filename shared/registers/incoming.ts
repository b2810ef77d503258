import type { IncomingEntry, IncomingInput } from '../schemas';
import type { BookColumn, RegisterField, RegisterKind } from './register';

/**
 * The incoming register (sổ đăng ký văn bản đến): its fields once, in the entry form's tab order (the order
 * of the arrival stamp and the book). The store derives its SQL and row mapping from them, the form its
 * field lists and labels, the printed book its columns (NĐ 30/2020, Phụ lục IV).
 *
 * Not fields here: what the register computes or keeps for itself — id, the book's name, the type's name,
 * the number of attachments, isSample, createdAt, updatedAt — and the columns the store derives when it
 * writes (sort_key from date, book and number; symbol_number and issuer_code from the symbol).
 */
const f = <K extends string, S extends boolean, E extends boolean>(key: K, column: string, label: string, type: RegisterField['type'], searchable: S, editable: E) =>
  ({ key, column, label, type, searchable, editable }) as const;

export const INCOMING_FIELDS = [
  f('bookId', 'book_id', 'Sổ đăng ký', 'reference', false, true),
  f('receivedVia', 'received_via', 'Hình thức nhận', 'text', false, true),
  f('arrivalDate', 'arrival_date', 'Ngày đến', 'date', false, true),
  f('arrivalNumber', 'arrival_number', 'Số đến', 'integer', false, true),
  f('issuer', 'issuer', 'Tác giả (cơ quan ban hành)', 'text', true, true),
  f('symbol', 'symbol', 'Số, ký hiệu', 'text', true, true),
  f('documentDate', 'document_date', 'Ngày văn bản', 'date', false, true),
  f('typeCode', 'type_code', 'Loại văn bản', 'text', false, true),
  f('abstract', 'abstract', 'Trích yếu nội dung', 'text', true, true),
  f('secrecy', 'secrecy', 'Độ mật', 'text', false, true),
  f('urgency', 'urgency', 'Độ khẩn', 'text', false, true),
  f('pages', 'pages', 'Số trang', 'integer', false, true),
  f('copies', 'copies', 'Số bản', 'integer', false, true),
  f('handlingUnit', 'handling_unit', 'Đơn vị hoặc người nhận', 'text', false, true),
  f('forwardedDate', 'forwarded_date', 'Ngày chuyển', 'date', false, true),
  f('dueDate', 'due_date', 'Hạn xử lý', 'date', false, true),
  f('fileCode', 'file_code', 'Lưu hồ sơ', 'text', false, true),
  f('notes', 'notes', 'Ghi chú', 'text', true, true),
  f('receivedBy', 'received_by', 'Ký nhận', 'text', false, true),
  f('resolvedDate', 'resolved_date', 'Ngày giải quyết xong', 'date', false, true),
  f('replySymbol', 'reply_symbol', 'Số, ký hiệu văn bản trả lời', 'text', false, true),
  // Set only by cancelling (incoming.cancel): the time (UTC) and the clerk's reason.
  f('cancelledAt', 'cancelled_at', 'Thời điểm hủy', 'date', false, false),
  f('cancelReason', 'cancel_reason', 'Lý do hủy', 'text', false, false),
] as const;

type Field = (typeof INCOMING_FIELDS)[number];
export type IncomingFieldKey = Field['key'];
/** The fields the clerk types and may change after saving: exactly the fields of incoming.register. */
export type IncomingEditableKey = Extract<Field, { editable: true }>['key'];
export type IncomingSearchableKey = Extract<Field, { searchable: true }>['key'];

/** The fields the clerk types, in the form's tab order. */
export const INCOMING_EDITABLE = INCOMING_FIELDS.filter((x) => x.editable).map((x) => x.key) as IncomingEditableKey[];
/** The fields the list's free-text search looks into (the full-text index). */
export const INCOMING_SEARCHABLE = INCOMING_FIELDS.filter((x) => x.searchable).map((x) => x.key) as IncomingSearchableKey[];

/** The screen's name of a field. */
export const incomingLabel = (key: IncomingFieldKey): string => INCOMING_FIELDS.find((x) => x.key === key)!.label;

/** The fields of a type the clerk edits (the form treats empty text as '' and an empty date as null). */
export const incomingEditableOfType = (type: RegisterField['type']): IncomingEditableKey[] =>
  INCOMING_FIELDS.filter((x) => x.editable && x.type === type).map((x) => x.key) as IncomingEditableKey[];

// NĐ 30/2020, Phụ lục IV, mẫu sổ đăng ký văn bản đến: the ten columns in their order. Widths in Excel units
// (about 1.85 mm each): a date and the longest symbols of 12 pt Times New Roman ("1415-TB/UBKTTW", "1274-SY/VPTU"
// in a note) fit on one line of their column; "Ký nhận" takes a date.
const INCOMING_BOOK_COLUMNS = [
  { title: 'Ngày đến', width: 12, align: 'center', fields: ['arrivalDate'] },
  { title: 'Số đến', width: 7.5, align: 'center', fields: ['arrivalNumber'] },
  { title: 'Tác giả', width: 14, align: 'left', fields: ['issuer'] },
  { title: 'Số, ký hiệu', width: 20, align: 'center', fields: ['symbol'] },
  { title: 'Ngày tháng', width: 12, align: 'center', fields: ['documentDate'] },
  // The type's name (from its code), then the abstract.
  { title: 'Tên loại và trích yếu nội dung', width: 26, align: 'left', fields: ['typeCode', 'abstract'] },
  { title: 'Đơn vị hoặc người nhận', width: 12, align: 'left', fields: ['handlingUnit'] },
  { title: 'Ngày chuyển', width: 12, align: 'center', fields: ['forwardedDate'] },
  { title: 'Ký nhận', width: 12, align: 'left', fields: ['receivedBy'] },
  // Secrecy and urgency are marked in the notes, as clerks do by hand; a cancelled entry says why.
  { title: 'Ghi chú', width: 18, align: 'left', fields: ['secrecy', 'urgency', 'notes', 'cancelReason', 'cancelledAt'] },
] as const satisfies readonly BookColumn<IncomingFieldKey>[];

export const INCOMING_REGISTER: RegisterKind<IncomingFieldKey> = {
  key: 'incoming',
  label: 'Sổ văn bản đến',
  fields: INCOMING_FIELDS,
  book: { title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', columns: INCOMING_BOOK_COLUMNS },
};

/** The fields the printed book shows, each once, in the order of its columns. */
export type IncomingBookFieldKey = (typeof INCOMING_BOOK_COLUMNS)[number]['fields'][number];
export const INCOMING_BOOK_FIELDS: readonly IncomingBookFieldKey[] = [...new Set(INCOMING_BOOK_COLUMNS.flatMap((c): readonly IncomingBookFieldKey[] => c.fields))];

// The description and the contract (shared/schemas.ts) name the same fields: a field added to one and not
// the other fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const COMPUTED = ['id', 'bookName', 'typeName', 'attachmentCount', 'cancelled', 'isSample', 'createdAt', 'updatedAt', 'foundInFile'] as const;
export const descriptionMatchesContract: [
  Same<IncomingEditableKey, keyof IncomingInput>,
  Same<IncomingFieldKey, Exclude<keyof IncomingEntry, (typeof COMPUTED)[number]>>,
] = [true, true];
