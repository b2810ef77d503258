import http from 'node:http';
import type { Dispatch } from '../dispatcher';
import { boundHosts, checkHost, checkToken, newAccessToken, type AccessRefusal } from './access';
import { answerRendererRequest } from './rendererFiles';
import { readRequestBody } from './requestBody';

/** How long an idle kept-alive connection stays open: longer than any browser keeps one. */
export const IDLE_CONNECTION_MS = 330_000;

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets); omitted for an API-only server. */
  staticDir?: string;
  port?: number;
  host?: string;
  /** The secret every API call must carry; a fresh one per start when omitted. */
  token?: string;
}

export interface RunningHttpServer {
  server: http.Server;
  /** The server's address, http://127.0.0.1:PORT. */
  url: string;
  /** This start's secret: POST /api/<method> needs "Authorization: Bearer <token>". */
  token: string;
  /** The address to open, which hands the page its secret: http://127.0.0.1:PORT/?token=SECRET. */
  pageUrl: string;
  close(): Promise<void>;
}

/**
 * Browser mode: POST /api/<method> with a JSON body, answered by the same dispatcher as Electron IPC,
 * plus the built UI. Bound to 127.0.0.1 only; answers only requests addressed to that address (not a
 * DNS-rebinding name) and API calls that carry the secret of this start.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newAccessToken();
  let hosts = new Set<string>();
  const server = http.createServer((req, res) => {
    handle(req, res, options, hosts, token).catch((err) => sendJson(res, 500, failure('INTERNAL', `Lỗi máy chủ: ${String(err)}`)));
  });
  // A client reuses an idle connection until its own timeout (Chromium: 5 min, fetch: ~4 s). Node closes
  // it after 5 s: a call sent just as the server closes is reset. Let the client be the one to close.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('Máy chủ không có địa chỉ.');
  hosts = boundHosts(address.address, address.port);
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server, url, token, pageUrl: `${url}/?token=${token}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: HttpServerOptions, hosts: Set<string>, token: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const isApi = url.pathname.startsWith('/api/');
  const refused = checkHost(req, hosts) ?? (isApi ? checkToken(req, token) : null);
  if (refused) return isApi ? sendRefusal(res, refused) : sendText(res, refused.status, refused.message);
  if (isApi) return handleApi(req, res, url, options.dispatch);
  if (!options.staticDir) return sendText(res, 404, 'Không tìm thấy.');
  const page = answerRendererRequest(options.staticDir, url.pathname);
  res.writeHead(page.status, page.headers);
  res.end(page.body);
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, dispatch: Dispatch): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('VALIDATION', 'Chỉ nhận phương thức POST.'));
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return sendJson(res, 400, failure('VALIDATION', 'Tên phương thức trong địa chỉ không hợp lệ (mã “%” sai).'));
  }
  const read = await readRequestBody(req);
  if (!read.ok) return sendJson(res, read.status, failure('VALIDATION', read.message));
  let input: unknown;
  try {
    input = read.body.length ? JSON.parse(read.body.toString('utf8')) : {};
  } catch {
    return sendJson(res, 400, failure('VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ.'));
  }
  // A call whose connection closes before its answer (the page's "Hủy", a closed tab) is cancelled;
  // only long operations can stop midway (see host/host.ts).
  const aborted = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) aborted.abort();
  });
  if (req.headers['x-vanthu-progress'] !== '1') return sendJson(res, 200, await dispatch(method, input, { signal: aborted.signal }));
  // Asked with "X-Vanthu-Progress: 1": one JSON line {"progress": …} per step, then the result's line.
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
  const line = (value: unknown) => {
    if (!res.destroyed) res.write(`${JSON.stringify(value)}\n`);
  };
  line(await dispatch(method, input, { signal: aborted.signal, onProgress: (progress) => line({ progress }) }));
  res.end();
}

const failure = (code: 'VALIDATION' | 'FORBIDDEN' | 'INTERNAL', message: string) => ({ ok: false, error: { code, message } });

function sendRefusal(res: http.ServerResponse, refused: AccessRefusal): void {
  sendJson(res, refused.status, failure('FORBIDDEN', refused.message));
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
