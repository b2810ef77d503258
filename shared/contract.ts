import { z } from 'zod';
import { Empty, method } from './contractMethod';
import {
  Attachment, Book, BookInput, HistoryItem, IncomingEntry, IncomingFilter, IncomingInput, IncomingPatch,
  Settings, TypeCode, cleanText, optionalIsoDate, requiredText,
} from './schemas';
import { taskMethods } from './contractTasks';
import { reportMethods } from './contractReports';
import { ATTACHMENT_MAX_BYTES, IsoDate, base64Content } from './schemas';
import { safetyMethods } from './contractSafety';
import { copyMethods } from './contractCopies';
import { intakeMethods } from './contractIntake';
import { importMethods } from './contractImport';
import { outgoingMethods } from './contractOutgoing';

// The API contract: every method's input and output schema. Both transports (Electron IPC and
// HTTP POST /api/<method>) and the CLI go through one dispatcher that validates against this.

const Id = z.object({ id: z.number({ error: 'Thiếu mã (id).' }).int() }).strict();

export const ParsedSymbolOut = z.union([
  z.object({
    ok: z.literal(true),
    normalized: z.string(),
    value: z.object({
      number: z.number(),
      year: z.number().optional(),
      typeCode: z.string().optional(),
      typeName: z.string().optional(),
      issuerCode: z.string(),
      issuerCodes: z.array(z.string()).optional(),
      system: z.enum(['party', 'state']),
    }),
  }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

export const RegisterResult = z.object({
  entry: IncomingEntry,
  warnings: z.array(z.string()),
});

/**
 * A new entry. `confirmJump`: the caller confirms an arrivalNumber past the book's next number (the numbers
 * in between stay unused and later entries continue after it); without it such a number is refused.
 */
export const RegisterInput = IncomingInput.extend({ confirmJump: z.boolean().optional() });

/** What the form knows before saving; the same rule as the warnings returned by register. */
export const DuplicateQuery = z.object({
  symbol: cleanText(100),
  documentDate: optionalIsoDate,
  issuer: cleanText(300).default(''),
  /** The entry being edited, which is not its own duplicate. */
  excludeId: z.number().int().optional(),
}).strict();

export const ListResult = z.object({
  total: z.number().int(),
  /** True when total was capped for speed and the real count is at least total. */
  totalIsLowerBound: z.boolean(),
  items: z.array(IncomingEntry),
});

export const EntryDetail = z.object({
  entry: IncomingEntry,
  attachments: z.array(Attachment),
  history: z.array(HistoryItem),
  duplicates: z.array(IncomingEntry),
});

export const contract = {
  'app.info': method(Empty, z.object({ version: z.string(), dbPath: z.string(), mode: z.string(), today: z.string() })),

  'books.list': method(Empty, z.array(Book)),
  'books.create': method(BookInput, Book),

  'incoming.register': method(RegisterInput, RegisterResult),
  'incoming.update': method(z.object({ id: z.number().int(), patch: IncomingPatch, confirmJump: z.boolean().optional() }).strict(), RegisterResult),
  'incoming.get': method(Id, EntryDetail),
  'incoming.list': method(IncomingFilter.default({ sort: 'arrival', order: 'desc', offset: 0, limit: 100 }), ListResult),
  'incoming.nextNumber': method(z.object({ bookId: z.number().int().optional(), arrivalDate: IsoDate.optional() }).strict(),
    z.object({ bookId: z.number().int().nullable(), bookName: z.string(), arrivalNumber: z.number().int() })),
  /** Entries already registered with the same symbol, document date and issuer (read-only). */
  'incoming.findDuplicates': method(DuplicateQuery, z.object({ duplicates: z.array(IncomingEntry), warnings: z.array(z.string()) })),
  'incoming.suggest': method(
    z.object({ field: z.enum(['issuer', 'handlingUnit', 'fileCode']), prefix: cleanText(200).default(''), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.array(z.string()),
  ),

  'attachments.add': method(
    z.object({
      entryId: z.number().int(),
      fileName: requiredText(255),
      contentBase64: base64Content(ATTACHMENT_MAX_BYTES),
    }).strict(),
    Attachment,
  ),
  'attachments.read': method(Id, z.object({ attachment: Attachment, contentBase64: z.string() })),
  /**
   * Reads the text of an attached file again and keeps it: a scan's OCR (seconds a page, with progress), or the
   * text layer of a file attached before texts were kept. textSource null afterwards: no words in the file.
   */
  'attachments.readText': method(Id, Attachment),
  /** Attached files that keep no text (attached before texts were kept, scans attached by hand, files without words). */
  'attachments.withoutText': method(Empty, z.array(Attachment)),
  /** Detaches a file from its entry (a file attached by mistake); the entry is no longer found by its text. */
  'attachments.remove': method(Id, Attachment),

  /** The first entry registered under exactly this symbol (the CLI names a directive by its symbol). */
  'incoming.findBySymbol': method(z.object({ symbol: requiredText(100) }).strict(), IncomingEntry),

  'symbol.parse': method(z.object({ text: z.string().max(500, { error: 'Dài quá 500 ký tự.' }) }).strict(), ParsedSymbolOut),
  'typeCodes.list': method(Empty, z.array(TypeCode)),
  'typeCodes.save': method(
    z.object({ id: z.number().int().optional(), system: z.enum(['party', 'state']), code: requiredText(20), name: requiredText(100) }).strict(),
    TypeCode,
  ),

  'settings.get': method(Empty, Settings),
  'settings.update': method(Settings.partial().strict(), Settings),

  ...taskMethods,
  ...reportMethods,
  ...safetyMethods,
  ...copyMethods,
  ...intakeMethods,
  ...importMethods,
  ...outgoingMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
