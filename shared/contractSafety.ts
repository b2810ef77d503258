import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { cleanText, requiredText } from './schemas';

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

const BackupPath = z.object({ path: requiredText(1000) }).strict();

export const safetyMethods = {
  'backup.list': method(Empty, BackupList),
  /** out: the backup folder to create (the CLI's --out); by default a new folder in the backup folder. */
  'backup.create': method(z.object({ out: cleanText(1000).optional() }).strict().default({}), BackupInfo),
  'backup.inspect': method(BackupPath, BackupCheck),
  'backup.restore': method(BackupPath, z.object({ restored: BackupInfo, safetyBackup: BackupInfo })),
  /** The folder backups are written to; an empty text goes back to the default beside the database. */
  'backup.setFolder': method(z.object({ folder: cleanText(1000) }).strict(), BackupList),
} as const;
