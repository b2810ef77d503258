import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend, tempDir, tempHttpServer } from '../helpers/tempBackend';

// Browser mode answers only its own page: a request addressed to another name (DNS rebinding), or
// an API call without this start's secret, is refused before anything is read or written.

/** A raw request, so the test can send any Host header (fetch does not let a page choose it). */
function request(url: string, target: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function registerOverHttp() {
  const backend = tempBackend();
  // Every call that reaches the services, read or write.
  const reached: string[] = [];
  const server = await tempHttpServer({ dispatch: (method, input) => { reached.push(method); return backend.dispatch(method, input); } });
  return { backend, server, reached, port: new URL(server.url).port };
}

/** What an attacker would change: the secret-document rule and the register. */
async function untouched(backend: ReturnType<typeof tempBackend>) {
  expect((await ok(backend, 'settings.get', {})).offlineMachine).toBe(false);
  expect((await ok(backend, 'incoming.list', {})).total).toBe(0);
}

describe('browser mode: who can get in', () => {
  it('refuses a DNS-rebinding page (another Host, matching Origin) and writes nothing', async () => {
    const { backend, server, reached, port } = await registerOverHttp();
    const headers = { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` };
    for (const [method, input] of [['settings.update', { offlineMachine: true }], ['incoming.register', NQ43], ['incoming.list', {}]] as const) {
      const res = await request(server.url, `/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
      expect(res.status, method).toBe(403);
      const body = JSON.parse(res.body);
      expect(body.ok).toBe(false);
      expect(body.error.message).toContain('Địa chỉ truy cập không hợp lệ');
      expect(res.body).not.toContain('43-NQ/TW');
    }
    expect(reached).toEqual([]);
    await untouched(backend);
  });

  it('refuses the page itself under another Host', async () => {
    const { server, port } = await registerOverHttp();
    const res = await request(server.url, '/', { headers: { Host: `evil.example:${port}` } });
    expect(res.status).toBe(403);
  });

  it('answers its own addresses, 127.0.0.1 and localhost, with the secret', async () => {
    const { server, port } = await registerOverHttp();
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await request(server.url, '/api/app.info', { method: 'POST', headers: { Host: host, Origin: `http://${host}`, Authorization: `Bearer ${server.token}` }, body: '{}' });
      expect(res.status, host).toBe(200);
      expect(JSON.parse(res.body).ok).toBe(true);
    }
  });

  it('answers an API call without the secret with 401 and a Vietnamese message, writing nothing', async () => {
    const { backend, server, reached } = await registerOverHttp();
    const none = await server.post('settings.update', { offlineMachine: true }, {});
    expect(none.status).toBe(401);
    expect((await none.json()).error.message).toContain('Chưa có mã truy cập');
    const wrong = await server.post('incoming.register', NQ43, { Authorization: `Bearer ${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toContain('Mã truy cập không đúng');
    const read = await server.post('incoming.list', {}, { Authorization: 'Basic dmFudGh1' });
    expect(read.status).toBe(401);
    // Files (attachments, reports) are read through the same API; no other address serves them.
    const file = await fetch(`${server.url}/api/attachments.read?id=1`);
    expect(file.status).toBe(401);
    expect(reached).toEqual([]);
    await untouched(backend);
  });

  it('gives each start its own secret, and prints the address that carries it', async () => {
    const a = await registerOverHttp();
    const b = await registerOverHttp();
    expect(a.server.token).not.toBe(b.server.token);
    expect(a.server.token.length).toBeGreaterThanOrEqual(32);
    expect(a.server.pageUrl).toBe(`http://127.0.0.1:${a.port}/?token=${a.server.token}`);
    const crossed = await a.server.post('app.info', {}, { Authorization: `Bearer ${b.server.token}` });
    expect(crossed.status).toBe(401);
  });
});

describe('browser mode: static files', () => {
  async function serving() {
    const dir = tempDir();
    const root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><script type="module" nonce="__VANTHU_CSP_NONCE__" src="./assets/app.js"></script></head><body></body></html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.mkdirSync(path.join(dir, 'renderer-private'));
    fs.writeFileSync(path.join(dir, 'renderer-private', 'secret.txt'), 'BÍ MẬT');
    const server = await tempHttpServer({ dispatch: tempBackend().dispatch, staticDir: root });
    return { server };
  }

  it('never serves a sibling folder whose name starts like the UI folder', async () => {
    const { server } = await serving();
    for (const target of ['/..%2frenderer-private/secret.txt', '/..%2Frenderer-private%2Fsecret.txt', '/%2e%2e%2frenderer-private/secret.txt', '/assets/..%2f..%2frenderer-private/secret.txt']) {
      const res = await request(server.url, target);
      expect(res.body, target).not.toContain('BÍ MẬT');
      expect(res.status, target).toBe(403);
    }
  });

  it('answers a malformed % escape with 400, in a page address and in an API method', async () => {
    const { server } = await serving();
    const page = await request(server.url, '/assets/%E0%A4%A.js');
    expect(page.status).toBe(400);
    expect(page.body).toContain('không hợp lệ');
    const api = await request(server.url, '/api/app.%zzinfo', { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body).error.message).toContain('không hợp lệ');
  });

  it('serves the page with a strict CSP whose nonce is new at each load and is the one the page carries', async () => {
    const { server } = await serving();
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const res = await request(server.url, '/');
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(res.body).toContain(`nonce="${nonce}"`);
      expect(res.body).not.toContain('__VANTHU_CSP_NONCE__');
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const asset = await request(server.url, '/assets/app.js');
    expect(asset.body).toBe('console.log(1)');
  });
});
