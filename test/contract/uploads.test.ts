import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readRequestBody } from '../../electron/backend/http/requestBody';
import { tempBackend, tempHttpServer } from '../helpers/tempBackend';

/** Sends the headers of a request (and `firstBytes` of its body) and waits for the answer without sending the rest. */
function postHeadersOnly(url: string, path: string, headers: Record<string, string>, firstBytes: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.write(firstBytes);
  });
}

describe('uploads over HTTP', () => {
  it('answers a body declared larger than the limit before reading it, with a Vietnamese message', async () => {
    const backend = tempBackend();
    const server = await tempHttpServer({ dispatch: backend.dispatch });
    const started = Date.now();
    const answer = await postHeadersOnly(server.url, '/api/attachments.add', {
      Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', 'Content-Length': String(400 * 1024 * 1024),
    }, '{"entryId":1,"fileName":"lon.pdf","contentBase64":"');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/^Dữ liệu gửi lên lớn quá 300 MB/);
  });

  it('answers a body that is not JSON in Vietnamese only', async () => {
    const backend = tempBackend();
    const server = await tempHttpServer({ dispatch: backend.dispatch });
    const r = await fetch(`${server.url}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body: '{khong phai json' });
    expect(r.status).toBe(400);
    expect((await r.json()).error.message).toBe('Dữ liệu gửi lên không phải JSON hợp lệ.');
  });

  it('answers a body that grows past the limit without declaring its size, instead of resetting the connection', async () => {
    const server = http.createServer((req, res) => {
      void readRequestBody(req, 1000).then((read) => {
        res.writeHead(read.ok ? 200 : read.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(read.ok ? { size: read.body.length } : { message: read.message }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const chunks = Array.from({ length: 20 }, () => new TextEncoder().encode('x'.repeat(500)));
      const body = new ReadableStream({ pull(controller) { const c = chunks.shift(); if (c) controller.enqueue(c); else controller.close(); } });
      const r = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, duplex: 'half' } as RequestInit);
      expect(r.status).toBe(413);
      expect((await r.json()).message).toContain('Dữ liệu gửi lên lớn quá');
      const small = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'x'.repeat(900) });
      expect(await small.json()).toEqual({ size: 900 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
