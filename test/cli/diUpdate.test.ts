import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { tempDir } from '../helpers/tempBackend';

// `vanthu di update` (issue 9): the columns filled after issuing — Ngày chuyển, Ký nhận, bản lưu, số lượng bản —
// on an issued document, printed back as JSON; the number and symbol refused, an unknown option refused.

describe('vanthu di update', () => {
  it('fills the forwarding columns of an issued document and refuses its symbol', () => {
    const db = path.join(tempDir(), 'v.db');
    expect(vanthu('init', '--db', db).code).toBe(0);
    expect(vanthu('term', 'add', '--db', db, '--from', '2020-10-16', '--to', '2025-10-15').code).toBe(0);
    const doc = vanthu('di', 'add', '--db', db, '--json', JSON.stringify({ documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo tháng 1' })).json();

    const done = vanthu('di', 'update', '--db', db, '--id', String(doc.id), '--json',
      JSON.stringify({ forwardedDate: '2024-01-12', receivedBy: 'Hoàng Thu Hà', archiveHolder: 'Văn phòng Tỉnh ủy', copies: 5, notes: 'Gửi qua mạng' }));
    expect(done.code, done.stderr).toBe(0);
    expect(done.json()).toMatchObject({
      id: doc.id, symbol: '1-BC/TU', forwardedDate: '2024-01-12', receivedBy: 'Hoàng Thu Hà', archiveHolder: 'Văn phòng Tỉnh ủy', copies: 5, notes: 'Gửi qua mạng',
    });

    const symbol = vanthu('di', 'update', '--db', db, '--id', String(doc.id), '--json', '{"symbol":"2-BC/TU"}');
    expect(symbol.code).not.toBe(0);
    expect(symbol.stderr).toContain('Không sửa được số, ký hiệu');
    const noId = vanthu('di', 'update', '--db', db, '--json', '{"notes":"x"}');
    expect(noId.code).not.toBe(0);
    expect(noId.stderr).toContain('Thiếu --id');
    const stray = vanthu('di', 'update', '--db', db, '--id', String(doc.id), '--json', '{"notes":"x"}', '--reason', 'y');
    expect(stray.code).not.toBe(0);
    expect(stray.stderr).toContain('Lệnh "di update" không có tùy chọn --reason');
    const listed = vanthu('di', 'list', '--db', db, '--json').json();
    expect(listed.items.map((e: any) => [e.symbol, e.notes])).toEqual([['1-BC/TU', 'Gửi qua mạng']]);
  }, 300_000);
});
