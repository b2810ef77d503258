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
      const info = await writeBackup({ db, dbPath, dataDir, folder: target, kind }).catch((err: unknown) => {
        throw explainWriteError(err, path.dirname(target));
      });
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
    dailyIfDue()?.catch((err: unknown) => {
      // Closed meanwhile (the app quit during the backup): nothing was left behind, nothing to say.
      if (db.open) process.stderr.write(`Sao lưu tự động không thành công: ${(err as Error).message}\n`);
    });
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

/** A disk error while writing a backup, said so the clerk can act (a USB stick pulled out, a full disk). */
function explainWriteError(err: unknown, dir: string): unknown {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'thư mục hoặc ổ đĩa không còn (ổ USB đã rút ra?)',
    EACCES: 'không có quyền ghi vào thư mục',
    EPERM: 'không có quyền ghi vào thư mục',
    EROFS: 'ổ đĩa chỉ cho đọc',
    ENOSPC: 'ổ đĩa đã đầy',
    ENOTDIR: 'đường dẫn không phải là thư mục',
  };
  const reason = code ? reasons[code] : undefined;
  if (!reason) return err;
  return new AppError('VALIDATION', `Không ghi được bản sao lưu vào "${dir}": ${reason}. Dữ liệu không bị ảnh hưởng; hãy cắm lại ổ đĩa hoặc chọn thư mục khác trong Cài đặt → Sao lưu.`);
}

export type BackupService = ReturnType<typeof createBackupService>;
