import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { IsoDate, cleanText, requiredText } from './schemas';

// API methods of the copies (bản sao, issue 9): the office copies a register entry (sao y, sao lục,
// trích sao), numbers the copy, prints its copy page and records who received it.

const positive = (label: string) =>
  z.number({ error: `${label} phải là số.` }).int({ error: `${label} phải là số nguyên.` }).positive({ error: `${label} phải lớn hơn 0.` });

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

/** What the clerk fills to make a copy; the copying body comes from the settings. */
export const CopyInput = z.object({
  /** The register entry copied, by id or by its symbol ("43-NQ/TW"). */
  sourceId: positive('Mã văn bản được sao').optional(),
  sourceSymbol: requiredText(100).optional(),
  form: requiredText(20),
  /** A number given by hand (a copy numbered on paper); refused when already used in its series. */
  number: positive('Số bản sao').optional(),
  date: IsoDate,
  signerAuthority: cleanText(100).optional(),
  signerPosition: cleanText(200).optional(),
  signerName: cleanText(100).optional(),
  /** How many copies were made. */
  copies: positive('Số bản').optional(),
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
  kind: z.string(),
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
  isSample: z.boolean(),
  createdAt: z.string(),
});
export type Copy = z.infer<typeof Copy>;

/** The copy as it would be saved now: the next number of its series, the symbol, the printed lines. */
export const CopyPreview = Copy.omit({ id: true, deliveries: true, createdAt: true, isSample: true });

export const CopyFilter = z.object({
  sourceId: z.number().int().optional(),
  year: z.number().int().optional(),
  q: cleanText(200).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
}).strict();

export const CopyFile = z.object({ fileName: z.string(), format: z.enum(['docx', 'pdf']), contentBase64: z.string(), pages: z.number().int().nullable() });

export const copyMethods = {
  'copies.forms': method(Empty, z.array(CopyForm)),
  'copies.saveForm': method(CopyFormInput, CopyForm),
  'copies.preview': method(CopyInput, CopyPreview),
  'copies.add': method(CopyInput, Copy),
  'copies.get': method(z.object({ id: positive('Mã bản sao') }).strict(), Copy),
  'copies.list': method(CopyFilter.default({ offset: 0, limit: 100 }), z.object({ total: z.number().int(), items: z.array(Copy) })),
  /** The copy page as Word, or the PDF to send: the original's pages then the copy page. */
  'copies.page': method(
    z.object({ id: positive('Mã bản sao'), format: z.enum(['docx', 'pdf'], { error: 'Định dạng chỉ nhận: docx (Word) hoặc pdf.' }) }).strict(),
    CopyFile,
  ),
  /** Records that a body received its copy. */
  'copies.deliver': method(
    z.object({ deliveryId: positive('Mã lần gửi'), receivedDate: IsoDate, receivedBy: cleanText(200).default('') }).strict(),
    Copy,
  ),
} as const;
