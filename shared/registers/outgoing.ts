import type { RegisterField, RegisterKind } from './register';

/**
 * The outgoing register (sổ đăng ký văn bản đi): the columns of NĐ 30/2020 Phụ lục IV plus what the office
 * needs to number and find its documents. The store, the book and the screen read their fields from here.
 */
const f = <K extends string, E extends boolean>(key: K, column: string, label: string, type: RegisterField['type'], searchable: boolean, editable: E) =>
  ({ key, column, label, type, searchable, editable }) as const;

export const OUTGOING_FIELDS = [
  f('number', 'number', 'Số', 'integer', false, false),
  f('symbol', 'symbol', 'Số, ký hiệu', 'text', true, false),
  f('status', 'status', 'Tình trạng', 'text', false, false),
  f('voidReason', 'void_reason', 'Lý do hủy số', 'text', false, false),
  f('series', 'series', 'Dãy số', 'text', false, false),
  f('termId', 'term_id', 'Nhiệm kỳ', 'reference', false, false),
  f('documentDate', 'document_date', 'Ngày tháng văn bản', 'date', false, false),
  f('typeCode', 'type_code', 'Mã loại', 'text', false, false),
  f('typeName', 'type_name', 'Tên loại', 'text', true, true),
  f('issuerCode', 'issuer_code', 'Mã cơ quan ban hành', 'text', false, false),
  f('unitCode', 'unit_code', 'Mã đơn vị soạn thảo (công văn hành chính)', 'text', false, false),
  f('abstract', 'abstract', 'Trích yếu', 'text', true, true),
  f('signer', 'signer', 'Người ký', 'text', true, true),
  f('signerAuthority', 'signer_authority', 'Thẩm quyền ký', 'text', false, true),
  f('signerPosition', 'signer_position', 'Chức vụ người ký', 'text', false, true),
  f('recipients', 'recipients', 'Nơi nhận', 'textList', true, true),
  f('archiveHolder', 'archive_holder', 'Đơn vị, người nhận bản lưu', 'text', false, true),
  f('copies', 'copy_count', 'Số lượng bản', 'integer', false, true),
  f('forwardedDate', 'forwarded_date', 'Ngày chuyển', 'date', false, true),
  f('receivedBy', 'received_by', 'Ký nhận', 'text', false, true),
  f('notes', 'notes', 'Ghi chú', 'text', true, true),
  f('secrecy', 'secrecy', 'Độ mật', 'text', false, true),
  f('urgency', 'urgency', 'Độ khẩn', 'text', false, true),
  f('pages', 'pages', 'Số trang', 'integer', false, true),
  f('answersIncomingId', 'answers_incoming_id', 'Trả lời, thực hiện văn bản đến', 'reference', false, true),
] as const;

export type OutgoingFieldKey = (typeof OUTGOING_FIELDS)[number]['key'];

export const OUTGOING_REGISTER: RegisterKind<OutgoingFieldKey> = {
  key: 'outgoing',
  label: 'Sổ văn bản đi',
  fields: OUTGOING_FIELDS,
  book: {
    title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
    // NĐ 30/2020, Phụ lục IV, mẫu sổ đăng ký văn bản đi: the ten columns in their order.
    columns: [
      { title: 'Số, ký hiệu văn bản', width: 14, align: 'center', fields: ['symbol'] },
      { title: 'Ngày tháng văn bản', width: 12, align: 'center', fields: ['documentDate'] },
      { title: 'Tên loại và trích yếu nội dung văn bản', width: 30, align: 'left', fields: ['typeName', 'abstract'] },
      { title: 'Người ký', width: 14, align: 'left', fields: ['signer'] },
      { title: 'Nơi nhận văn bản', width: 20, align: 'left', fields: ['recipients'] },
      { title: 'Đơn vị, người nhận bản lưu', width: 12, align: 'left', fields: ['archiveHolder'] },
      { title: 'Số lượng bản', width: 7, align: 'center', fields: ['copies'] },
      { title: 'Ngày chuyển', width: 12, align: 'center', fields: ['forwardedDate'] },
      { title: 'Ký nhận', width: 8, align: 'left', fields: ['receivedBy'] },
      { title: 'Ghi chú', width: 12, align: 'left', fields: ['notes', 'voidReason'] },
    ],
  },
};

/** The keys a clerk may change once the document is in the book (the description's `editable`). */
export type OutgoingEditableKey = Extract<(typeof OUTGOING_FIELDS)[number], { editable: true }>['key'];

/** The fields a clerk fills or edits (everything but what numbering decides). */
export const OUTGOING_EDITABLE = OUTGOING_FIELDS.filter((x): x is Extract<typeof x, { editable: true }> => x.editable).map((x) => x.key);
