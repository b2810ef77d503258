import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { defaultBackupDir, listBackups } from '../services/backupFolder';

// What the clerk reads when the database file cannot be used as it is: what happened, and what to do.

/** Names the newest backup beside the database, with the command that restores it. */
export function lastBackupAdvice(file: string, chosenDir = ''): string {
  const dirs = [...new Set([chosenDir, defaultBackupDir(file)].filter(Boolean))];
  const newest = dirs.flatMap(listBackups).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!newest) {
    return `Chưa thấy bản sao lưu nào trong "${dirs.join('" hoặc "')}"; nếu có bản sao lưu ở nơi khác (ổ USB, ổ đĩa khác), hãy khôi phục từ đó: vanthu restore --db "${file}" --from <thư mục bản sao lưu>.`;
  }
  return `Bản sao lưu gần nhất: "${newest.path}" (lúc ${formatTime(newest.createdAt)}, ${newest.entries} văn bản đến). ` +
    `Khôi phục bằng lệnh: vanthu restore --db "${file}" --from "${newest.path}".`;
}

/** Marks the errors after which `vanthu restore` may replace the file without opening it. */
export const UNUSABLE_FILE = { unusableFile: true } as const;

export function notADatabase(file: string): AppError {
  return new AppError('DATABASE',
    `Tệp "${path.basename(file)}" (${file}) không phải là cơ sở dữ liệu Văn thư, hoặc phần đầu tệp đã bị hỏng. ` +
    `Hãy kiểm tra lại đường dẫn tệp; nếu đúng là sổ của cơ quan, hãy khôi phục bản sao lưu. ${lastBackupAdvice(file)}`, undefined, UNUSABLE_FILE);
}

export function damagedDatabase(file: string, detail: string): AppError {
  return new AppError('DATABASE',
    `Cơ sở dữ liệu "${file}" bị hỏng (${detail}); Văn thư không ghi gì vào tệp này. ` +
    `Hãy khôi phục bản sao lưu. ${lastBackupAdvice(file)}`, undefined, UNUSABLE_FILE);
}

export function fromTheFuture(file: string, current: number, latest: number): AppError {
  return new AppError('DATABASE',
    `Cơ sở dữ liệu "${file}" được tạo bởi phiên bản Văn thư mới hơn (lược đồ ${current}, phiên bản này chỉ hiểu đến ${latest}). ` +
    'Hãy cập nhật Văn thư; dữ liệu không bị thay đổi.');
}

export function readOnlyNeedsUpgrade(file: string): AppError {
  return new AppError('DATABASE',
    `Tệp "${file}" chỉ cho phép đọc và thuộc phiên bản Văn thư cũ hơn: cần ghi được vào tệp để nâng cấp. ` +
    'Hãy bỏ thuộc tính chỉ đọc của tệp (hoặc chép tệp sang ổ đĩa ghi được) rồi mở lại.');
}

/** Said when a write reaches a register opened read-only. */
export const READ_ONLY_MESSAGE =
  'Sổ đang mở ở chế độ chỉ đọc (tệp cơ sở dữ liệu không cho ghi): vẫn xem và tìm kiếm được, nhưng không ghi được thay đổi. ' +
  'Muốn ghi, hãy bỏ thuộc tính chỉ đọc của tệp (hoặc chép tệp sang ổ đĩa ghi được) rồi mở lại Văn thư.';

const DAMAGED_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** A Vietnamese message for SQLite errors the clerk can act on; undefined for the others. */
export function describeSqliteError(code: string): string | undefined {
  if (code.startsWith('SQLITE_READONLY')) return READ_ONLY_MESSAGE;
  if (DAMAGED_CODES.has(code) || code.startsWith('SQLITE_CORRUPT')) {
    return 'Cơ sở dữ liệu bị hỏng ở phần đang đọc. Hãy đóng Văn thư và khôi phục bản sao lưu gần nhất ' +
      '(lệnh vanthu restore, hoặc Cài đặt → Sao lưu); các bản sao lưu nằm trong thư mục "backups" cạnh tệp dữ liệu nếu cơ quan không chọn nơi khác.';
  }
  return undefined;
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
