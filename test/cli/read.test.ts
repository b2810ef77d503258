import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_FIELD_NAMES } from '../../shared/documentReader/readDocument';
import { vanthu } from '../helpers/cli';
import { EXPECTED_43 } from '../helpers/receivedDocuments';
import { WHITE_PNG, receivedPdfs } from '../helpers/receivedFiles';
import { tempDir } from '../helpers/tempBackend';

let pdf: string;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-read-'));
  pdf = path.join(dir, 'NQ43.pdf');
  fs.writeFileSync(pdf, (await receivedPdfs()).resolution);
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vanthu read / den add --file', () => {
  it('read --json prints the fields of the interface, each with a confidence, and the source lines', () => {
    const r = vanthu('read', '--file', pdf, '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(Object.keys(out).sort()).toEqual(['confidence', 'fields', 'ocr', 'pages', 'source']);
    expect(Object.keys(out.fields)).toEqual(READ_FIELD_NAMES);
    expect(out.fields).toEqual(EXPECTED_43);
    expect(out).toMatchObject({ ocr: false, pages: 9 });
    for (const f of READ_FIELD_NAMES) expect(out.confidence[f]).toBeGreaterThanOrEqual(0);
    expect(out.source.symbol).toBe('Số 43-NQ/TW');
  }, 120_000);

  it('read without --json shows the fields in Vietnamese with how sure the reader is', () => {
    const r = vanthu('read', '--file', pdf);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Số, ký hiệu: 43-NQ/TW  [95%]');
    expect(r.stdout).toContain('Người ký: (không thấy)');
  }, 120_000);

  it('den add --file registers the fields read, --json overriding some, and attaches the file', () => {
    const db = path.join(tempDir(), 'v.db');
    vanthu('init', '--db', db);
    const r = vanthu('den', 'add', '--db', db, '--file', pdf, '--json', JSON.stringify({ handlingUnit: 'Ban Dân vận Tỉnh ủy', arrivalNumber: 12 }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      arrivalNumber: 12, arrivalDate: '2023-11-28', symbol: '43-NQ/TW', issuer: 'Ban Chấp hành Trung ương', typeCode: 'NQ',
      handlingUnit: 'Ban Dân vận Tỉnh ủy', attachmentCount: 2, attachment: { fileName: 'NQ43.pdf' }, stamped: { fileName: 'NQ43_dau-den.pdf' },
    });
    expect(vanthu('den', 'list', '--db', db, '--json').json().total).toBe(1);
  }, 180_000);

  it('a blank image: OCR finds no text, exit code 1 and a Vietnamese message', () => {
    const png = path.join(dir, 'trang1.png');
    fs.writeFileSync(png, WHITE_PNG);
    const r = vanthu('read', '--file', png, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không nhận dạng được chữ nào');
    expect(r.stdout).toBe('');
  }, 120_000);
});
