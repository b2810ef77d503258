// An import killed while it writes (power cut, task manager) leaves the register as it was: the rows
// go in one transaction, so SQLite rolls the half-written part back when the register is next opened.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { excelDate, oldRegisterXlsx, type OldRow } from '../helpers/oldRegister';
import { ok, tempDir } from '../helpers/tempBackend';

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'importWorker.ts');
const ROWS = 50_000;

describe('import killed in the middle', () => {
  it('leaves the register as it was, and the same import then succeeds', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'v.db');
    const before = createBackend({ dbPath, mode: 'test' });
    await ok(before, 'incoming.register', { arrivalDate: '2022-03-01', issuer: 'Tỉnh ủy Lâm Đồng', abstract: 'Văn bản có trước khi nhập' });
    before.close();

    const rows: OldRow[] = Array.from({ length: ROWS }, (_, i) => [i + 1, excelDate('2023-05-02'), `Huyện ủy ${i % 40}`, `${i + 1}-CV/HU`, '', `Công văn số ${i + 1} về việc triển khai nghị quyết`, '', '', '']);
    const file = path.join(dir, 'so-den-2023.xlsx');
    fs.writeFileSync(file, (await oldRegisterXlsx(rows)).content);

    const child = fork(worker, [dbPath, file], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let output = '';
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Đang ghi')) child.kill('SIGKILL'); // inside the one transaction of the rows
    });
    expect(await exit).toBe('SIGKILL');
    expect(output).not.toContain('done');

    const after = createBackend({ dbPath, mode: 'test' });
    try {
      const db = after.services.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT abstract FROM incoming').all()).toEqual([{ abstract: 'Văn bản có trước khi nhập' }]);
      const again = await ok(after, 'incoming.importRun', { fileName: 'so-den-2023.xlsx', contentBase64: fs.readFileSync(file).toString('base64') });
      expect(again.imported).toBe(ROWS);
    } finally {
      after.close();
    }
  }, 600_000);
});
