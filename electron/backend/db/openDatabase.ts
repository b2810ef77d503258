import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Override the migration ladder (tests use this to stop at an older schema). */
  migrations?: Migration[];
  readonly?: boolean;
}

/** Opens (creating if needed) the database, sets the pragmas and brings the schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // 64 MB of page cache: a register of a million entries keeps its indexes in memory.
    db.pragma('cache_size = -65536');
    migrate(db, file, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function migrate(db: Db, file: string, migrations: Migration[]): void {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'DATABASE',
      `Cơ sở dữ liệu "${file}" được tạo bởi phiên bản Văn thư mới hơn (lược đồ ${current}, phiên bản này chỉ hiểu đến ${latest}). ` +
        'Hãy cập nhật Văn thư; dữ liệu không bị thay đổi.',
    );
  }
  if (current === latest) return;
  if (current > 0 && file !== ':memory:') backupBeforeMigration(db, file, current);
  for (const step of migrations) {
    if (step.version <= current) continue;
    // Each step in its own transaction: a failed step leaves the database at the previous version.
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}

/** Copies the database next to itself before changing its schema (VACUUM INTO makes a consistent copy). */
function backupBeforeMigration(db: Db, file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${version}-${stamp}.bak`;
  db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
  return target;
}

export { LATEST_VERSION };
