import { FIELD_LABELS } from '../../../shared/schemas';
import { ApiCallError } from '../api/client';

/** The Vietnamese message of anything an API call may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.error.message;
  if (err instanceof Error) return `Lỗi không mong đợi: ${err.message}`;
  return String(err);
}

/** Field-level messages of an API error ({ arrivalNumber: 'Số đến 11646 đã được dùng.' }). */
export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiCallError ? err.error.fields ?? {} : {};
}

export const fieldLabel = (key: string): string => FIELD_LABELS[key] ?? key;
