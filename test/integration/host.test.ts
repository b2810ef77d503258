import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Dispatch } from '../../electron/backend/dispatcher';
import { startBackendHost, type BackendHost } from '../../electron/backend/host/host';
import type { SpawnWorker, WorkerRole } from '../../electron/backend/host/protocol';
import { spawnThread } from '../../electron/backend/host/spawnThread';
import { arrivalDates, createRng, plausibleEntry } from '../../electron/backend/sample/generator';
import type { ApiResult } from '../../shared/errors';
import type { JobProgress } from '../../shared/progress';
import { IncomingInput } from '../../shared/schemas';
import { NQ43, tempHttpServer } from '../helpers/tempBackend';

// The backend host of browser mode (worker threads). Electron's differs only in how a worker is
// spawned (a utility process), which cannot run here.

const ROWS = 8000;
/** The register book of the whole year: reading its rows and writing the .docx take a while. */
const BOOK = { report: 'so-dang-ky', from: '2024-01-01', to: '2024-12-31' };

let dir: string;
let dbPath: string;
let host: BackendHost;
const spawned: WorkerRole[] = [];
const countingSpawn: SpawnWorker = (role) => {
  spawned.push(role);
  return spawnThread(role);
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-host-'));
  dbPath = path.join(dir, 'vanthu.db');
  const filler = createBackend({ dbPath, mode: 'test' });
  const rng = createRng(8);
  const entries = arrivalDates(rng, '2024-01-02', '2024-12-30', ROWS).map((d) => IncomingInput.parse(plausibleEntry(rng, d)));
  filler.services.incoming.importMany(entries as never);
  filler.close();
  host = await startBackendHost(countingSpawn, { dbPath, mode: 'test' });
});

afterAll(async () => {
  await host?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backend host', () => {
  it('answers through the same contract: values, Vietnamese refusals, the register on disk', async () => {
    const created = await host.dispatch('incoming.register', NQ43);
    expect(created.ok).toBe(true);
    const id = (created as { value: { entry: { id: number } } }).value.entry.id;
    const detail = await host.dispatch('incoming.get', { id });
    expect(detail).toMatchObject({ ok: true, value: { entry: { symbol: '43-NQ/TW', arrivalNumber: 11646 } } });
    const refused = await host.dispatch('incoming.register', { arrivalDate: '28/11/2023', issuer: 'X', abstract: 'Y' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { arrivalDate: expect.any(String) } } });
    expect(await host.dispatch('khong.co', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(host.dbPath).toBe(dbPath);
  });

  it('answers a quick call while a long operation reads the register, not after it', async () => {
    const order: string[] = [];
    let quick: Promise<void> | undefined;
    const onProgress = (p: JobProgress) => {
      order.push(`progress ${p.done}/${p.total}`);
      // The jobs worker now reads the book's 8,000 rows, then says it writes the file.
      if (p.done === 1) quick = host.dispatch('incoming.list', { limit: 5 }).then((r) => void order.push(r.ok ? 'quick' : 'quick failed'));
    };
    const result = await host.dispatch('reports.generate', BOOK, { onProgress }).then((r) => (order.push('long'), r));
    await quick;
    expect(result).toMatchObject({ ok: true, value: { summary: expect.stringMatching(/^8000 văn bản/) } });
    // Run in the same thread, the quick call would come back only after the rows were read (after "2/3").
    expect(order).toEqual(['progress 0/3', 'progress 1/3', 'quick', 'progress 2/3', 'long']);
  });

  it('reports the steps of a report in order, with what it is doing in Vietnamese', async () => {
    const steps: JobProgress[] = [];
    const result = await host.dispatch('reports.generate', { ...BOOK, format: 'xlsx' }, { onProgress: (p) => steps.push(p) });
    expect(result.ok).toBe(true);
    expect(steps.map((s) => s.label)).toEqual(['Đang đọc mẫu báo cáo…', 'Đang lấy số liệu…', 'Đang tạo tệp Excel…']);
  });

  it('reports the steps of a backup: the database copied page by page, checked, then the files', async () => {
    const steps: JobProgress[] = [];
    const result = await host.dispatch('backup.create', { out: path.join(dir, 'sao-luu') }, { onProgress: (p) => steps.push(p) });
    expect(result).toMatchObject({ ok: true, value: { entries: expect.any(Number) } });
    const labels = [...new Set(steps.map((s) => s.label))];
    expect(labels).toEqual(['Đang chép cơ sở dữ liệu…', 'Đang kiểm tra bản sao…', 'Đang chép tệp đính kèm…']);
    const fractions = steps.map((s) => s.done / s.total);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('cancels a running long operation by ending its worker; the next one runs in a fresh worker', async () => {
    const controller = new AbortController();
    const jobsBefore = spawned.filter((r) => r === 'jobs').length;
    const result = await host.dispatch('reports.generate', BOOK, {
      signal: controller.signal,
      onProgress: (p) => p.done === 1 && controller.abort(),
    });
    expect(result).toEqual({ ok: false, error: { code: 'CANCELLED', message: expect.stringContaining('Đã hủy') } });
    expect(spawned.filter((r) => r === 'jobs').length).toBe(jobsBefore + 1);
    expect(await host.dispatch('reports.generate', { report: 'thong-ke', period: '2024' })).toMatchObject({ ok: true });
    // Quick calls went on in their own worker all along.
    expect(spawned.filter((r) => r === 'calls')).toHaveLength(1);
  });

  it('runs long operations one at a time; one waiting in line is cancelled before it starts', async () => {
    const order: string[] = [];
    const controller = new AbortController();
    const first = host.dispatch('reports.generate', BOOK).then((r) => (order.push(`first ${r.ok}`), r));
    const waitingLabels: string[] = [];
    const second = host.dispatch('reports.generate', { report: 'thong-ke', period: '2024' }, {
      signal: controller.signal,
      onProgress: (p) => waitingLabels.push(p.label),
    }).then((r) => (order.push(`second ${r.ok ? 'ok' : r.error.code}`), r));
    expect(waitingLabels).toEqual(['Đang chờ thao tác trước hoàn tất…']);
    controller.abort();
    await Promise.all([first, second]);
    expect(order).toEqual(['second CANCELLED', 'first true']);
    expect(waitingLabels).toHaveLength(1);
  });

  it('over HTTP: progress as JSON lines before the result; a closed connection cancels the operation', async () => {
    const results: ApiResult<unknown>[] = [];
    const dispatch: Dispatch = (method, input, options) => host.dispatch(method, input, options).then((r) => (results.push(r), r));
    const server = await tempHttpServer({ dispatch });
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, 'X-Vanthu-Progress': '1' };

    const response = await fetch(`${server.url}/api/reports.generate`, { method: 'POST', headers, body: JSON.stringify({ report: 'thong-ke', period: '2024' }) });
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1).map((l) => l.progress.done)).toEqual([0, 1, 2]);
    expect(lines.at(-1)).toMatchObject({ ok: true, value: { fileName: 'thong-ke-van-ban-den_2024.docx' } });

    const controller = new AbortController();
    const long = await fetch(`${server.url}/api/reports.generate`, { method: 'POST', headers, body: JSON.stringify(BOOK), signal: controller.signal });
    const reader = long.body!.getReader();
    await reader.read(); // the first progress line: the job is under way
    controller.abort();
    await vi.waitFor(() => expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } }), { timeout: 10_000 });

    // Without the header the answer is one JSON object, as before.
    const plain = await server.post('app.info', {});
    expect(await plain.json()).toMatchObject({ ok: true, value: { mode: 'test' } });
  });

  it('answers the calls of a worker that died with a Vietnamese message, and starts a new one for the next call', async () => {
    const links: Array<{ role: WorkerRole; kill(): void }> = [];
    const spawn: SpawnWorker = (role) => {
      const link = spawnThread(role);
      links.push({ role, kill: link.kill });
      return link;
    };
    const own = await startBackendHost(spawn, { dbPath, mode: 'test' });
    try {
      const pending = own.dispatch('incoming.list', { q: 'kế hoạch', limit: 100 });
      links.find((l) => l.role === 'calls')!.kill();
      expect(await pending).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('dừng đột ngột') } });
      expect(await own.dispatch('app.info', {})).toMatchObject({ ok: true, value: { mode: 'test' } });
      expect(links.map((l) => l.role).filter((r) => r === 'calls')).toHaveLength(2);
    } finally {
      await own.close();
    }
  });

  it('refuses a register it cannot open with the Vietnamese message, and leaves no worker running', async () => {
    const bad = path.join(dir, 'not-a-register.db');
    fs.writeFileSync(bad, 'Đây không phải cơ sở dữ liệu.'.repeat(100));
    const roles: WorkerRole[] = [];
    const exits: Array<number | null> = [];
    const spawn: SpawnWorker = (role) => {
      roles.push(role);
      const link = spawnThread(role);
      link.onExit((code) => exits.push(code));
      return link;
    };
    await expect(startBackendHost(spawn, { dbPath: bad, mode: 'test' })).rejects.toThrow(/không phải là cơ sở dữ liệu Văn thư/);
    expect(roles).toEqual(['calls']);
    await vi.waitFor(() => expect(exits).toHaveLength(1));
  });
});
