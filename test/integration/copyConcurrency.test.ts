import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { NQ43, ok, tempDir } from '../helpers/tempBackend';

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'copyWorker.ts');

function runWorker(dbPath: string, count: number, sourceId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [dbPath, String(count), String(sourceId)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`copy worker exited with ${code}`))));
  });
}

describe('concurrent copies', () => {
  it('processes making copies at the same time never share a number and leave no gaps', async () => {
    const dbPath = path.join(tempDir(), 'v.db');
    const setup = createBackend({ dbPath, mode: 'test' });
    const sourceId = (await ok(setup, 'incoming.register', NQ43)).entry.id as number;
    setup.close();
    const perWorker = 25;
    await Promise.all([1, 2, 3].map(() => runWorker(dbPath, perWorker, sourceId)));
    const backend = createBackend({ dbPath, mode: 'test' });
    const copies: Array<{ number: number; symbol: string }> = (await ok(backend, 'copies.list', { limit: 1000 })).items;
    backend.close();
    const numbers = copies.map((c) => c.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 3 * perWorker }, (_, i) => i + 1));
    expect(new Set(copies.map((c) => c.symbol)).size).toBe(3 * perWorker);
  });
});
