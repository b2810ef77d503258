import { z } from 'zod';
import { type ApiError, type ApiResult, AppError } from '../../shared/errors';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/contract';
import { fieldLabel, type LabelArea } from '../../shared/fieldLabels';
import type { Handlers } from './handlers';
import { ReportError } from './reports/ReportError';
import { describeSqliteError } from './db/openMessages';
import type { JobProgress } from '../../shared/progress';
import { withProgress } from './progress';

// Zod's own messages (wrong type, unknown key…) in Vietnamese; our schemas carry their own.
z.config(z.locales.vi());

/** What a caller may add to a call: a listener of its progress, and a signal to cancel it (long operations only). */
export interface CallOptions {
  onProgress?(progress: JobProgress): void;
  signal?: AbortSignal;
}

export type Dispatch = (method: string, input: unknown, options?: CallOptions) => Promise<ApiResult<unknown>>;

/**
 * The single entry point of every transport: validates the input against the contract, calls the
 * handler and returns { ok, value } or { ok: false, error } with a Vietnamese message.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (method, input, options) => {
    if (!isMethodName(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `Không có chức năng "${method}".` });
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error, method.startsWith('outgoing.') ? 'outgoing' : undefined));
    try {
      const value = await withProgress(options?.onProgress, () => (handlers[method] as (i: unknown) => unknown)(parsed.data));
      // Outputs are checked too, so the contract cannot drift from what the services return.
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        return fail({ code: 'INTERNAL', message: `Lỗi nội bộ: kết quả của "${method}" không đúng hợp đồng API.`, details: checked.error.issues });
      }
      return { ok: true, value: checked.data as MethodOutput<MethodName> };
    } catch (err) {
      return fail(toApiError(err));
    }
  };
}

function fail(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}

function validationError(error: z.ZodError, area?: LabelArea): ApiError {
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => typeof p === 'string').at(-1) as string | undefined;
    // In a list (a plan's tasks, say) the message names the item: "Nội dung nhiệm vụ (mục thứ 3)".
    const index = issue.path.find((p) => typeof p === 'number');
    const item = index === undefined ? '' : ` (mục thứ ${index + 1})`;
    const label = key ? `${fieldLabel(key, area)}${item}` : undefined;
    if (key && !fields[key]) fields[key] = issue.message;
    lines.push(label ? `${label}: ${issue.message}` : issue.message);
  }
  return { code: 'VALIDATION', message: `Dữ liệu chưa hợp lệ. ${lines.join(' ')}`, fields };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return err.toApiError();
  // Template and output-file problems: the message already says what to fix, in Vietnamese.
  if (err instanceof ReportError) return { code: 'VALIDATION', message: err.message };
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('SQLITE_')) {
    const busy = err.code === 'SQLITE_BUSY';
    return {
      code: 'DATABASE',
      message: busy
        ? 'Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Vui lòng thử lại.'
        : describeSqliteError(err.code) ?? `Lỗi cơ sở dữ liệu: ${err.message}`,
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Lỗi không mong đợi: ${message}` };
}
