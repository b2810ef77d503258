import { z } from 'zod';
import { method } from './contractMethod';
import { ATTACHMENT_MAX_BYTES, Attachment, IncomingEntry, IncomingInput, base64Content, requiredText } from './schemas';

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

export const intakeMethods = {
  'intake.read': method(z.object(ReceivedFile).strict(), ReceivedReadingOut),
  /** Registers the confirmed entry and attaches the file, both or neither. */
  'intake.register': method(
    z.object({ ...ReceivedFile, entry: ConfirmedEntry }).strict(),
    z.object({ entry: IncomingEntry, warnings: z.array(z.string()), attachment: Attachment }),
  ),
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
};
