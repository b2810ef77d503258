/**
 * The register book as NĐ 30/2020/NĐ-CP, Phụ lục IV has it: a cover with the office, the title, the year, the
 * date and number range and "Quyển số"; no document number, date line, Nơi nhận or signature; columns wide
 * enough that no symbol or date breaks inside itself, in Word and in Excel (read from LibreOffice's PDF).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_BOOK_COLUMNS, renderRegisterBook } from '../../electron/backend/reports/renderRegisterBook';
import type { RegisterBookModel } from '../../shared/reportModels';
import { CONVERT_TIMEOUT_MS, convertWithLibreOffice, flatten, type ConvertedFile } from '../helpers/libreoffice';
import { expectSoundOoxml } from '../helpers/ooxmlCheck';
import { docxText, partXml } from './docxFixtures';
import { sampleRegisterBook } from './sampleModels';

const template = (format: 'docx' | 'xlsx') => readFile(join(import.meta.dirname, '../../templates', `so-dang-ky-den.${format}`));

/** The sample book with the tokens that broke before: long symbols, a note citing a copy with its date. */
function model(): RegisterBookModel {
  const book = sampleRegisterBook(12);
  book.rows[0] = { ...book.rows[0]!, notes: 'Dữ liệu mẫu. Sao y 1274-SY/VPTU ngày 04/12/2023 gửi các huyện ủy, thành ủy, đảng ủy trực thuộc.' };
  book.rows[1] = { ...book.rows[1]!, symbol: '1415-TB/UBKTTW', receivedBy: 'Nguyễn Thị Lan 29/11/2023' };
  book.rows[2] = { ...book.rows[2]!, symbol: '1370-CTr/BTGTU' };
  // A mistaken entry, cancelled: it keeps its place and number, struck through, the reason in its notes.
  book.rows[3] = { ...book.rows[3]!, notes: '', cancelled: { date: '2023-11-30', reason: 'Vào sổ trùng' } };
  return book;
}

let files: Record<string, Buffer>;
let converted: Record<string, ConvertedFile>;
beforeAll(async () => {
  files = {
    'so-dang-ky-docx.docx': await renderRegisterBook(model(), await template('docx'), 'docx'),
    'so-dang-ky-xlsx.xlsx': await renderRegisterBook(model(), await template('xlsx'), 'xlsx'),
  };
  converted = await convertWithLibreOffice(files);
}, CONVERT_TIMEOUT_MS + 30_000);

describe('Sổ đăng ký văn bản đến', () => {
  it('is sound in both formats', async () => {
    await expectSoundOoxml(files['so-dang-ky-docx.docx']!, 'docx');
    await expectSoundOoxml(files['so-dang-ky-xlsx.xlsx']!, 'xlsx');
  });

  it('Word: the cover of Phụ lục IV, without number, date line, Nơi nhận or signature', async () => {
    const text = (await docxText(files['so-dang-ky-docx.docx']!)).replace(/\s+/g, ' ');
    for (const s of ['TỈNH ỦY LẠNG SƠN', 'VĂN PHÒNG', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm 2023', 'Từ ngày 01/11/2023 đến ngày 31/12/2023', 'Từ số 11646 đến số 11657', 'Quyển số: 01']) {
      expect(text).toContain(s);
    }
    for (const s of ['-BC/VPTU', 'Lạng Sơn, ngày', 'Nơi nhận', 'Hoàng Văn Minh', 'PHÓ CHÁNH VĂN PHÒNG']) expect(text).not.toContain(s);
  });

  it('Excel: the same cover; dates are dates shown dd/mm/yyyy', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files['so-dang-ky-xlsx.xlsx']! as unknown as ArrayBuffer);
    const cover: unknown[] = [];
    wb.getWorksheet('Bìa sổ')!.eachRow((row) => cover.push(row.getCell(1).value));
    expect(cover).toEqual(['TỈNH ỦY LẠNG SƠN', 'VĂN PHÒNG', '*', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm 2023', 'Từ ngày 01/11/2023 đến ngày 31/12/2023', 'Từ số 11646 đến số 11657', 'Quyển số: 01']);
    const ws = wb.getWorksheet('Sổ đăng ký')!;
    const first = ws.getCell('A6');
    expect(first.value).toBeInstanceOf(Date);
    expect((first.value as Date).toISOString().slice(0, 10)).toBe('2023-11-28');
    expect(first.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B6').value).toBe(11646);
  });

  it.each(['so-dang-ky-docx.docx', 'so-dang-ky-xlsx.xlsx'])('%s: no symbol or date breaks inside itself', (name) => {
    const lines = converted[name]!.text.split('\n').map((l) => l.trim());
    const whole = (token: string) => lines.some((l) => l.includes(token));
    // Word's hyphens in symbols are non-breaking; an Excel cell has no such mark without changing its text, so
    // there a symbol in the middle of a note may still wrap after its hyphen, like any hyphenated word.
    const inNote = name.endsWith('.docx') ? ['1274-SY/VPTU'] : [];
    for (const token of [...inNote, '04/12/2023', '1415-TB/UBKTTW', '1370-CTr/BTGTU', '28/11/2023', '24/11/2023', '29/11/2023']) {
      expect(whole(token), `${name}: "${token}" on one line`).toBe(true);
    }
    const dates = model().rows.flatMap((r) => [r.arrivalDate, r.documentDate, r.forwardedDate]).filter(Boolean);
    const printed = converted[name]!.text.match(/\b\d{2}\/\d{2}\/\d{4}\b/g) ?? [];
    expect(printed.length).toBeGreaterThanOrEqual(dates.length);
  });

  describe('a cancelled entry', () => {
    const cancelledNumber = () => model().rows[3]!.arrivalNumber;

    it('Word: its row, and only its row, is struck through', async () => {
      const rows = (await partXml(files['so-dang-ky-docx.docx']!)).match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      const struck = rows.filter((r) => r.includes('<w:strike/>'));
      expect(struck).toHaveLength(1);
      expect(struck[0]).toContain(`>${cancelledNumber()}<`);
      expect(struck[0]).toContain('Đã hủy: Vào sổ trùng (ngày 30/11/2023)');
      // Every run of the row is struck: as many struck runs as runs.
      expect(struck[0]!.match(/<w:r>/g)!.length).toBe(struck[0]!.match(/<w:strike\/>/g)!.length);
    });

    it('Excel: its cells, and only its cells, are struck through, its number kept', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(files['so-dang-ky-xlsx.xlsx']! as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Sổ đăng ký')!;
      const struckRows: number[] = [];
      ws.eachRow((row, n) => {
        if (n < 6) return;
        const strikes = REGISTER_BOOK_COLUMNS.map((_, j) => row.getCell(j + 1).font?.strike === true);
        if (strikes.some(Boolean)) struckRows.push(n);
        if (strikes.some(Boolean)) expect(strikes.every(Boolean)).toBe(true);
      });
      expect(struckRows).toEqual([9]);
      expect(ws.getCell('B9').value).toBe(cancelledNumber());
      expect(ws.getCell('J9').value).toBe('Đã hủy: Vào sổ trùng (ngày 30/11/2023)');
    });

    it.each(['so-dang-ky-docx.docx', 'so-dang-ky-xlsx.xlsx'])('%s: LibreOffice prints its row and the note', (name) => {
      const text = flatten(converted[name]!.text);
      expect(text).toContain(String(cancelledNumber()));
      for (const part of ['Đã hủy:', 'Vào sổ trùng', '(ngày 30/11/2023)']) expect(text).toContain(part);
    });
  });
});
