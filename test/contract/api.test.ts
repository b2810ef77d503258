import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startHttpServer } from '../../electron/backend/http/server';
import { tempDir, NQ43 } from '../helpers/tempBackend';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

/**
 * Every API method gives the same result through the dispatcher directly and over HTTP.
 * Two identical databases receive the same calls in the same order, one per transport.
 */
const calls: Array<[string, unknown]> = [
  ['app.info', {}],
  ['books.create', { name: 'Sổ văn bản đến bản giấy', year: 2023, kind: 'paper' }],
  ['books.list', {}],
  ['incoming.register', NQ43],
  ['incoming.register', { ...NQ43, arrivalNumber: undefined, receivedVia: 'paper', arrivalDate: '2023-12-02' }],
  ['incoming.register', { ...NQ43, arrivalDate: 'hôm qua' }],
  ['incoming.update', { id: 1, patch: { notes: 'Đã sao y 1274-SY/VPTU' } }],
  ['incoming.update', { id: 999, patch: { notes: 'x' } }],
  ['incoming.get', { id: 1 }],
  ['incoming.get', { id: 'một' }],
  ['incoming.list', { q: 'dai doan ket' }],
  ['incoming.list', {}],
  ['incoming.nextNumber', { arrivalDate: '2023-12-03' }],
  ['incoming.suggest', { field: 'issuer', prefix: 'ban chap' }],
  ['attachments.add', { entryId: 1, fileName: 'nq43.txt', contentBase64: Buffer.from('Nghị quyết').toString('base64') }],
  ['attachments.read', { id: 1 }],
  ['attachments.read', { id: 42 }],
  ['symbol.parse', { text: '43-NQ/TW' }],
  ['symbol.parse', { text: '???' }],
  ['typeCodes.list', {}],
  ['typeCodes.save', { system: 'party', code: 'TCg', name: 'Thư công' }],
  ['typeCodes.save', { system: 'party', code: 'TCg2', name: 'Thư công mới' }],
  ['settings.get', {}],
  ['settings.update', { signerName: 'Sai Văn Đông' }],
  ['settings.update', { offlineMachine: 'có' }],
  ['no.such.method', {}],
];

/** Fields that legitimately differ between two databases: clock readings and file locations. */
function stable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (['createdAt', 'updatedAt', 'at', 'addedAt', 'dbPath', 'mode', 'today'].includes(key) ? '<varies>' : v)));
}

describe('API contract: dispatcher and HTTP agree', () => {
  let direct: Backend;
  let overHttp: Backend;
  let url: string;
  let close: () => Promise<void>;
  const dirs: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-contract-')));
    direct = createBackend({ dbPath: path.join(dirs[0], 'v.db'), mode: 'test' });
    overHttp = createBackend({ dbPath: path.join(dirs[1], 'v.db'), mode: 'test' });
    const server = await startHttpServer({ dispatch: overHttp.dispatch, port: 0 });
    url = server.url;
    close = server.close;
  });

  afterAll(async () => {
    await close();
    direct.close();
    overHttp.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('covers every method of the contract', () => {
    const called = new Set(calls.map(([m]) => m));
    expect(METHOD_NAMES.filter((m) => !called.has(m))).toEqual([]);
  });

  it('answers each call identically', async () => {
    for (const [method, input] of calls) {
      const a = await direct.dispatch(method, input);
      const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      const b = await response.json();
      expect(stable(b), method).toEqual(stable(a));
      if (!a.ok) expect(a.error.message.length, method).toBeGreaterThan(5);
    }
  });

  it('refuses other origins, non-POST and malformed JSON with Vietnamese messages', async () => {
    const cross = await fetch(`${url}/api/app.info`, { method: 'POST', headers: { Origin: 'http://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
    const get = await fetch(`${url}/api/app.info`);
    expect(get.status).toBe(405);
    const bad = await fetch(`${url}/api/incoming.list`, { method: 'POST', body: '{nope' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('JSON');
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});
