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

async function transport(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const b = bridge();
  if (b) return b.invoke(method, input);
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với máy chủ Văn thư. Chương trình còn chạy không?' } };
  }
  return (await response.json()) as ApiResult<unknown>;
}

/** The typed client: the only way the UI talks to the backend (IPC in Electron, HTTP in a browser). */
export async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}
