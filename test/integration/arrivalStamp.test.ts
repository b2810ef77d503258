import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../helpers/libreoffice';
import { RECEIVED, fixtureText } from '../helpers/receivedDocuments';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

// The arrival stamp written on a received PDF: seed 003's text as the sender made it (its own stamp lines taken
// out), made into a PDF by LibreOffice, registered, then stamped.

const STAMP_LINES = /^(VĂN BẢN ĐẾN QUA MẠNG|Số: 11646 Ngày: 28\/11\/2023|Chuyển:|Lưu hồ sơ:)$/;
let sent: Buffer;

beforeAll(async () => {
  const text = fixtureText(RECEIVED.resolution).split('\n').filter((l) => !STAMP_LINES.test(l.trim())).join('\n');
  sent = (await convertToPdf({ 'NQ43.txt': Buffer.from(text) }))['NQ43.txt'];
}, 240_000);

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function pdfText(pdf: Buffer, page: number): string {
  const file = path.join(tempDir('vanthu-stamp-'), 'x.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}
const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))![1]);

describe('arrival stamp (incoming.stamp)', () => {
  it('writes the block on page 1 of a copy, keeps the page count, attaches it beside the untouched original', async () => {
    expect(pdfText(sent, 1)).not.toContain('VĂN BẢN ĐẾN');
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, fileCode: 'HS 05' });
    const original = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'NQ43.pdf', contentBase64: sent.toString('base64') });

    const stamped = await ok(b, 'incoming.stamp', { id: entry.id });
    const pdf = Buffer.from(stamped.contentBase64, 'base64');
    const first = pdfText(pdf, 1);
    expect(first).toContain('VĂN BẢN ĐẾN QUA MẠNG');
    expect(first).toMatch(/Số: 11646\s+Ngày: 28\/11\/2023/);
    expect(first).toContain('Chuyển: Ban Dân vận Tỉnh ủy');
    expect(first).toContain('Lưu hồ sơ: HS 05');
    expect(pdfText(pdf, 2)).not.toContain('VĂN BẢN ĐẾN');
    expect(pageCount(pdf)).toBe(pageCount(sent));
    // The stamp sits in free space: every line of the sent page is still there, whole.
    for (const line of ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Số 43-NQ/TW', 'Hà Nội, ngày 24 tháng 11 năm 2023']) expect(first).toContain(line);

    expect(stamped.fileName).toBe('NQ43_dau-den.pdf');
    expect(stamped.attachment).toMatchObject({ entryId: entry.id, fileName: 'NQ43_dau-den.pdf', sha256: sha(pdf) });
    const kept = await ok(b, 'attachments.read', { id: original.id });
    expect(sha(Buffer.from(kept.contentBase64, 'base64'))).toBe(sha(sent));
    expect(kept.attachment.sha256).toBe(sha(sent));

    // Stamping again stamps the original, not the stamped file, and keeps one stamped copy.
    const again = await ok(b, 'incoming.stamp', { id: entry.id });
    expect(again.attachment.id).toBe(stamped.attachment.id);
    expect(pdfText(Buffer.from(again.contentBase64, 'base64'), 1).match(/VĂN BẢN ĐẾN/g)).toHaveLength(1);
    const detail = await ok(b, 'incoming.get', { id: entry.id });
    expect(detail.attachmentCount ?? detail.entry?.attachmentCount).toBe(2);
  }, 120_000);

  it('a paper document gets the same block on a 70 × 40 mm label; an entry without a PDF is refused in Vietnamese', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, receivedVia: 'paper', arrivalNumber: 12 });
    const refused = await b.dispatch('incoming.stamp', { id: entry.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('chưa có tệp PDF đính kèm');

    const label = await ok(b, 'incoming.stampLabel', { id: entry.id });
    const pdf = Buffer.from(label.contentBase64, 'base64');
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect(Math.round(Number(w) / 72 * 25.4)).toBe(70);
    expect(Math.round(Number(h) / 72 * 25.4)).toBe(40);
    const text = pdfText(pdf, 1);
    expect(text).toContain('VĂN BẢN ĐẾN');
    expect(text).not.toContain('QUA MẠNG');
    expect(text).toMatch(/Số: 12\s+Ngày: 28\/11\/2023/);
  }, 60_000);
});
