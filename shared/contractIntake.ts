import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { ATTACHMENT_MAX_BYTES, Attachment, IncomingEntry, IncomingInput, base64Content, cleanText, requiredText } from './schemas';

// API methods of getting documents in fast (issue 10): read the fields of a received file, then
// register the entry the clerk confirmed with the file attached, in one step.

const ReceivedFile = {
  fileName: requiredText(255),
  contentBase64: base64Content(ATTACHMENT_MAX_BYTES),
};

const text = z.string().nullable();

export const ReadFieldsOut = z.object({
  issuer: text, superiorBody: text, symbol: text, documentDate: text, placeName: text, typeCode: text,
  typeName: text, abstract: text, secrecy: text, urgency: text, signerAuthority: text, signerPosition: text,
  signerName: text, recipients: z.array(z.string()), arrivalNumber: z.number().int().nullable(),
  arrivalDate: text, signedBy: text, signedAt: text,
});

/** What `vanthu read` prints and `intake.read` returns. */
export const ReceivedReadingOut = z.object({
  fields: ReadFieldsOut,
  confidence: z.record(z.string(), z.number().min(0).max(1)),
  source: z.record(z.string(), z.string()),
  ocr: z.boolean(),
  /** 0 when the file does not say (a Word file saved without its page count). */
  pages: z.number().int(),
});
export type ReceivedReadingOut = z.infer<typeof ReceivedReadingOut>;

// The entry as the clerk confirmed it (the same shape as incoming.register's input, defined here
// because contract.ts imports this file).
const ConfirmedEntry = IncomingInput.extend({ confirmJump: z.boolean().optional() });

/** The registered entry with its file; `stamped`: the copy with the arrival stamp, attached beside a PDF. */
const RegisteredWithFile = z.object({ entry: IncomingEntry, warnings: z.array(z.string()), attachment: Attachment, stamped: Attachment.nullable() });

const ReceivedId = z.object({ id: z.number({ error: 'Thiếu mã tệp nhận (id).' }).int() }).strict();

/** A file of the watched folder waiting for the clerk, with what was read from it (null until read). */
export const ProposedFile = z.object({
  id: z.number().int(), fileName: z.string(), size: z.number().int(), seenAt: z.string(), sha256: z.string(),
  read: z.boolean(), readError: z.string().nullable(),
  symbol: text, issuer: text, documentDate: text, abstract: text,
});
export type ProposedFile = z.infer<typeof ProposedFile>;

/** The watched folder (issue 10): files the Party network's client saves there are proposed, once each. */
const watchedFolderMethods = {
  /** The folder watched ('' when none) and how many files wait for the clerk. */
  'intake.folder': method(Empty, z.object({ folder: z.string(), proposed: z.number().int() })),
  /** Chooses the folder (it must exist and be readable); '' stops watching. */
  'intake.setFolder': method(z.object({ folder: cleanText(1000) }).strict(), z.object({ folder: z.string() })),
  /**
   * The watcher found a settled file (its path inside the chosen folder, subfolders joined by "/"): recorded once by its SHA-256.
   * "busy": still being written, offer it later; "skipped": never proposed (too large).
   */
  'intake.offer': method(
    z.object({ fileName: requiredText(255) }).strict(),
    z.object({ state: z.enum(['new', 'known', 'busy', 'skipped']), id: z.number().int().nullable(), reason: z.string().optional() }),
  ),
  /** The files waiting for the clerk, newest first. */
  'intake.proposed': method(
    z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict().default({ limit: 200 }),
    z.object({ folder: z.string(), total: z.number().int(), items: z.array(ProposedFile) }),
  ),
  /** A waiting file's reading (made once, then kept). */
  'intake.readProposed': method(ReceivedId, ReceivedReadingOut.extend({ id: z.number().int(), fileName: z.string() })),
  /** Registers the entry the clerk confirmed with the waiting file attached; it is not proposed again. */
  'intake.registerProposed': method(z.object({ id: z.number().int(), entry: ConfirmedEntry }).strict(), RegisteredWithFile),
  /** The clerk leaves these files out of the register; they are not proposed again. */
  'intake.dismissProposed': method(
    z.object({ ids: z.array(z.number().int()).min(1, { error: 'Chọn ít nhất một tệp.' }).max(1000) }).strict(),
    z.object({ dismissed: z.number().int() }),
  ),
};

export const intakeMethods = {
  'intake.read': method(z.object(ReceivedFile).strict(), ReceivedReadingOut),
  /** Registers the confirmed entry and attaches the file, both or neither; a PDF also gets its arrival stamp. */
  'intake.register': method(z.object({ ...ReceivedFile, entry: ConfirmedEntry }).strict(), RegisteredWithFile),
  /**
   * The entry's received PDF with the arrival stamp on its first page; with `attach` (the default) the stamped
   * file is attached beside the untouched original. Refused when the entry has no PDF.
   */
  'incoming.stamp': method(
    z.object({ id: z.number().int(), attach: z.boolean().default(true) }).strict(),
    z.object({ fileName: z.string(), pages: z.number().int(), contentBase64: z.string(), attachment: Attachment.nullable() }),
  ),
  /** The arrival stamp on a 70 × 40 mm label, for a paper document. */
  'incoming.stampLabel': method(z.object({ id: z.number().int() }).strict(), z.object({ fileName: z.string(), contentBase64: z.string() })),
  ...watchedFolderMethods,
};
