import fs from 'node:fs';
import path from 'node:path';
import { BackupInfo } from '../../../shared/contractSafety';
import type { Db } from '../db/openDatabase';

// Where backups live and how they are found: each backup is a folder "vanthu-backup-<time>" holding
// the database copy, the attached files and manifest.json. A folder is written under a temporary name
// and renamed when complete, so a folder with this name is always whole.

export const BACKUP_PREFIX = 'vanthu-backup-';
export const BACKUP_DB_NAME = 'vanthu.db';
export const MANIFEST_NAME = 'manifest.json';
/** The settings row holding the folder the office chose (Cài đặt → Sao lưu). */
export const BACKUP_DIR_SETTING = 'backupDir';

export function defaultBackupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** The folder chosen in Cài đặt, or the default beside the database. Read with plain SQL: migrations use it too. */
export function backupDirFor(db: Db, dbPath: string): string {
  return chosenBackupDir(db) || defaultBackupDir(dbPath);
}

export function chosenBackupDir(db: Db): string {
  try {
    const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(BACKUP_DIR_SETTING);
    const value = row ? JSON.parse(row.value) : '';
    return typeof value === 'string' ? value : '';
  } catch {
    return ''; // no settings table yet (a database being created)
  }
}

/** The backups in a folder, newest first; folders without a readable manifest are skipped. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (!name.startsWith(BACKUP_PREFIX)) continue;
    const info = readManifest(path.join(dir, name));
    if (info) found.push(info);
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The manifest of a backup folder, with its path as it is now (the folder may have been moved). */
export function readManifest(folder: string): BackupInfo | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8'));
    const parsed = BackupInfo.safeParse({ ...raw, path: path.resolve(folder), name: path.basename(folder) });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "vanthu-backup-2026-12-01T20-54-40-123Z": sortable, valid on Windows. */
export function backupFolderName(at: Date): string {
  return BACKUP_PREFIX + at.toISOString().replace(/[:.]/g, '-');
}

/** Files and bytes under a folder, recursively. */
export function folderSize(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { count, bytes };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    count++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}
