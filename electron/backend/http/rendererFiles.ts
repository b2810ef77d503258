import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The built UI (dist/renderer) as both transports serve it: browser mode over HTTP and the desktop
// app over its app:// protocol. One answer for both: a path that cannot leave the folder, and the
// page with a fresh CSP nonce and the policy that requires it.

/**
 * What the Vite build writes where the nonce goes (html.cspNonce in renderer/vite.config.ts): on
 * its script and stylesheet tags and on <meta property="csp-nonce">, where the page reads it to
 * give antd's injected <style> elements the same nonce.
 */
export const NONCE_PLACEHOLDER = '__VANTHU_CSP_NONCE__';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

/**
 * The page's Content-Security-Policy. No 'unsafe-inline' anywhere: scripts only from the app's own
 * files, <style> elements only with this load's nonce. frame-ancestors counts only as a header.
 */
export function contentSecurityPolicy(nonce: string, { asHeader = true } = {}): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (asHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

export type StaticPath = { file: string } | { status: 400 | 403; message: string };

/**
 * The file a URL path names inside root, compared as resolved paths (a string prefix would let
 * "/..%2Frenderer-private/x" out into a sibling folder). A malformed escape is the client's error.
 */
export function resolveInside(root: string, urlPath: string): StaticPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, message: 'Địa chỉ không hợp lệ (mã “%” sai).' };
  }
  if (decoded.includes('\0')) return { status: 400, message: 'Địa chỉ không hợp lệ.' };
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${decoded}`);
  const relative = path.relative(base, file);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { status: 403, message: 'Không được phép.' };
  }
  return { file };
}

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

/** The answer to a request for a file of the UI; unknown paths get the app's page (hash routes). */
export function answerRendererRequest(root: string, urlPath: string): PageResponse {
  const found = resolveInside(root, urlPath);
  if ('status' in found) return text(found.status, found.message);
  const index = path.join(path.resolve(root), 'index.html');
  const file = isFile(found.file) ? found.file : index;
  if (!isFile(file)) return text(500, 'Chưa dựng giao diện: hãy chạy "npm run build".');
  // No Referer: the page's first address carries browser mode's secret.
  const common = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' };
  if (file === index) {
    const nonce = crypto.randomBytes(18).toString('base64');
    return {
      status: 200,
      headers: { ...common, 'Content-Type': MIME['.html'], 'Cache-Control': 'no-store', 'Content-Security-Policy': contentSecurityPolicy(nonce) },
      body: withNonce(fs.readFileSync(file, 'utf8'), nonce),
    };
  }
  return {
    status: 200,
    headers: { ...common, 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=31536000, immutable' },
    body: fs.readFileSync(file),
  };
}

/** The page with this load's nonce, and the policy also as a meta tag (for a transport without headers). */
function withNonce(html: string, nonce: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, { asHeader: false })}">`;
  return html.replaceAll(NONCE_PLACEHOLDER, nonce).replace(/<head>/i, `<head>\n    ${meta}`);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function text(status: number, message: string): PageResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }, body: message };
}
