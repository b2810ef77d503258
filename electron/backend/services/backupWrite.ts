import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { APP_VERSION } from '../version';
import { BACKUP_DB_NAME, MANIFEST_NAME, folderSize, listBackups, readManifest } from './backupFolder';
import { reportProgress } from '../progress';

/** The folders of the data folder a backup carries besides the database: both hold files named by their content. */
export const DATA_FOLDERS = ['attachments', 'templates'] as const;

export interface BackupTarget {
  db: Db;
  dbPath: string;
  dataDir: string;
  /** The backup folder to create; it must not exist. */
  folder: string;
  kind: BackupKind;
}

/**
 * Makes a backup with SQLite's online backup (the app keeps working meanwhile), then checks the copy
 * and adds the data folders. Written under a temporary name and renamed when whole: a crash leaves
 * no backup rather than half of one.
 */
export async function writeBackup(t: BackupTarget): Promise<BackupInfo> {
  const tmp = startFolder(t.folder);
  try {
    await t.db.backup(path.join(tmp, BACKUP_DB_NAME), {
      progress: ({ totalPages, remainingPages }) => {
        reportProgress(totalPages ? 1 - remainingPages / totalPages : 1, 3, 'Đang chép cơ sở dữ liệu…');
        return 100; // pages per step: better-sqlite3's own default
      },
    });
    // Counted in the same turn the copy completed: nothing of this process has written since.
    return finish(t, tmp, countRows(t.db));
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** The same backup, synchronously (VACUUM INTO): for the step before a migration, inside the opening of the database. */
export function writeBackupSync(t: BackupTarget): BackupInfo {
  const tmp = startFolder(t.folder);
  try {
    t.db.exec(`VACUUM INTO '${path.join(tmp, BACKUP_DB_NAME).replace(/'/g, "''")}'`);
    return finish(t, tmp, countRows(t.db));
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Rows per table (the full-text index and SQLite's own tables aside). */
export function countRows(db: Db): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%' ORDER BY name")
    .all();
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = db.prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

function startFolder(folder: string): string {
  const parent = path.dirname(folder);
  fs.mkdirSync(parent, { recursive: true });
  removeAbandonedTemps(parent);
  if (fs.existsSync(folder)) throw new AppError('CONFLICT', `Đã có bản sao lưu "${folder}".`);
  const tmp = path.join(parent, `.${path.basename(folder)}.tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp);
  return tmp;
}

function finish(t: BackupTarget, tmp: string, sourceCounts: Record<string, number>): BackupInfo {
  const copyFile = path.join(tmp, BACKUP_DB_NAME);
  const copy = new Database(copyFile);
  let counts: Record<string, number>;
  let schemaVersion: number;
  try {
    // A self-contained file: no -wal beside it, so it can be read from a write-protected stick.
    copy.pragma('journal_mode = DELETE');
    reportProgress(1, 3, 'Đang kiểm tra bản sao…');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('DATABASE', `Bản sao vừa ghi không toàn vẹn (${String(integrity)}); chưa có bản sao lưu nào được tạo.`);
    counts = countRows(copy);
    schemaVersion = copy.pragma('user_version', { simple: true }) as number;
  } finally {
    copy.close();
  }
  const differing = Object.keys({ ...sourceCounts, ...counts }).filter((k) => sourceCounts[k] !== counts[k]);
  if (differing.length) {
    throw new AppError('DATABASE', `Bản sao không khớp số dòng với cơ sở dữ liệu (bảng ${differing.join(', ')}); chưa có bản sao lưu nào được tạo. Vui lòng thử lại.`);
  }
  fsyncFile(copyFile);
  const previous = listBackups(path.dirname(t.folder))[0];
  reportProgress(2, 3, 'Đang chép tệp đính kèm…');
  for (const name of DATA_FOLDERS) copyTree(path.join(t.dataDir, name), path.join(tmp, name), previous && path.join(previous.path, name));
  const attachments = folderSize(path.join(tmp, 'attachments'));
  const manifest = {
    kind: t.kind,
    createdAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    schemaVersion,
    sourceDb: path.resolve(t.dbPath),
    size: folderSize(tmp).bytes,
    tables: counts,
    entries: counts.incoming ?? 0,
    attachments,
    templates: counts.report_templates ?? 0,
  };
  const manifestFile = path.join(tmp, MANIFEST_NAME);
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  fsyncFile(manifestFile);
  fs.renameSync(tmp, t.folder);
  fsyncFile(path.dirname(t.folder));
  const info = readManifest(t.folder);
  if (!info) throw new AppError('INTERNAL', `Không đọc lại được bản sao lưu "${t.folder}".`);
  return info;
}

/**
 * Copies a folder of content-named files. A file the previous backup already holds (same name, same
 * size) is hard-linked instead of copied when the disk allows it: daily backups do not repeat the files.
 */
export function copyTree(from: string, to: string, previous?: string): void {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    const target = path.join(to, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (previous && linkSame(path.join(from, rel), path.join(previous, rel), target)) continue;
    fs.copyFileSync(path.join(from, rel), target);
  }
}

function linkSame(source: string, candidate: string, target: string): boolean {
  try {
    if (fs.statSync(candidate).size !== fs.statSync(source).size) return false;
    fs.linkSync(candidate, target);
    return true;
  } catch {
    return false; // not there, or a disk without hard links (FAT on a USB stick)
  }
}

function fsyncFile(file: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Directories cannot be synced on Windows; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Temporary folders left by a backup that was killed (its process is gone). */
function removeAbandonedTemps(parent: string): void {
  for (const name of fs.readdirSync(parent)) {
    const m = /^\.vanthu-backup-.*\.tmp-(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true; // this process's other backup, still running
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
