import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { cleanText, IsoDate, positiveInt, requiredText } from './schemas';

// API methods of the copies (bản sao, issue 9): the office copies a register entry (sao y, sao lục,
// trích sao), numbers the copy, prints its copy page and records who received it.

/** A copy form: its code in the symbol (SY), its name (Sao y), its heading on the copy page (SAO Y), its number series. */
export const CopyForm = z.object({
  code: z.string(),
  name: z.string(),
  heading: z.string(),
  /** Forms with the same series share one numbering. */
  series: z.string(),
  sortOrder: z.number().int(),
});
export type CopyForm = z.infer<typeof CopyForm>;

export const CopyFormInput = z.object({
  code: requiredText(20).pipe(z.string().regex(/^[\p{L}\p{N}]+$/u, { error: 'Mã hình thức sao chỉ gồm chữ và số (SY, SL, TrS).' })),
  name: requiredText(100),
  heading: requiredText(100),
  series: requiredText(50).default('ban-sao'),
  sortOrder: z.number().int().optional(),
}).strict();

/**
 * A "Nơi nhận" line: typed text, or a body or saved group of the address book (its name is the line).
 * A plain string is a typed line; it is linked to the address book when it names a body or group there.
 */
export const CopyRecipientInput = z.union([
  cleanText(300).pipe(z.string().min(1, { error: 'Nơi nhận không được để trống.' })),
  z.object({
    label: requiredText(300),
    unitId: z.number().int().positive().optional(),
    groupId: z.number().int().positive().optional(),
  }).strict(),
]);

export const CopyRecipient = z.object({
  label: z.string(),
  unitId: z.number().int().nullable(),
  groupId: z.number().int().nullable(),
});
export type CopyRecipient = z.infer<typeof CopyRecipient>;

/** The register a copied document is in: a received document (the default) or one of the office's own. */
export const CopySourceKind = z.enum(['incoming', 'outgoing'], { error: 'Nguồn bản sao chỉ nhận: incoming (văn bản đến) hoặc outgoing (văn bản đi).' });
export type CopySourceKind = z.infer<typeof CopySourceKind>;

/** What the clerk fills to make a copy; the copying body comes from the settings. */
export const CopyInput = z.object({
  /** Which register sourceId and sourceSymbol name: the incoming one unless told. */
  sourceKind: CopySourceKind.default('incoming'),
  /** The register entry copied, by id or by its symbol ("43-NQ/TW"). */
  sourceId: positiveInt('Mã văn bản được sao').optional(),
  sourceSymbol: requiredText(100).optional(),
  form: requiredText(20),
  /** A number given by hand (a copy numbered on paper); refused when already used in its series. */
  number: positiveInt('Số bản sao').optional(),
  date: IsoDate,
  signerAuthority: cleanText(100).optional(),
  signerPosition: cleanText(200).optional(),
  signerName: cleanText(100).optional(),
  /** How many copies were made. */
  copies: positiveInt('Số bản').optional(),
  recipients: z.array(CopyRecipientInput).max(60, { error: 'Tối đa 60 nơi nhận.' }).default([]),
  /** Trích sao: the part copied ("Mục III, điểm 2"). */
  excerpt: cleanText(1000).default(''),
  notes: cleanText(2000).default(''),
}).strict().refine((c) => c.sourceId !== undefined || c.sourceSymbol !== undefined, {
  error: 'Cần chỉ văn bản được sao: sourceId hoặc sourceSymbol (số, ký hiệu như "43-NQ/TW").',
  path: ['sourceSymbol'],
});
export type CopyInput = z.input<typeof CopyInput>;

export const CopyDelivery = z.object({
  id: z.number().int(),
  recipient: z.string(),
  unitId: z.number().int().nullable(),
  sentDate: z.string(),
  receivedDate: z.string().nullable(),
  receivedBy: z.string(),
});

export const CopySource = z.object({
  id: z.number().int(),
  kind: CopySourceKind,
  symbol: z.string(),
  documentDate: z.string().nullable(),
  issuer: z.string(),
  typeName: z.string(),
  abstract: z.string(),
  /** The PDF to send with the copy page, when the entry has one attached. */
  pdfAttachmentId: z.number().int().nullable(),
});

export const Copy = z.object({
  id: z.number().int(),
  number: z.number().int(),
  symbol: z.string(),
  form: z.string(),
  formName: z.string(),
  heading: z.string(),
  date: z.string(),
  sourceKind: CopySourceKind,
  sourceId: z.number().int(),
  sourceSymbol: z.string(),
  source: CopySource,
  superiorBody: z.string(),
  issuingBody: z.string(),
  issuerCode: z.string(),
  placeName: z.string(),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  copies: z.number().int().nullable(),
  recipients: z.array(CopyRecipient),
  archiveLine: z.string(),
  /** The "Nơi nhận" lines as the copy page prints them, the archive line last. */
  printedRecipients: z.array(z.string()),
  excerpt: z.string(),
  notes: z.string(),
  deliveries: z.array(CopyDelivery),
  /** A mistaken copy is cancelled with a reason, never erased: it stays in the copy book and keeps its number. */
  cancelled: z.boolean(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string(),
  isSample: z.boolean(),
  createdAt: z.string(),
});
export type Copy = z.infer<typeof Copy>;

/** The copy as it would be saved now: the next number of its series, the symbol, the printed lines. */
export const CopyPreview = Copy.omit({ id: true, deliveries: true, createdAt: true, isSample: true, cancelled: true, cancelledAt: true, cancelReason: true });

export const CopyFilter = z.object({
  /** With sourceId: the register of that entry (incoming unless told). */
  sourceKind: CopySourceKind.optional(),
  sourceId: z.number().int().optional(),
  year: z.number().int().optional(),
  q: cleanText(200).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
}).strict();

/** The distribution record across copies (Phát hành bản sao): who received which copy, and when. */
export const DeliveryFilter = z.object({
  year: z.number().int().optional(),
  /** Only copies sent and not yet confirmed received. */
  pending: z.boolean().default(false),
  q: cleanText(200).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
}).strict();

export const DeliveryListItem = CopyDelivery.extend({
  copyId: z.number().int(),
  copySymbol: z.string(),
  copyDate: z.string(),
  formName: z.string(),
  sourceKind: CopySourceKind,
  sourceSymbol: z.string(),
  sourceAbstract: z.string(),
  copyCancelled: z.boolean(),
});

/** Recording or correcting one delivery: when it was sent, when and by whom it was received (null: not yet). */
export const DeliveryUpdate = z.object({
  deliveryId: positiveInt('Mã lần gửi'),
  sentDate: IsoDate.optional(),
  receivedDate: IsoDate.nullable(),
  receivedBy: cleanText(200).default(''),
}).strict();

export const CopyFile = z.object({ fileName: z.string(), format: z.enum(['docx', 'pdf']), contentBase64: z.string(), pages: z.number().int().nullable() });

export const copyMethods = {
  'copies.forms': method(Empty, z.array(CopyForm)),
  'copies.saveForm': method(CopyFormInput, CopyForm),
  'copies.preview': method(CopyInput, CopyPreview),
  'copies.add': method(CopyInput, Copy),
  'copies.get': method(z.object({ id: positiveInt('Mã bản sao') }).strict(), Copy),
  'copies.list': method(CopyFilter.default({ offset: 0, limit: 100 }), z.object({ total: z.number().int(), items: z.array(Copy) })),
  /** The copy page as Word, or the PDF to send: the original's pages then the copy page. */
  'copies.page': method(
    z.object({ id: positiveInt('Mã bản sao'), format: z.enum(['docx', 'pdf'], { error: 'Định dạng chỉ nhận: docx (Word) hoặc pdf.' }) }).strict(),
    CopyFile,
  ),
  /** Records that a body received its copy, or corrects the record (sent date, received date and by whom). */
  'copies.deliver': method(DeliveryUpdate, Copy),
  /** Who received which copy and when, across copies, newest copy first. */
  'copies.deliveries': method(DeliveryFilter.default({ pending: false, offset: 0, limit: 200 }), z.object({ total: z.number().int(), items: z.array(DeliveryListItem) })),
  /** Cancels a mistaken copy with a reason: it stays in the copy book and its number is never given again. */
  'copies.cancel': method(z.object({ id: positiveInt('Mã bản sao'), reason: requiredText(500) }).strict(), Copy),
} as const;
