import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { receivedPdfs } from '../helpers/receivedFiles';
import { tempDir } from '../helpers/tempBackend';

let pdf: Buffer;
beforeAll(async () => {
  pdf = (await receivedPdfs()).resolution;
}, 240_000);

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('vanthu den stamp', () => {
  it('writes the entry PDF with the arrival stamp on page 1 and attaches it beside the untouched original', () => {
    const dir = tempDir();
    const db = path.join(dir, 'v.db');
    const file = path.join(dir, 'NQ43.pdf');
    fs.writeFileSync(file, pdf);
    expect(vanthu('init', '--db', db).code).toBe(0);
    const added = vanthu('den', 'add', '--db', db, '--file', file, '--json', JSON.stringify({ arrivalNumber: 345, arrivalDate: '2024-01-05', handlingUnit: 'Ban Tuyên giáo Tỉnh ủy' }));
    expect(added.code, added.stderr).toBe(0);
    const id = added.json().id as number;

    const out = path.join(dir, 'dong-dau.pdf');
    const r = vanthu('den', 'stamp', '--db', db, '--id', String(id), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ out, attachment: { fileName: 'NQ43_dau-den.pdf', sha256: sha(fs.readFileSync(out)) } });
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
    expect(first).toMatch(/Số: 345\s+Ngày: 05\/01\/2024/);
    expect(first).toContain('Chuyển: Ban Tuyên giáo Tỉnh ủy');
    // The original stays as it came: its stored copy has the same SHA-256 as the file given.
    expect(fs.existsSync(path.join(dir, 'attachments', sha(pdf).slice(0, 2), `${sha(pdf)}.pdf`))).toBe(true);
  }, 180_000);

  it('refuses an entry without a PDF, in Vietnamese, and writes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'v.db');
    vanthu('init', '--db', db);
    const added = vanthu('den', 'add', '--db', db, '--json', JSON.stringify({ arrivalDate: '2024-01-05', issuer: 'Tỉnh ủy Lạng Sơn', abstract: 'Công văn giấy', receivedVia: 'paper' }));
    expect(added.code, added.stderr).toBe(0);
    const out = path.join(dir, 'x.pdf');
    const r = vanthu('den', 'stamp', '--db', db, '--id', String(added.json().id), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('chưa có tệp PDF đính kèm');
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
