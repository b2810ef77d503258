import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { NQ43, tempDir } from '../helpers/tempBackend';

describe('vanthu CLI', () => {
  it('init --sample builds the register with the real case first', () => {
    const db = path.join(tempDir(), 'v.db');
    const init = vanthu('init', '--db', db, '--sample');
    expect(init.code, init.stderr).toBe(0);
    expect(init.json().sampleEntries).toBeGreaterThan(300);
    const list = vanthu('den', 'list', '--db', db, '--q', '43-NQ/TW', '--json');
    expect(list.code).toBe(0);
    const found = list.json();
    expect(found.total).toBeGreaterThanOrEqual(1);
    const nq = found.items.find((e: any) => e.symbol === '43-NQ/TW');
    expect(nq).toMatchObject({ arrivalNumber: 11646, arrivalDate: '2023-11-28', documentDate: '2023-11-24', issuer: 'Ban Chấp hành Trung ương', receivedVia: 'network', isSample: true });
    const year = vanthu('den', 'list', '--db', db, '--year', '2024', '--json').json();
    expect(year.total).toBeGreaterThan(100);
    expect(year.items.every((e: any) => e.arrivalDate.startsWith('2024-'))).toBe(true);
  });

  it('den add prints the created entry with warnings; den list finds it without diacritics', () => {
    const db = path.join(tempDir(), 'v.db');
    vanthu('init', '--db', db);
    const first = vanthu('den', 'add', '--db', db, '--json', JSON.stringify(NQ43));
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ arrivalNumber: 11646, symbol: '43-NQ/TW', typeCode: 'NQ', warnings: [] });
    const again = vanthu('den', 'add', '--db', db, '--json', JSON.stringify({ ...NQ43, arrivalNumber: undefined, arrivalDate: '2023-12-04', receivedVia: 'paper' }));
    expect(again.code).toBe(0);
    expect(again.json().arrivalNumber).toBe(11647);
    expect(again.json().warnings[0]).toContain('11646');
    const list = vanthu('den', 'list', '--db', db, '--q', 'dai doan ket', '--json').json();
    expect(list.total).toBe(2);
    expect(Object.keys(list)).toEqual(['total', 'items']);
  });

  it('bad input exits non-zero with a Vietnamese message on stderr and writes nothing', () => {
    const db = path.join(tempDir(), 'v.db');
    vanthu('init', '--db', db);
    const before = fs.statSync(db).size;
    for (const bad of [
      JSON.stringify({ ...NQ43, arrivalDate: '28/11/2023' }),
      JSON.stringify({ ...NQ43, issuer: '' }),
      '{not json',
    ]) {
      const r = vanthu('den', 'add', '--db', db, '--json', bad);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^Lỗi: /);
      expect(r.stdout).toBe('');
    }
    expect(vanthu('den', 'list', '--db', db, '--json').json().total).toBe(0);
    expect(fs.statSync(db).size).toBe(before);
    const unknown = vanthu('den', 'xoa', '--db', db);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Lệnh không hợp lệ');
  });

  it('parse symbol prints the parsed symbol as JSON', () => {
    const r = vanthu('parse', 'symbol', '43-NQ/TW');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ number: 43, typeCode: 'NQ', typeName: 'Nghị quyết', issuerCode: 'TW', system: 'party' });
    const bad = vanthu('parse', 'symbol', 'không phải ký hiệu');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Không nhận dạng được');
  });
});
