import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { BACKUP_DIR_SETTING, backupFolderName, chosenBackupDir, defaultBackupDir, listBackups } from './backupFolder';
import { inspectBackup } from './backupCheck';
import { restoreBackup } from './backupRestore';
import { backupsToDelete } from './backupRotation';
import { writeBackup } from './backupWrite';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Backups of the register (database and files) in the folder the office chose: made on demand, once a
 * day while the app is used, before every restore (and, in db/openDatabase, before every migration);
 * automatic ones kept by rotation. One backup or restore at a time.
 */
export function createBackupService(db: Db, dataDir: string) {
  const dbPath = path.resolve(db.name);
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const folder = () => chosenBackupDir(db) || defaultBackupDir(dbPath);
  const list = () => ({ folder: folder(), defaultFolder: defaultBackupDir(dbPath), backups: listBackups(folder()) });

  function create(kind: BackupKind = 'manual', out?: string): Promise<BackupInfo> {
    return oneAtATime(async () => {
      const target = out ? path.resolve(out) : path.join(folder(), backupFolderName(new Date()));
      const info = await writeBackup({ db, dbPath, dataDir, folder: target, kind });
      rotate();
      return info;
    });
  }

  function restore(from: string) {
    return oneAtATime(async () => {
      const result = await restoreBackup({ db, dbPath, dataDir, backupDir: folder() }, from);
      rotate();
      return result;
    });
  }

  /** Started with the app: a backup when the newest in the folder is older than a day. */
  function dailyIfDue(now = Date.now()): Promise<BackupInfo> | null {
    const newest = listBackups(folder())[0];
    if (newest && now - Date.parse(newest.createdAt) < DAY_MS) return null;
    return create('daily');
  }

  /** The daily backup, in the background; a failure is written to the log, the app goes on. */
  function startDaily(): void {
    if (db.readonly) return;
    dailyIfDue()?.catch((err: unknown) => process.stderr.write(`Sao lưu tự động không thành công: ${(err as Error).message}\n`));
  }

  function rotate(): void {
    for (const old of backupsToDelete(listBackups(folder()))) fs.rmSync(old.path, { recursive: true, force: true });
  }

  function setFolder(chosen: string) {
    const value = chosen.trim();
    if (value) {
      if (!path.isAbsolute(value)) throw new AppError('VALIDATION', 'Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu hoặc /media/usb/saoluu).', { folder: 'Cần đường dẫn đầy đủ.' });
      try {
        fs.mkdirSync(value, { recursive: true });
        fs.accessSync(value, fs.constants.W_OK);
      } catch {
        throw new AppError('VALIDATION', `Không tạo hoặc không ghi được vào thư mục "${value}". Hãy chọn thư mục khác (ổ đĩa thứ hai, ổ USB).`, { folder: 'Không ghi được.' });
      }
    }
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(BACKUP_DIR_SETTING, JSON.stringify(value));
    return list();
  }

  return { folder, list, create, inspect: inspectBackup, restore, dailyIfDue, startDaily, setFolder };
}

export type BackupService = ReturnType<typeof createBackupService>;
