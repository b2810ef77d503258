import { z } from 'zod';
import { SECRECY_LEVELS, URGENCY_LEVELS } from './codes';
import { FIRST_BOOK_YEAR, LAST_BOOK_YEAR, bookYearProblem, dateProblem, isValidIsoDate } from './dates';
import { normalizeText } from './text';

// Entity schemas shared by the API contract, the services and the forms.

/** Vietnamese labels of entry fields, used to name the field in validation messages. */
export const FIELD_LABELS: Record<string, string> = {
  cancelReason: 'Lý do hủy',
  bookId: 'Sổ',
  arrivalNumber: 'Số đến',
  arrivalDate: 'Ngày đến',
  receivedVia: 'Hình thức nhận',
  issuer: 'Tác giả (cơ quan ban hành)',
  symbol: 'Số, ký hiệu',
  documentDate: 'Ngày văn bản',
  typeCode: 'Loại văn bản',
  abstract: 'Trích yếu',
  secrecy: 'Độ mật',
  urgency: 'Độ khẩn',
  pages: 'Số trang',
  copies: 'Số bản',
  handlingUnit: 'Đơn vị hoặc người nhận',
  forwardedDate: 'Ngày chuyển',
  dueDate: 'Hạn xử lý',
  resolvedDate: 'Ngày giải quyết xong',
  replySymbol: 'Số, ký hiệu văn bản trả lời',
  receivedBy: 'Ký nhận',
  fileCode: 'Lưu hồ sơ',
  notes: 'Ghi chú',
  name: 'Tên',
  year: 'Năm',
  q: 'Từ khóa',
  // Task follow-up (shared/taskSchemas.ts)
  directiveId: 'Văn bản chỉ đạo',
  section: 'Mục',
  content: 'Nội dung nhiệm vụ',
  leadUnitId: 'Đơn vị chủ trì',
  leadText: 'Đơn vị chủ trì',
  coordinatingUnitIds: 'Đơn vị phối hợp',
  coordinatingText: 'Đơn vị phối hợp',
  deadlineText: 'Thời hạn',
  standing: 'Thường xuyên',
  state: 'Trạng thái',
  completedDate: 'Ngày hoàn thành',
  taskId: 'Nhiệm vụ',
  tasks: 'Nhiệm vụ',
  date: 'Ngày',
  text: 'Nội dung',
  reportEntryId: 'Văn bản báo cáo',
  entryId: 'Văn bản báo cáo',
  shortName: 'Tên viết tắt',
  code: 'Mã',
  category: 'Khối',
  unitId: 'Đơn vị',
  unitIds: 'Đơn vị',
  groupIds: 'Nhóm đơn vị',
  roundId: 'Đợt sơ kết, tổng kết',
  title: 'Tên đợt',
  kind: 'Loại',
  deadline: 'Hạn gửi báo cáo',
  today: 'Ngày hôm nay',
  ref: 'Ngày văn bản',
};

/**
 * Text as stored: NFC, PDF-broken letters fixed, outer whitespace trimmed. The cleaning rewrites the string in
 * place (overwrite) so the length is checked on the clean text within one schema: a transform piped into a
 * second schema cost twice as much, on every text field of every call (an import checks 50,000 rows).
 */
export const cleanText = (max = 4000) =>
  z.string({ error: 'Phải là chuỗi ký tự.' }).overwrite((s) => normalizeText(s)).max(max, { error: `Dài quá ${max} ký tự.` });

export const requiredText = (max = 4000) => cleanText(max).min(1, { error: 'Không được để trống.' });

/** The largest attached file (a scanned document of a few hundred pages). */
export const ATTACHMENT_MAX_BYTES = 200 * 1024 * 1024;

/**
 * A file's bytes as base64 (attachments, templates): refused when empty, larger than maxBytes, or not
 * base64 at all — Buffer.from would silently drop what is not base64 and leave an empty or damaged file.
 */
export const base64Content = (maxBytes: number) => {
  const maxMb = Math.round(maxBytes / (1024 * 1024));
  return z
    .string({ error: 'Nội dung tệp phải là chuỗi base64.' })
    .min(1, { error: 'Tệp rỗng.' })
    .max(Math.ceil(maxBytes / 3) * 4, { error: `Tệp lớn quá ${maxMb} MB.` })
    .refine(isBase64, { error: 'Nội dung tệp không phải dạng base64 (chỉ gồm chữ A–Z, a–z, số, "+", "/" và "=" ở cuối).' });
};

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
function isBase64(s: string): boolean {
  return s.length % 4 === 0 && BASE64_RE.test(s);
}

/** A yyyy-mm-dd date that exists; "2024-02-30" is named as a day that does not exist, not as a wrong form. */
export const IsoDate = z
  .string({ error: 'Ngày phải có dạng yyyy-mm-dd.' })
  .refine(isValidIsoDate, { error: (issue) => dateProblem(String(issue.input), 'iso') ?? 'Ngày không hợp lệ.' });

/** An arrival date: a real day in a year a register book can have (a typed "3024" is a mistake, not a new book). */
export const ArrivalDate = IsoDate.refine((d) => !isValidIsoDate(d) || bookYearProblem(d) === null, {
  error: (issue) => bookYearProblem(String(issue.input)) ?? 'Ngày không hợp lệ.',
});

/** An optional date: "" or null or absent all mean "none". */
export const clearableIsoDate = z.union([IsoDate, z.literal(''), z.null()]).transform((v) => (v ? v : null));
export const optionalIsoDate = clearableIsoDate.optional().transform((v) => v ?? null);

/** A whole number above 0, its messages naming the field. */
export const positiveInt = (label: string) =>
  z.number({ error: `${label} phải là số.` }).int({ error: `${label} phải là số nguyên.` }).positive({ error: `${label} phải lớn hơn 0.` });

export const Secrecy = z.enum(['', ...SECRECY_LEVELS], { error: 'Độ mật chỉ nhận: Mật, Tối mật, Tuyệt mật hoặc để trống.' });
export const Urgency = z.enum(['', ...URGENCY_LEVELS], { error: 'Độ khẩn chỉ nhận: Khẩn, Thượng khẩn, Hỏa tốc hoặc để trống.' });
export const ReceivedVia = z.enum(['network', 'paper', 'other'], { error: 'Hình thức nhận chỉ nhận: network (qua mạng), paper (bản giấy), other.' });

export const BookKind = z.enum(['network', 'paper', 'secret', 'general']);

export const Book = z.object({
  id: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  kind: BookKind,
  note: z.string(),
  entryCount: z.number().int(),
  firstNumber: z.number().int().nullable(),
  lastNumber: z.number().int().nullable(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type Book = z.infer<typeof Book>;

export const BookInput = z.object({
  name: requiredText(200),
  year: z.number().int().min(FIRST_BOOK_YEAR, { error: 'Năm không hợp lệ.' }).max(LAST_BOOK_YEAR, { error: 'Năm không hợp lệ.' }),
  kind: BookKind.default('general'),
  note: cleanText(1000).default(''),
});

/** Fields a clerk types when registering or editing an incoming document (no defaults: patches reuse them). */
const incomingFields = {
  bookId: positiveInt('Sổ'),
  arrivalNumber: positiveInt('Số đến'),
  arrivalDate: ArrivalDate,
  receivedVia: ReceivedVia,
  issuer: requiredText(300),
  symbol: cleanText(100),
  documentDate: optionalIsoDate,
  typeCode: cleanText(20),
  abstract: requiredText(4000),
  secrecy: Secrecy,
  urgency: Urgency,
  pages: positiveInt('Số trang').nullable(),
  copies: positiveInt('Số bản').nullable(),
  handlingUnit: cleanText(500),
  forwardedDate: optionalIsoDate,
  dueDate: optionalIsoDate,
  resolvedDate: optionalIsoDate,
  replySymbol: cleanText(100),
  receivedBy: cleanText(200),
  fileCode: cleanText(100),
  notes: cleanText(4000),
};

export const IncomingInput = z
  .object({
    ...incomingFields,
    bookId: incomingFields.bookId.optional(),
    arrivalNumber: incomingFields.arrivalNumber.optional(),
    receivedVia: incomingFields.receivedVia.default('network'),
    symbol: incomingFields.symbol.default(''),
    typeCode: incomingFields.typeCode.default(''),
    secrecy: incomingFields.secrecy.default(''),
    urgency: incomingFields.urgency.default(''),
    pages: incomingFields.pages.optional().transform((v) => v ?? null),
    copies: incomingFields.copies.optional().transform((v) => v ?? null),
    handlingUnit: incomingFields.handlingUnit.default(''),
    replySymbol: incomingFields.replySymbol.default(''),
    receivedBy: incomingFields.receivedBy.default(''),
    fileCode: incomingFields.fileCode.default(''),
    notes: incomingFields.notes.default(''),
  })
  .strict();
export type IncomingInput = z.input<typeof IncomingInput>;

/** A partial edit: only the fields given change. Optional dates given as "" or null are cleared. */
export const IncomingPatch = z
  .object({
    ...incomingFields,
    documentDate: clearableIsoDate,
    forwardedDate: clearableIsoDate,
    dueDate: clearableIsoDate,
    resolvedDate: clearableIsoDate,
  })
  .partial()
  .strict();

export const IncomingEntry = z.object({
  id: z.number().int(),
  bookId: z.number().int(),
  bookName: z.string(),
  arrivalNumber: z.number().int(),
  arrivalDate: z.string(),
  receivedVia: ReceivedVia,
  issuer: z.string(),
  symbol: z.string(),
  documentDate: z.string().nullable(),
  typeCode: z.string(),
  typeName: z.string(),
  abstract: z.string(),
  secrecy: Secrecy,
  urgency: Urgency,
  pages: z.number().int().nullable(),
  copies: z.number().int().nullable(),
  handlingUnit: z.string(),
  forwardedDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  resolvedDate: z.string().nullable(),
  replySymbol: z.string(),
  receivedBy: z.string(),
  fileCode: z.string(),
  notes: z.string(),
  isSample: z.boolean(),
  attachmentCount: z.number().int(),
  /** A mistaken entry is cancelled, never erased: it stays in the book (struck through) and keeps its number. */
  cancelled: z.boolean().default(false),
  cancelledAt: z.string().nullable().default(null),
  cancelReason: z.string().default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** In a search's answer only: the words typed were found with the text of the entry's files, not in its fields alone. */
  foundInFile: z.boolean().optional(),
});
export type IncomingEntry = z.infer<typeof IncomingEntry>;

export const HandlingState = z.enum(['not_forwarded', 'forwarded', 'overdue']);

export const IncomingFilter = z
  .object({
    q: cleanText(200).optional(),
    bookId: z.number().int().optional(),
    year: z.number().int().optional(),
    arrivalFrom: IsoDate.optional(),
    arrivalTo: IsoDate.optional(),
    documentFrom: IsoDate.optional(),
    documentTo: IsoDate.optional(),
    typeCode: cleanText(20).optional(),
    issuer: cleanText(300).optional(),
    handlingUnit: cleanText(500).optional(),
    secrecy: Secrecy.optional(),
    urgency: Urgency.optional(),
    state: HandlingState.optional(),
    /** "today" for the overdue state; the caller's local date (yyyy-mm-dd). */
    today: IsoDate.optional(),
    sort: z.enum(['arrival', 'documentDate', 'symbol', 'issuer', 'arrivalNumber']).default('arrival'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type IncomingFilter = z.input<typeof IncomingFilter>;

export const Attachment = z.object({
  id: z.number().int(),
  entryId: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
  /** Text kept from the file, so the entry is found by its words: 'ocr' read from a scan, 'file' its text layer; null, none. */
  textSource: z.enum(['ocr', 'file']).nullable(),
});
export type Attachment = z.infer<typeof Attachment>;

export const HistoryItem = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.enum(['create', 'update', 'attach', 'detach', 'cancel', 'delete', 'restore']),
  /** Who made the change: the clerk's name given at start, or the system user. */
  actor: z.string().default(''),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  summary: z.string(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const TypeCode = z.object({
  id: z.number().int(),
  system: z.enum(['party', 'state']),
  code: z.string(),
  name: z.string(),
});
export type TypeCode = z.infer<typeof TypeCode>;

export const Settings = z.object({
  /** Declared by the office: this machine has never been and is not connected to a network. */
  offlineMachine: z.boolean(),
  superiorBody: cleanText(200),
  issuingBody: cleanText(200),
  issuerCode: cleanText(30),
  placeName: cleanText(100),
  signerAuthority: cleanText(100),
  signerPosition: cleanText(200),
  signerName: cleanText(100),
  /** "Nơi nhận" of the review reports sent upward, one line each, in order. */
  reviewRecipients: z.array(cleanText(300)).max(30, { error: 'Tối đa 30 nơi nhận.' }),
  /** The last "Nơi nhận" line of the office's copies: its own archive copy ("Lưu Văn phòng Tỉnh ủy"). */
  archiveLine: cleanText(200),
  /** How copy numbers run: from 01 each calendar year (NĐ 30, the default) or on without restarting. */
  copyNumbering: z.enum(['year', 'continuous'], { error: 'Cách đánh số bản sao chỉ nhận: year (theo năm) hoặc continuous (liên tục).' }),
});
export type Settings = z.infer<typeof Settings>;
