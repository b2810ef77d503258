import { AppError } from '../../../shared/errors';

/** The value of a --json option that carries a record (`den add`, `sao add`, `settings set`), parsed. */
export function jsonOption(raw: string | undefined, what: string): unknown {
  if (!raw) throw new AppError('VALIDATION', `Thiếu --json '<${what}>'.`);
  try {
    return JSON.parse(raw);
  } catch {
    // JSON.parse explains in English; the clerk gets what to check instead.
    throw new AppError('VALIDATION', '--json không phải JSON hợp lệ: kiểm tra các dấu ngoặc { }, dấu phẩy và dấu nháy kép quanh tên trường và chữ.');
  }
}
