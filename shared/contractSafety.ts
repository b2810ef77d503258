import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { HistoryItem, IncomingEntry, IsoDate, cleanText, requiredText } from './schemas';

// "Nothing is lost" (issue 8): backups and restore, cancelled entries, the trash, the history of changes.
// Merged into the contract by shared/contract.ts.

export const BackupKind = z.enum(['manual', 'daily', 'before-migration', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

/** What a backup holds: written into its manifest.json when it is made, shown before a restore. */
export const BackupInfo = z.object({
  /** Absolute path of the backup folder. */
  path: z.string(),
  name: z.string(),
  kind: BackupKind,
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** The database the backup was made from. */
  sourceDb: z.string(),
  /** Bytes of the whole backup folder (database and files). */
  size: z.number().int(),
  /** Rows per table of the database copy. */
  tables: z.record(z.string(), z.number().int()),
  /** Register entries, tasks and the other figures a clerk recognises. */
  entries: z.number().int(),
  attachments: z.object({ count: z.number().int(), bytes: z.number().int() }),
  templates: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** The result of checking a backup before a restore. */
export const BackupCheck = BackupInfo.extend({
  ok: z.boolean(),
  /** Why it cannot be restored, in Vietnamese; empty when ok. */
  problems: z.array(z.string()),
});
export type BackupCheck = z.infer<typeof BackupCheck>;

export const BackupList = z.object({
  folder: z.string(),
  defaultFolder: z.string(),
  backups: z.array(BackupInfo),
});

/** The kinds of record whose changes are kept (services/history.ts). */
export const HistoryRecordType = z.enum(['incoming', 'task', 'unit', 'group', 'round', 'template', 'settings', 'typeCode', 'book', 'draft', 'outgoing', 'copy', 'receivedFile', 'attachment']);
export type HistoryRecordType = z.infer<typeof HistoryRecordType>;

export const RecordHistoryItem = HistoryItem.extend({
  recordType: HistoryRecordType,
  recordId: z.string(),
  /** The record as it was named at the time of the change. */
  label: z.string(),
});
export type RecordHistoryItem = z.infer<typeof RecordHistoryItem>;

export const HistoryFilter = z.object({
  q: cleanText(200).optional(),
  recordType: HistoryRecordType.optional(),
  actor: cleanText(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}).strict();
export type HistoryFilter = z.infer<typeof HistoryFilter>;

/** The kinds of record that go to the trash when deleted. */
export const TrashKind = z.enum(['task', 'round', 'unit', 'group', 'template', 'attachment']);
export type TrashKind = z.infer<typeof TrashKind>;

export const TrashItem = z.object({
  id: z.number().int(),
  kind: TrashKind,
  recordId: z.string(),
  label: z.string(),
  deletedAt: z.string(),
  deletedBy: z.string(),
});
export type TrashItem = z.infer<typeof TrashItem>;

const BackupPath = z.object({ path: requiredText(1000) }).strict();

export const safetyMethods = {
  'backup.list': method(Empty, BackupList),
  /** out: the backup folder to create (the CLI's --out); by default a new folder in the backup folder. */
  'backup.create': method(z.object({ out: cleanText(1000).optional() }).strict().default({}), BackupInfo),
  'backup.inspect': method(BackupPath, BackupCheck),
  'backup.restore': method(BackupPath, z.object({ restored: BackupInfo, safetyBackup: BackupInfo })),
  /** The folder backups are written to; an empty text goes back to the default beside the database. */
  'backup.setFolder': method(z.object({ folder: cleanText(1000) }).strict(), BackupList),

  /** A mistaken entry is cancelled with a reason: it stays in the book and its number is never reused. */
  'incoming.cancel': method(z.object({ id: z.number().int(), reason: requiredText(500) }).strict(), IncomingEntry),

  'history.search': method(HistoryFilter.default({ offset: 0, limit: 100 }), z.object({ total: z.number().int(), items: z.array(RecordHistoryItem) })),
  'history.forRecord': method(z.object({ recordType: HistoryRecordType, recordId: z.union([z.string(), z.number().int()]) }).strict(), z.array(RecordHistoryItem)),
  /** Who changes are recorded under: the clerk's name given in Cài đặt (remembered), else the system user. */
  'session.get': method(Empty, z.object({ actor: z.string(), systemUser: z.string() })),
  'session.setActor': method(z.object({ name: cleanText(100) }).strict(), z.object({ actor: z.string(), systemUser: z.string() })),

  'trash.list': method(Empty, z.array(TrashItem)),
  'trash.restore': method(z.object({ id: z.number().int() }).strict(), TrashItem),
} as const;
