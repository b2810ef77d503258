import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { tempDir } from '../helpers/tempBackend';

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'registerWorker.ts');

function runWorker(dbPath: string, count: number, tag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [dbPath, String(count), tag], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${tag} exited with ${code}`))));
  });
}

describe('concurrent registrations', () => {
  it('processes writing at the same time never share an arrival number and leave no gaps', async () => {
    const dbPath = path.join(tempDir(), 'v.db');
    createBackend({ dbPath, mode: 'test' }).close();
    const perWorker = 60;
    await Promise.all(['a', 'b', 'c', 'd'].map((tag) => runWorker(dbPath, perWorker, tag)));
    const backend = createBackend({ dbPath, mode: 'test' });
    const numbers = (backend.services.db.prepare('SELECT arrival_number AS n FROM incoming ORDER BY n').all() as Array<{ n: number }>).map((r) => r.n);
    backend.close();
    expect(numbers).toHaveLength(4 * perWorker);
    expect(numbers).toEqual(Array.from({ length: 4 * perWorker }, (_, i) => i + 1));
  });
});
