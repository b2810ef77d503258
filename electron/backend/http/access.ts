import crypto from 'node:crypto';
import type http from 'node:http';

// Who may call browser mode's API: a page served by this server (Host is one of the addresses it is
// bound to, so a DNS-rebinding page is refused) that knows the secret printed at start (so another
// local program or web page is refused too).

export interface AccessRefusal {
  status: 401 | 403;
  message: string;
}

/** A fresh per-start secret, safe in a URL's query. */
export function newAccessToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** The Host headers a browser sends for this server: the bound address and its name "localhost". */
export function boundHosts(host: string, port: number): Set<string> {
  const hosts = new Set([`${host.includes(':') ? `[${host}]` : host}:${port}`]);
  if (host === '127.0.0.1' || host === '::1') hosts.add(`localhost:${port}`);
  return hosts;
}

/** Refuses a request whose Host is not ours, or that comes from a page of another origin. */
export function checkHost(req: http.IncomingMessage, hosts: Set<string>): AccessRefusal | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return { status: 403, message: `Địa chỉ truy cập không hợp lệ: Văn thư chỉ trả lời tại ${[...hosts].map((h) => `http://${h}`).join(' hoặc ')}.` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !sameHostOrigin(origin, hosts)) {
    return { status: 403, message: 'Yêu cầu từ nguồn khác bị từ chối.' };
  }
  return null;
}

function sameHostOrigin(origin: string, hosts: Set<string>): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host);
  } catch {
    return false;
  }
}

/** Refuses an API call without "Authorization: Bearer <the secret of this start>". */
export function checkToken(req: http.IncomingMessage, token: string): AccessRefusal | null {
  const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (given !== undefined && sameSecret(given, token)) return null;
  return {
    status: 401,
    message: given === undefined
      ? 'Chưa có mã truy cập: hãy mở Văn thư bằng đúng địa chỉ (có "?token=…") mà chương trình in ra khi khởi động.'
      : 'Mã truy cập không đúng hoặc đã cũ (mỗi lần khởi động có một mã mới): hãy mở lại địa chỉ mà chương trình vừa in ra.',
  };
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
