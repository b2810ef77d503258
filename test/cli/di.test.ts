import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { tempDir } from '../helpers/tempBackend';

// The command-line interface of the outgoing register (issue 9), exactly as others rely on it.

const BC = { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo sơ kết 01 năm', signer: 'Nguyễn Văn A', recipients: ['Ban Bí thư'] };

describe('vanthu term add, di add | void | list', () => {
  it('numbers, refuses a used number writing nothing, voids with a reason, lists with --q and --year', () => {
    const db = path.join(tempDir(), 'v.db');
    expect(vanthu('init', '--db', db).code).toBe(0);
    const term = vanthu('term', 'add', '--db', db, '--from', '2020-10-16', '--to', '2025-10-15', '--name', 'Nhiệm kỳ XVII');
    expect(term.code, term.stderr).toBe(0);
    expect(term.json()).toMatchObject({ from: '2020-10-16', to: '2025-10-15', name: 'Nhiệm kỳ XVII' });

    const first = vanthu('di', 'add', '--db', db, '--json', JSON.stringify(BC));
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ number: 1, symbol: '1-BC/TU', signer: 'Nguyễn Văn A', recipients: ['Ban Bí thư'] });
    const reserved = vanthu('di', 'add', '--db', db, '--json', JSON.stringify({ documentDate: '2024-02-01', typeCode: 'BC', issuerCode: 'TU', reserve: true })).json();
    expect(reserved).toMatchObject({ number: 2, symbol: '2-BC/TU', status: 'reserved' });

    const used = vanthu('di', 'add', '--db', db, '--json', JSON.stringify({ ...BC, number: 1 }));
    expect(used.code).not.toBe(0);
    expect(used.stderr).toContain('Số 1 đã được dùng');

    const voided = vanthu('di', 'void', '--db', db, '--id', String(reserved.id), '--reason', 'Dự thảo không được ký');
    expect(voided.code, voided.stderr).toBe(0);
    expect(voided.stdout).toContain('Đã hủy số 2-BC/TU');

    const all = vanthu('di', 'list', '--db', db, '--json').json();
    expect(all.total).toBe(2);
    expect(all.items.map((e: any) => [e.symbol, e.status, e.voidReason])).toEqual([['2-BC/TU', 'void', 'Dự thảo không được ký'], ['1-BC/TU', 'issued', '']]);
    expect(vanthu('di', 'list', '--json', '--db', db, '--q', 'so ket').json().items.map((e: any) => e.symbol)).toEqual(['1-BC/TU']);
    expect(vanthu('di', 'list', '--db', db, '--year', '2023', '--json').json().total).toBe(0);
    const bad = vanthu('di', 'list', '--db', db, '--yaer', '2024');
    expect(bad.code).not.toBe(0);

    const out = path.join(path.dirname(db), 'so-di.xlsx');
    const book = vanthu('report', 'so-di', '--db', db, '--from', '2024-01-01', '--to', '2024-12-31', '--out', out);
    expect(book.code, book.stderr).toBe(0);
    expect(book.json().summary).toBe('1 văn bản đi (và 1 số đã lấy hoặc đã hủy), từ 01/01/2024 đến 31/12/2024.');
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  }, 240_000);
});
