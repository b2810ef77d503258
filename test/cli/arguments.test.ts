import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { formatCliError } from '../../electron/backend/cli/errors';
import { runCli } from '../../electron/backend/cli/main';
import { vanthu } from '../helpers/cli';
import { NQ43, ok, tempDir } from '../helpers/tempBackend';

/**
 * Runs the CLI in this process, as bin/vanthu.mjs does (exit code, stdout, stderr): the refusals are many,
 * and starting the real command for each would take seconds apiece.
 */
async function vanthuInProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  let code: number;
  try {
    code = await runCli(args);
  } catch (e) {
    err.push(formatCliError(e));
    code = 1;
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A register with the 43-NQ/TW entry and one other, made through the CLI. */
function registerWithTwoEntries(): string {
  const db = path.join(tempDir(), 'v.db');
  expect(vanthu('init', '--db', db).code).toBe(0);
  expect(vanthu('den', 'add', '--db', db, '--json', JSON.stringify(NQ43)).code).toBe(0);
  const other = { ...NQ43, arrivalNumber: undefined, symbol: '12-CV/TU', typeCode: undefined, issuer: 'Tỉnh ủy Lâm Đồng', abstract: 'Công văn về công tác văn thư' };
  expect(vanthu('den', 'add', '--db', db, '--json', JSON.stringify(other)).code).toBe(0);
  return db;
}

describe('vanthu reads its arguments strictly', () => {
  it('takes --json as a flag wherever it stands, and refuses mistyped options and stray words without output', async () => {
    const db = registerWithTwoEntries();
    const before = fs.statSync(db).mtimeMs;
    // --json before --q: the query still applies.
    const found = vanthu('den', 'list', '--db', db, '--json', '--q', 'van thu');
    expect(found.code, found.stderr).toBe(0);
    expect(found.json().items.map((e: { symbol: string }) => e.symbol)).toEqual(['12-CV/TU']);

    for (const [args, message] of [
      [['den', 'list', '--db', db, '--yaer', '2024'], 'không có tùy chọn --yaer'],
      [['den', 'list', '--db', db, 'xyz'], 'không nhận thêm "xyz"'],
      [['den', 'list', '--db', db, '--q'], 'Thiếu giá trị sau --q'],
      [['den', 'list', '--db', db, '--q', '--json'], 'Thiếu giá trị sau --q'],
      [['den', 'list', '--db', db, '--json=yes'], '--json không nhận giá trị'],
      [['den', 'list', '--db', db, '--limit', 'mười'], '--limit phải là số nguyên'],
      [['den', 'add', '--db', db, '--json', JSON.stringify(NQ43), '--force'], 'không có tùy chọn --force'],
      [['parse', 'symbol', '43-NQ/TW', '44-NQ/TW'], 'không nhận thêm "44-NQ/TW"'],
      [['parse', 'deadline', 'tháng 12', '--ref'], 'Thiếu giá trị sau --ref'],
      [['report', 'thong-ke', '--db', db, '--period', '2023', '--out', path.join(tempDir(), 'x.docx'), '--perod', '2024'], 'không có tùy chọn --perod'],
    ] as Array<[string[], string]>) {
      const r = await vanthuInProcess(...args);
      expect([r.code, r.stdout], args.join(' ')).toEqual([1, '']);
      expect(r.stderr, args.join(' ')).toMatch(/^Lỗi: /);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
    const typo = vanthu('den', 'list', '--db', db, '--yaer', '2024');
    expect([typo.code, typo.stdout]).toEqual([1, '']);
    expect(typo.stderr).toMatch(/^Lỗi: Lệnh "den list" không có tùy chọn --yaer/);
    expect(fs.statSync(db).mtimeMs).toBe(before);
  });

  it('refuses a database that does not exist instead of creating an empty one; only init creates one', async () => {
    const dir = tempDir();
    const typo = path.join(dir, 'thu-muc-go-nham', 'vanthu.db');
    for (const args of [
      ['den', 'list', '--db', typo, '--json'],
      ['den', 'add', '--db', typo, '--json', JSON.stringify(NQ43)],
      ['report', 'thong-ke', '--db', typo, '--period', '2024', '--out', path.join(dir, 'tk.xlsx')],
      ['parse', 'symbol', '43-NQ/TW', '--db', typo],
    ]) {
      const r = args[0] === 'den' && args[1] === 'list' ? vanthu(...args) : await vanthuInProcess(...args);
      expect([r.code, r.stdout], args.join(' ')).toEqual([1, '']);
      expect(r.stderr).toContain(`Không có cơ sở dữ liệu "${typo}"`);
      expect(r.stderr).toContain('vanthu init');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    const init = vanthu('init', '--db', typo);
    expect(init.code, init.stderr).toBe(0);
    expect(fs.existsSync(typo)).toBe(true);
  });

  it('parse symbol --db knows the type codes the office added in the app', async () => {
    const db = path.join(tempDir(), 'v.db');
    const backend = createBackend({ dbPath: db, mode: 'test' });
    await ok(backend, 'typeCodes.save', { system: 'party', code: 'SoT', name: 'Sổ tay' });
    backend.close();
    const r = vanthu('parse', 'symbol', '12-SoT/TU', '--db', db);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ number: 12, typeCode: 'SoT', typeName: 'Sổ tay', issuerCode: 'TU' });
  });

  it('report so-ket finds the directive by its symbol through the API, and names a missing one', () => {
    const db = registerWithTwoEntries();
    const out = path.join(tempDir(), 'so-ket.docx');
    const r = vanthu('report', 'so-ket', '--db', db, '--directive', '43-nq/tw', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().out).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const missing = vanthu('report', 'so-ket', '--db', db, '--directive', '99-NQ/TW', '--out', path.join(path.dirname(out), 'khong.docx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không có văn bản "99-NQ/TW"');
    expect(fs.existsSync(path.join(path.dirname(out), 'khong.docx'))).toBe(false);
  });
});
