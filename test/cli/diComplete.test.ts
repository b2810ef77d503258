import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { tempDir } from '../helpers/tempBackend';

// The command line beside the screens (issue 9): a taken number completed once signed, a copy of the office's
// own document, and a mistaken copy cancelled with a reason.

describe('vanthu di complete, sao add from an outgoing document, sao cancel', () => {
  it('fills in a taken number, copies the issued document and cancels the copy, keeping its number', () => {
    const db = path.join(tempDir(), 'v.db');
    expect(vanthu('init', '--db', db).code).toBe(0);
    expect(vanthu('term', 'add', '--db', db, '--from', '2020-10-16', '--to', '2025-10-15').code).toBe(0);
    const taken = vanthu('di', 'add', '--db', db, '--json', JSON.stringify({ documentDate: '2024-01-15', typeCode: 'CTr', issuerCode: 'TU', reserve: true })).json();
    expect(taken).toMatchObject({ symbol: '1-CTr/TU', status: 'reserved' });

    const missing = vanthu('di', 'complete', '--db', db, '--id', String(taken.id), '--json', '{"signer":"Nguyễn Văn A"}');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Trích yếu');
    const done = vanthu('di', 'complete', '--db', db, '--id', String(taken.id), '--json', JSON.stringify({ abstract: 'Chương trình hành động', signer: 'Nguyễn Văn A' }));
    expect(done.code, done.stderr).toBe(0);
    expect(done.json()).toMatchObject({ symbol: '1-CTr/TU', status: 'issued', abstract: 'Chương trình hành động', signer: 'Nguyễn Văn A' });

    const copy = vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ sourceKind: 'outgoing', sourceSymbol: '1-CTr/TU', form: 'SY', date: '2024-01-16', recipients: ['Báo Lạng Sơn'] }));
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.json()).toMatchObject({ symbol: '1-SY/VPTU', sourceKind: 'outgoing', sourceSymbol: '1-CTr/TU' });

    const noReason = vanthu('sao', 'cancel', '--db', db, '--id', String(copy.json().id));
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toContain('Thiếu --reason');
    const cancelled = vanthu('sao', 'cancel', '--db', db, '--id', String(copy.json().id), '--reason', 'Sao nhầm');
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(cancelled.stdout).toContain('Đã hủy bản sao 1-SY/VPTU (lý do: Sao nhầm)');
    const listed = vanthu('sao', 'list', '--db', db, '--json').json();
    expect(listed.items.map((c: any) => [c.symbol, c.cancelled, c.cancelReason])).toEqual([['1-SY/VPTU', true, 'Sao nhầm']]);
  }, 300_000);
});
