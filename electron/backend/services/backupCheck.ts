import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheck } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION } from '../db/migrations';
import { BACKUP_DB_NAME, readManifest } from './backupFolder';
import { countRows } from './backupWrite';

/**
 * Reads a backup as a restore would, without changing it: its manifest, the integrity of its database
 * copy, the rows per table against the manifest, the schema version against this app's, and the
 * presence of every attached file. Shown to the clerk before a restore.
 */
export function inspectBackup(folder: string): BackupCheck {
  const info = readManifest(folder);
  if (!info) {
    throw new AppError('VALIDATION',
      `"${folder}" không phải là bản sao lưu của Văn thư (thiếu hoặc hỏng tệp manifest.json). Hãy chọn thư mục "vanthu-backup-…" do Văn thư tạo.`);
  }
  const problems: string[] = [];
  const dbFile = path.join(folder, BACKUP_DB_NAME);
  if (!fs.existsSync(dbFile)) return { ...info, ok: false, problems: ['Bản sao lưu thiếu tệp cơ sở dữ liệu vanthu.db.'] };
  let copy: Database.Database | undefined;
  try {
    copy = new Database(dbFile, { readonly: true, fileMustExist: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`Cơ sở dữ liệu trong bản sao lưu bị hỏng (kiểm tra toàn vẹn: ${String(integrity)}).`);
    const version = copy.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      problems.push(`Bản sao lưu do phiên bản Văn thư mới hơn tạo (lược đồ ${version}, phiên bản này chỉ hiểu đến ${LATEST_VERSION}). Hãy cập nhật Văn thư trước khi khôi phục.`);
    }
    if (!problems.length) {
      const counts = countRows(copy);
      const differing = Object.keys({ ...counts, ...info.tables }).filter((k) => counts[k] !== info.tables[k]);
      if (differing.length) problems.push(`Số dòng không khớp với lúc sao lưu (bảng ${differing.join(', ')}).`);
      const missing = missingFiles(copy, folder);
      if (missing.length) problems.push(`Thiếu ${missing.length} tệp đính kèm hoặc mẫu trong bản sao lưu (ví dụ: ${missing[0]}).`);
    }
  } catch (err) {
    problems.push(`Không đọc được cơ sở dữ liệu trong bản sao lưu (${(err as Error).message}).`);
  } finally {
    copy?.close();
  }
  return { ...info, ok: problems.length === 0, problems };
}

function missingFiles(copy: Database.Database, folder: string): string[] {
  const stored = [
    ...copy.prepare<[], string>('SELECT stored_name FROM attachments').pluck().all().map((n) => path.join('attachments', n)),
    ...copy.prepare<[], string>('SELECT stored_name FROM report_templates').pluck().all().map((n) => path.join('templates', n)),
  ];
  return stored.filter((rel) => !fs.existsSync(path.join(folder, rel)));
}
