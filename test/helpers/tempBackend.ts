import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from '../../electron/backend/http/server';

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(prefix = 'vanthu-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A backend on a real SQLite file in a temp folder, closed after the test. */
export function tempBackend(): Backend {
  const dir = tempDir();
  const backend = createBackend({ dbPath: path.join(dir, 'vanthu.db'), mode: 'test' });
  cleanups.unshift(() => backend.close());
  return backend;
}

/** Calls a method through the dispatcher and returns the value, failing the test on an error. */
export async function ok<T = any>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export const NQ43 = {
  arrivalDate: '2023-11-28',
  arrivalNumber: 11646,
  receivedVia: 'network',
  issuer: 'Ban Chấp hành Trung ương',
  symbol: '43-NQ/TW',
  documentDate: '2023-11-24',
  abstract: 'Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
  handlingUnit: 'Ban Dân vận Tỉnh ủy',
};

/** Browser mode's HTTP transport over a dispatcher, on a free port, closed after the test. */
export async function tempHttpServer(options: Omit<HttpServerOptions, 'port'>): Promise<RunningHttpServer & {
  /** POST /api/<method> as the page does, with this start's secret unless other headers are given. */
  post(method: string, input: unknown, headers?: Record<string, string>): Promise<Response>;
}> {
  const server = await startHttpServer({ ...options, port: 0 });
  cleanups.unshift(() => void server.close());
  return {
    ...server,
    post: (method, input, headers = { Authorization: `Bearer ${server.token}` }) =>
      fetch(`${server.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) }),
  };
}
