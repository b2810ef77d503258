/**
 * Writes a report file all at once or not at all: the bytes go to a temporary file in the same folder, which
 * is flushed to disk and then renamed over the target. On any error the temporary file is removed and a
 * ReportError says, in Vietnamese, what went wrong; the target is never left half-written.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ReportError } from './ReportError';

const REASONS: Record<string, string> = {
  ENOENT: 'thư mục không tồn tại',
  ENOTDIR: 'đường dẫn không phải là thư mục',
  EACCES: 'không có quyền ghi vào thư mục này',
  EPERM: 'không có quyền ghi, hoặc tệp đang được mở trong chương trình khác (Word, Excel)',
  EBUSY: 'tệp đang được mở trong chương trình khác (Word, Excel)',
  EISDIR: 'đã có một thư mục trùng tên',
  ENOSPC: 'ổ đĩa đã hết chỗ trống',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  ENAMETOOLONG: 'tên tệp quá dài',
  EINVAL: 'tên tệp có ký tự không hợp lệ',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ReportError('WRITE_FAILED', `Không ghi được tệp ${path}: ${reasonOf(cause)}.`, { cause });
  }
}
