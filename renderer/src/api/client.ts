import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError, ApiResult } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/progress';
import { bridge, type VanthuBridge } from './bridge';
import { readLines } from './readLines';

/** An API call that came back with { ok: false }: carries the Vietnamese message and field errors. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'vanthu.accessToken';

/**
 * Browser mode's per-start secret. The address printed at start carries it (?token=…): it is read
 * once, kept for this tab in sessionStorage (it survives a reload) and removed from the address bar,
 * so it is not left in the history or shown over the clerk's shoulder.
 */
function takeAccessToken(): string | null {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const accessToken = bridge() ? null : takeAccessToken();

/**
 * For the long operations (reports, template checks, backups, reading a received file: LONG_METHODS in
 * electron/backend/host/protocol.ts): a listener of their progress, and a signal whose abort cancels them ("Hủy").
 */
export interface CallOptions {
  onProgress?(progress: JobProgress): void;
  signal?: AbortSignal;
}

const CANCELLED: ApiResult<never> = { ok: false, error: { code: 'CANCELLED', message: 'Đã hủy theo yêu cầu.' } };
const UNREACHABLE: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với máy chủ Văn thư. Chương trình còn chạy không?' } };

async function transport(method: string, input: unknown, options: CallOptions): Promise<ApiResult<unknown>> {
  const b = bridge();
  if (b) return invokeBridge(b, method, input, options);
  const streamed = options.onProgress !== undefined;
  try {
    const response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${accessToken ?? ''}`,
        // Progress comes as JSON lines before the result (electron/backend/http/server.ts).
        ...(streamed ? { 'X-Vanthu-Progress': '1' } : {}),
      },
      body: JSON.stringify(input ?? {}),
      signal: options.signal,
    });
    const lines = response.headers.get('Content-Type')?.startsWith('application/x-ndjson');
    if (!lines || !response.body) return (await response.json()) as ApiResult<unknown>;
    return (await readLines(response.body, options.onProgress)) ?? UNREACHABLE;
  } catch {
    return options.signal?.aborted ? CANCELLED : UNREACHABLE;
  }
}

/** Electron: a long call carries an id, by which main sends its progress and cancels it. */
async function invokeBridge(b: VanthuBridge, method: string, input: unknown, options: CallOptions): Promise<ApiResult<unknown>> {
  if (!options.onProgress && !options.signal) return b.invoke(method, input);
  if (options.signal?.aborted) return CANCELLED;
  const callId = crypto.randomUUID();
  const stopListening = b.onProgress?.((id, progress) => {
    if (id === callId) options.onProgress?.(progress);
  });
  const cancel = () => void b.cancel?.(callId);
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await b.invoke(method, input, callId);
  } finally {
    stopListening?.();
    options.signal?.removeEventListener('abort', cancel);
  }
}

const succeeded = new Set<(method: MethodName) => void>();

/** Follows the calls that succeeded (a summary in the header refreshes after a change made elsewhere); returns the unsubscribe. */
export function onApiSuccess(listener: (method: MethodName) => void): () => void {
  succeeded.add(listener);
  return () => succeeded.delete(listener);
}

/** The typed client: the only way the UI talks to the backend (IPC in Electron, HTTP in a browser). */
export async function api<M extends MethodName>(method: M, input: MethodInput<M>, options: CallOptions = {}): Promise<MethodOutput<M>> {
  const result = await transport(method, input, options);
  if (!result.ok) throw new ApiCallError(result.error);
  for (const listener of succeeded) listener(method);
  return result.value as MethodOutput<M>;
}
