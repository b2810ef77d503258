import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupDirFor, backupFolderName } from '../services/backupFolder';
import { writeBackupSync } from '../services/backupWrite';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { damagedDatabase, fromTheFuture, notADatabase, readOnlyNeedsUpgrade } from './openMessages';

export type Db = Database.Database;

export interface OpenOptions {
  /** Override the migration ladder (tests use this to stop at an older schema). */
  migrations?: Migration[];
  /** Open for reading only. Without it, a write-protected file is opened for reading only. */
  readonly?: boolean;
  /** The data folder whose files a backup before a migration carries (default: the database's folder). */
  dataDir?: string;
}

/**
 * Opens (creating if needed) the database, sets the pragmas and brings the schema up to date.
 * Nothing is written before the file is known to be a database this version understands: a file
 * from a newer version, a damaged file or another kind of file is refused untouched, with a message
 * saying what to do. A write-protected file opens read-only: the register can be read and searched.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const memory = file === ':memory:';
  if (!memory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const readonly = options.readonly ?? (!memory && isWriteProtected(file));
  let db: Db;
  try {
    db = new Database(file, { readonly });
  } catch (err) {
    throw explainOpenError(file, err);
  }
  try {
    db.pragma('busy_timeout = 10000');
    const current = readSchemaVersion(db, file);
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) throw fromTheFuture(file, current, latest);
    if (readonly && current !== latest) throw readOnlyNeedsUpgrade(file);
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // 64 MB of page cache: a register of a million entries keeps its indexes in memory.
    db.pragma('cache_size = -65536');
    if (!readonly) migrate(db, file, migrations, options.dataDir);
    return db;
  } catch (err) {
    db.close();
    // A writable file in a folder or on a disk that is not (a CD, a locked share): read-only after all.
    if (!readonly && String((err as { code?: unknown })?.code).startsWith('SQLITE_READONLY')) return openDatabase(file, { ...options, readonly: true });
    throw explainOpenError(file, err);
  }
}

/** Brings an open database to the latest schema (after a restore from an older backup). */
export function migrateOpenDatabase(db: Db, file: string, dataDir?: string): void {
  migrate(db, file, MIGRATIONS, dataDir);
}

/** Reads the header and the schema, writing nothing: a non-database or damaged file fails here. */
function readSchemaVersion(db: Db, file: string): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  // Parses the schema: a damaged first page or schema fails here. Damage deeper in the file shows
  // when that part is read (the dispatcher's message then says to restore a backup).
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return version;
}

/** The office (or Windows' "Read-only" attribute) marked the file unwritable, or this user cannot write it. */
function isWriteProtected(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  if ((fs.statSync(file).mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function explainOpenError(file: string, err: unknown): unknown {
  const code = (err as { code?: unknown })?.code;
  if (code === 'SQLITE_NOTADB') return notADatabase(file);
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return damagedDatabase(file, (err as Error).message);
  return err;
}

function migrate(db: Db, file: string, migrations: Migration[], dataDir?: string): void {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw fromTheFuture(file, current, latest);
  if (current === latest) return;
  if (current > 0 && file !== ':memory:') backupBeforeMigration(db, file, dataDir);
  for (const step of migrations) {
    if (step.version <= current) continue;
    // Each step in its own transaction: a failed step leaves the database at the previous version.
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}

/** A full backup (database and files) into the backup folder before the schema changes. */
function backupBeforeMigration(db: Db, file: string, dataDir?: string): void {
  const folder = path.join(backupDirFor(db, file), backupFolderName(new Date()));
  writeBackupSync({ db, dbPath: file, dataDir: dataDir ?? path.dirname(path.resolve(file)), folder, kind: 'before-migration' });
}

export { LATEST_VERSION };
