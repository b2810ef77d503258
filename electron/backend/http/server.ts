import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Dispatch } from '../dispatcher';

const MAX_BODY = 300 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets); omitted for an API-only server. */
  staticDir?: string;
  port?: number;
  host?: string;
}

/**
 * Browser mode: POST /api/<method> with a JSON body, answered by the same dispatcher as Electron IPC,
 * plus the built UI. Bound to 127.0.0.1 only; requests from other origins are refused.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<{ server: http.Server; url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    handle(req, res, options).catch((err) => sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: `Lỗi máy chủ: ${String(err)}` } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host}:${port}`;
  return { server, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: HttpServerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    if (!sameOrigin(req)) return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu từ nguồn khác bị từ chối.' } });
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Chỉ nhận phương thức POST.' } });
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: `Dữ liệu gửi lên không phải JSON hợp lệ: ${(err as Error).message}` } });
    }
    const result = await options.dispatch(method, input);
    return sendJson(res, 200, result);
  }
  if (!options.staticDir) return sendText(res, 404, 'Không tìm thấy.');
  return serveStatic(url.pathname, res, options.staticDir);
}

/** Refuses cross-site requests (a web page on the internet posting to the local API). */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('dữ liệu quá lớn'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function serveStatic(pathname: string, res: http.ServerResponse, root: string): void {
  const resolvedRoot = path.resolve(root);
  let file = path.resolve(resolvedRoot, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(resolvedRoot)) return sendText(res, 403, 'Không được phép.');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(resolvedRoot, 'index.html');
  if (!fs.existsSync(file)) return sendText(res, 500, 'Chưa dựng giao diện: hãy chạy "npm run build".');
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors only works as a header; the page's own policy is in its meta tag.
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
  });
  fs.createReadStream(file).pipe(res);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(data);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
