import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { NQ43, tempDir } from '../helpers/tempBackend';

// The command-line interface of issue 9 for copies and settings, exactly as others rely on it.

const SEED_COPY = {
  sourceSymbol: '43-NQ/TW', form: 'SY', date: '2023-12-04',
  signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông',
  recipients: ['Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc'],
};

// Each command is a process of its own: a few per test, with time for a loaded machine.
function registerWithSource(withSource = true): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'v.db');
  expect(vanthu('init', '--db', db).code).toBe(0);
  if (withSource) expect(vanthu('den', 'add', '--db', db, '--json', JSON.stringify(NQ43)).code).toBe(0);
  return { dir, db };
}

describe('vanthu settings', () => {
  it('set stores the office identity and get prints it; a wrong key is refused with nothing written', () => {
    const { db } = registerWithSource(false);
    const identity = { superiorBody: 'TỈNH ỦY LÂM ĐỒNG', issuingBody: 'BAN DÂN VẬN', issuerCode: 'BDVTU', placeName: 'Lâm Đồng' };
    const set = vanthu('settings', 'set', '--db', db, '--json', JSON.stringify(identity));
    expect(set.code, set.stderr).toBe(0);
    expect(vanthu('settings', 'get', '--db', db).json()).toMatchObject(identity);
    const wrong = vanthu('settings', 'set', '--db', db, '--json', '{"issuerCode":"TU","placeNam":"Đà Lạt"}');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('placeNam');
    expect(vanthu('settings', 'get', '--db', db).json().issuerCode).toBe('BDVTU');
  }, 240_000);
});

describe('vanthu sao', () => {
  it('add makes the seed’s copy with the number given, then the next of the series; page writes Word', () => {
    const { dir, db } = registerWithSource();
    const first = vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ ...SEED_COPY, number: 1274 }));
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ number: 1274, symbol: '1274-SY/VPTU', sourceSymbol: '43-NQ/TW' });
    const next = vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ ...SEED_COPY, form: 'SL', sourceSymbol: undefined, sourceId: first.json().sourceId }));
    expect(next.json()).toMatchObject({ number: 1275, symbol: '1275-SL/VPTU' });
    const twice = vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ ...SEED_COPY, number: 1275 }));
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('Số 1275 đã được dùng cho bản sao 1275-SL/VPTU');

    const docx = path.join(dir, 'ban-sao.docx');
    const page = vanthu('sao', 'page', '--db', db, '--id', String(first.json().id), '--out', docx);
    expect(page.code, page.stderr).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = path.join(dir, 'ban-sao.pdf');
    const refused = vanthu('sao', 'page', '--db', db, '--id', String(first.json().id), '--out', pdf);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('chưa có tệp PDF đính kèm');
    expect(fs.existsSync(pdf)).toBe(false);
  }, 240_000);

  it('report so-sao writes the copy register as Word and Excel', async () => {
    const { dir, db } = registerWithSource();
    vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ ...SEED_COPY, number: 1274 }));
    vanthu('sao', 'add', '--db', db, '--json', JSON.stringify({ ...SEED_COPY, form: 'TrS', date: '2023-12-08' }));
    const xlsx = path.join(dir, 'so-sao.xlsx');
    const r = vanthu('report', 'so-sao', '--db', db, '--from', '2023-12-01', '--to', '2023-12-31', '--out', xlsx);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().summary).toBe('2 bản sao, từ 01/12/2023 đến 31/12/2023.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const values: string[] = [];
    wb.getWorksheet('Sổ bản sao')!.eachRow((row) => row.eachCell((c) => values.push(String(c.text))));
    expect(values).toContain('1274-SY/VPTU');
    expect(values).toContain('1275-TrS/VPTU');
    expect(values).toContain('Trích sao');
    const docx = vanthu('report', 'so-sao', '--db', db, '--from', '2023-12-01', '--to', '2023-12-31', '--out', path.join(dir, 'so-sao.docx'));
    expect(docx.code, docx.stderr).toBe(0);
  }, 240_000);
});
