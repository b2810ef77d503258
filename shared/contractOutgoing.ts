import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { OUTGOING_EDITABLE, OUTGOING_FIELDS, type OutgoingEditableKey } from './registers/outgoing';
import { cleanText, clearableIsoDate, IsoDate, optionalIsoDate, positiveInt, requiredText, Secrecy, Urgency } from './schemas';

// API methods of the outgoing register (sổ văn bản đi, issue 9): terms, the numbering rule, the entries with
// their numbers taken in the insert's transaction, reserved numbers (lấy số) and void ones (hủy số).

const code = (label: string) =>
  cleanText(20).pipe(z.string().regex(/^[\p{L}\p{N}]*$/u, { error: `${label} chỉ gồm chữ và số (ví dụ BC, TU, VPTU).` }));

export const Term = z.object({ id: z.number().int(), name: z.string(), from: z.string(), to: z.string().nullable() });

export const TermInput = z.object({
  from: IsoDate,
  to: IsoDate.optional(),
  name: cleanText(100).optional(),
}).strict().refine((t) => !t.to || t.from <= t.to, { error: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.', path: ['to'] });

export const NumberingRule = z.object({
  rule: z.enum(['party', 'state'], { error: 'Cách đánh số chỉ nhận: party (theo loại, cơ quan, nhiệm kỳ) hoặc state (theo năm).' }),
  secretOwnSeries: z.boolean(),
}).strict();

/** What the clerk fills for an outgoing document; "reserve": take a number now, the rest once it is signed. */
export const OutgoingInput = z.object({
  documentDate: IsoDate,
  typeCode: requiredText(20).pipe(code('Mã loại văn bản')),
  /** The type's name from the document (Quy định and Quyết định share QĐ); by default the code's name. */
  typeName: cleanText(100).optional(),
  /** The issuing body's code in the symbol (TU, BDVTU, VPTU); by default the office's own (settings). */
  issuerCode: code('Mã cơ quan ban hành').optional(),
  /** State công văn: the drafting unit's code after the issuer's ("123/UBND-VP"). */
  unitCode: code('Mã đơn vị soạn thảo').default(''),
  abstract: cleanText(2000).default(''),
  signer: cleanText(100).default(''),
  signerAuthority: cleanText(100).default(''),
  signerPosition: cleanText(200).default(''),
  recipients: z.array(cleanText(300)).max(60, { error: 'Tối đa 60 nơi nhận.' }).default([]),
  archiveHolder: cleanText(200).default(''),
  copies: positiveInt('Số lượng bản').optional(),
  forwardedDate: optionalIsoDate,
  receivedBy: cleanText(200).default(''),
  notes: cleanText(2000).default(''),
  secrecy: Secrecy.default(''),
  urgency: Urgency.default(''),
  pages: positiveInt('Số trang').optional(),
  /** The incoming document this one answers or implements, by id or by its symbol ("43-NQ/TW"). */
  answersIncomingId: positiveInt('Mã văn bản đến').optional(),
  answersSymbol: requiredText(100).optional(),
  /** A number given by hand (a document numbered on paper); refused when used in its series. */
  number: positiveInt('Số văn bản').optional(),
  reserve: z.boolean().default(false),
}).strict().refine((d) => d.reserve || d.abstract !== '', { error: 'Trích yếu không được để trống (hoặc chọn "Lấy số" để giữ số trước).', path: ['abstract'] });
export type OutgoingInput = z.input<typeof OutgoingInput>;

export const OutgoingEntry = z.object({
  id: z.number().int(),
  number: z.number().int(),
  symbol: z.string(),
  status: z.enum(['issued', 'reserved', 'void']),
  voidReason: z.string(),
  series: z.string(),
  termId: z.number().int().nullable(),
  termName: z.string(),
  documentDate: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  issuerCode: z.string(),
  unitCode: z.string(),
  abstract: z.string(),
  signer: z.string(),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  recipients: z.array(z.string()),
  archiveHolder: z.string(),
  copies: z.number().int().nullable(),
  forwardedDate: z.string().nullable(),
  receivedBy: z.string(),
  notes: z.string(),
  secrecy: z.string(),
  urgency: z.string(),
  pages: z.number().int().nullable(),
  answersIncomingId: z.number().int().nullable(),
  answersSymbol: z.string(),
  isSample: z.boolean(),
  createdAt: z.string(),
});
export type OutgoingEntry = z.infer<typeof OutgoingEntry>;

/** The number and symbol the document would take if saved now. */
export const OutgoingPreview = z.object({ number: z.number().int(), symbol: z.string(), series: z.string(), termName: z.string(), rule: z.string() });

/** Filling in a reserved number once the document is signed (the numbering fields stay). */
export const OutgoingComplete = z.object({
  id: positiveInt('Mã văn bản đi'),
  /** The signing date, when it is not the day the number was taken; it must stay in the number's series. */
  documentDate: IsoDate.optional(),
  abstract: requiredText(2000),
  typeName: cleanText(100).optional(),
  signer: cleanText(100).optional(),
  signerAuthority: cleanText(100).optional(),
  signerPosition: cleanText(200).optional(),
  recipients: z.array(cleanText(300)).max(60).optional(),
  archiveHolder: cleanText(200).optional(),
  copies: positiveInt('Số lượng bản').optional(),
  forwardedDate: optionalIsoDate,
  receivedBy: cleanText(200).optional(),
  notes: cleanText(2000).optional(),
  secrecy: Secrecy.optional(),
  urgency: Urgency.optional(),
  pages: positiveInt('Số trang').optional(),
  answersIncomingId: positiveInt('Mã văn bản đến').optional(),
  answersSymbol: requiredText(100).optional(),
}).strict();

/**
 * An edit of an issued document (outgoing.update): only the description's editable fields, checked as a new entry's
 * ("satisfies" keeps this list the editable set exactly). Cleared with "" or null: a date, copies, pages, the link.
 */
const PATCH_FIELDS = {
  typeName: requiredText(100),
  abstract: requiredText(2000),
  signer: cleanText(100),
  signerAuthority: cleanText(100),
  signerPosition: cleanText(200),
  recipients: z.array(cleanText(300)).max(60, { error: 'Tối đa 60 nơi nhận.' }),
  archiveHolder: cleanText(200),
  copies: positiveInt('Số lượng bản').nullable(),
  forwardedDate: clearableIsoDate,
  receivedBy: cleanText(200),
  notes: cleanText(2000),
  secrecy: Secrecy,
  urgency: Urgency,
  pages: positiveInt('Số trang').nullable(),
  answersIncomingId: positiveInt('Mã văn bản đến').nullable(),
} satisfies { [K in OutgoingEditableKey]: z.ZodType };

const EDITABLE = new Set<string>(OUTGOING_EDITABLE);
const FIELD_LABEL = new Map<string, string>(OUTGOING_FIELDS.map((f) => [f.key, f.label]));

/** Loose so that a key outside the editable set reaches the refusal below with its own message. */
export const OutgoingPatch = z.looseObject({ ...PATCH_FIELDS, answersSymbol: requiredText(100) }).partial();

export const OutgoingUpdate = z.object({ id: positiveInt('Mã văn bản đi'), patch: OutgoingPatch }).strict().superRefine(({ patch }, ctx) => {
  const keys = Object.keys(patch);
  if (!keys.length) ctx.addIssue({ code: 'custom', path: [], message: 'Không có gì để sửa: "patch" cần ít nhất một trường.' });
  // The numbering's fields name the document in the book and in every copy: they never change once issued.
  const fixed = keys.filter((k) => FIELD_LABEL.has(k) && !EDITABLE.has(k));
  if (fixed.length) {
    ctx.addIssue({
      code: 'custom', path: [],
      message: `Không sửa được ${fixed.map((k) => FIELD_LABEL.get(k)!.toLowerCase()).join(', ')}: số, ký hiệu, dãy số, nhiệm kỳ, loại, ` +
        'cơ quan ban hành và ngày văn bản giữ nguyên sau khi vào sổ. Văn bản vào sổ nhầm thì hủy số (kèm lý do) và vào sổ lại.',
    });
  }
  const unknown = keys.filter((k) => !FIELD_LABEL.has(k) && k !== 'answersSymbol');
  if (unknown.length) ctx.addIssue({ code: 'custom', path: [], message: `Văn bản đi không có trường ${unknown.map((k) => `"${k}"`).join(', ')}.` });
});

export const OutgoingFilter = z.object({
  q: cleanText(200).optional(),
  year: z.number().int().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(['issued', 'reserved', 'void']).optional(),
  answersIncomingId: z.number().int().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100_000).default(100),
}).strict();

export const outgoingMethods = {
  'terms.list': method(Empty, z.array(Term)),
  'terms.add': method(TermInput, Term),
  'numbering.get': method(Empty, NumberingRule),
  'numbering.set': method(NumberingRule, NumberingRule),
  'outgoing.preview': method(OutgoingInput, OutgoingPreview),
  'outgoing.add': method(OutgoingInput, OutgoingEntry),
  'outgoing.complete': method(OutgoingComplete, OutgoingEntry),
  'outgoing.update': method(OutgoingUpdate, OutgoingEntry),
  'outgoing.void': method(z.object({ id: positiveInt('Mã văn bản đi'), reason: requiredText(500) }).strict(), OutgoingEntry),
  'outgoing.get': method(z.object({ id: positiveInt('Mã văn bản đi') }).strict(), OutgoingEntry),
  'outgoing.list': method(OutgoingFilter.default({ offset: 0, limit: 100 }), z.object({ total: z.number().int(), items: z.array(OutgoingEntry) })),
} as const;
