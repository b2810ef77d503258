import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError, ApiResult } from '../../../shared/errors';
import { bridge } from './bridge';

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

async function transport(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const b = bridge();
  if (b) return b.invoke(method, input);
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken ?? ''}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với máy chủ Văn thư. Chương trình còn chạy không?' } };
  }
  return (await response.json()) as ApiResult<unknown>;
}

const succeeded = new Set<(method: MethodName) => void>();

/** Follows the calls that succeeded (a summary in the header refreshes after a change made elsewhere); returns the unsubscribe. */
export function onApiSuccess(listener: (method: MethodName) => void): () => void {
  succeeded.add(listener);
  return () => succeeded.delete(listener);
}

/** The typed client: the only way the UI talks to the backend (IPC in Electron, HTTP in a browser). */
export async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  for (const listener of succeeded) listener(method);
  return result.value as MethodOutput<M>;
}
