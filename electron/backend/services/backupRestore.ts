import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import { migrateOpenDatabase, type Db } from '../db/openDatabase';
import { BACKUP_DB_NAME, backupFolderName } from './backupFolder';
import { inspectBackup } from './backupCheck';
import { DATA_FOLDERS, writeBackup } from './backupWrite';

export interface RestoreTarget {
  db: Db;
  dbPath: string;
  dataDir: string;
  /** Where the backup of the current state is written first. */
  backupDir: string;
}

/**
 * Replaces the register with a backup. The backup is checked first and refused when damaged or
 * written by a newer version; the current state is backed up; the backup's files are added; then
 * SQLite's online backup copies the database into the live file in one transaction, so a crash at
 * any moment leaves either the old register or the restored one, never a mix.
 */
export async function restoreBackup(t: RestoreTarget, from: string): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }> {
  const check = inspectBackup(path.resolve(from));
  if (!check.ok) throw new AppError('VALIDATION', `Không khôi phục từ bản sao lưu "${check.name}": ${check.problems.join(' ')} Dữ liệu hiện tại không bị thay đổi.`);
  const { ok: _ok, problems: _problems, ...restored } = check;
  const safetyBackup = await writeBackup({ ...t, folder: path.join(t.backupDir, backupFolderName(new Date())), kind: 'before-restore' });
  // Files first: once the database is the restored one, every file it names is already in place.
  // Files are named by their content, so adding never overwrites one the current register uses.
  for (const name of DATA_FOLDERS) addMissingFiles(path.join(check.path, name), path.join(t.dataDir, name));
  const source = new Database(path.join(check.path, BACKUP_DB_NAME), { readonly: true, fileMustExist: true });
  try {
    await source.backup(path.resolve(t.dbPath));
  } finally {
    source.close();
  }
  // A backup from an older version is brought up to this version's schema like any database.
  migrateOpenDatabase(t.db, t.dbPath);
  return { restored, safetyBackup };
}

function addMissingFiles(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    const target = path.join(to, rel);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(path.join(from, rel), tmp);
    fs.renameSync(tmp, target);
  }
}

/**
 * Restore when the register cannot be opened at all (damaged, not a database, or lost): the file is
 * kept aside in the backup folder, then the backup's copy replaces it by an atomic rename.
 */
export function restoreOverUnusable(t: { dbPath: string; dataDir: string; backupDir: string }, from: string): { restored: BackupInfo; keptAside: string | null } {
  const check = inspectBackup(path.resolve(from));
  if (!check.ok) throw new AppError('VALIDATION', `Không khôi phục từ bản sao lưu "${check.name}": ${check.problems.join(' ')} Dữ liệu hiện tại không bị thay đổi.`);
  const { ok: _ok, problems: _problems, ...restored } = check;
  const dbPath = path.resolve(t.dbPath);
  const keptAside = path.join(t.backupDir, `tep-hong-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  if (fs.existsSync(dbPath)) {
    fs.mkdirSync(keptAside, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(dbPath + suffix)) fs.copyFileSync(dbPath + suffix, path.join(keptAside, path.basename(dbPath) + suffix));
    }
  }
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  for (const name of DATA_FOLDERS) addMissingFiles(path.join(check.path, name), path.join(t.dataDir, name));
  const tmp = `${dbPath}.restore-${process.pid}.tmp`;
  fs.copyFileSync(path.join(check.path, BACKUP_DB_NAME), tmp);
  const fd = fs.openSync(tmp, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  // The damaged file's log must not be applied to the restored file.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  fs.renameSync(tmp, dbPath);
  return { restored, keptAside: fs.existsSync(keptAside) ? keptAside : null };
}
