/**
 * Every report, Word and Excel, opened by LibreOffice as a reader's office suite would open it: a file it
 * cannot open fails here. Needs soffice and pdftotext (CI installs them); without them the test fails.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateFormat } from '../../electron/backend/reports/placeholders';
import { renderRegisterBook } from '../../electron/backend/reports/renderRegisterBook';
import { renderReview } from '../../electron/backend/reports/renderReview';
import { renderStats } from '../../electron/backend/reports/renderStats';
import { CONVERT_TIMEOUT_MS, convertWithLibreOffice, flatten, type ConvertedFile } from '../helpers/libreoffice';
import { sampleRegisterBook, sampleReview, sampleStats } from './sampleModels';

const template = (name: string) => readFile(join(import.meta.dirname, '../../templates', name));

async function renderAll(): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const format of ['docx', 'xlsx'] as TemplateFormat[]) {
    files[`so-dang-ky-${format}.${format}`] = await renderRegisterBook(sampleRegisterBook(40), await template(`so-dang-ky-den.${format}`), format);
    files[`thong-ke-${format}.${format}`] = await renderStats(sampleStats(), await template(`thong-ke.${format}`), format);
    files[`so-ket-${format}.${format}`] = await renderReview(sampleReview(), await template(`so-ket.${format}`), format);
  }
  return files;
}

let converted: Record<string, ConvertedFile>;
beforeAll(async () => {
  converted = await convertWithLibreOffice(await renderAll());
}, CONVERT_TIMEOUT_MS + 30_000);

const textOf = (name: string) => flatten(converted[name]!.text);

function expectAll(text: string, expected: readonly string[]): void {
  for (const s of expected) expect(text).toContain(s);
}

const PARTY = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LẠNG SƠN', 'Nơi nhận:'];

describe('LibreOffice opens every report', () => {
  it('Sổ đăng ký văn bản đến (.docx): the cover of a register book, the landscape table, no signature', () => {
    const text = textOf('so-dang-ky-docx.docx');
    expectAll(text, ['TỈNH ỦY LẠNG SƠN', 'VĂN PHÒNG', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm 2023', 'Từ số 11646 đến số 11685', 'Quyển số: 01', '43-NQ/TW', '28/11/2023']);
    for (const s of ['Nơi nhận', 'Lạng Sơn, ngày', 'K/T CHÁNH VĂN PHÒNG', 'Hoàng Văn Minh']) expect(text).not.toContain(s);
  });

  it('Báo cáo thống kê (.docx)', () => {
    expectAll(textOf('thong-ke-docx.docx'), [...PARTY, 'Số 12-BC/VPTU', 'BÁO CÁO', 'Thống kê văn bản đến quý I/2024', '1.234', '1.185', '+35', '79,4%']);
  });

  it('Báo cáo sơ kết (.docx), with its appendices', () => {
    expectAll(textOf('so-ket-docx.docx'), ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN DÂN VẬN', 'Số 45-BC/BDVTU', 'VI- KIẾN NGHỊ, ĐỀ XUẤT', '[Cần viết: đoạn mở đầu', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', '21-KH/TW', 'Đoàn Thị Hậu']);
  });

  it('numbers the pages of the Word reports from page 2, at the top', () => {
    for (const name of ['so-dang-ky-docx.docx', 'so-ket-docx.docx']) {
      const { pages } = converted[name]!;
      expect(pages.length, name).toBeGreaterThanOrEqual(3);
      expect(pages[0]!.trim().startsWith('1'), `${name}: no number on page 1`).toBe(false);
      expect(pages[1]!.trim().split('\n')[0]!.trim(), `${name}: number at the top of page 2`).toBe('2');
      expect(pages[2]!.trim().split('\n')[0]!.trim()).toBe('3');
    }
  });

  it('Excel workbooks: every sheet, with its figures', () => {
    expectAll(textOf('so-dang-ky-xlsx.xlsx'), ['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Ngày đến', '11646', '43-NQ/TW', 'Văn bản đến qua mạng']);
    const stats = textOf('thong-ke-xlsx.xlsx');
    expectAll(stats, ['THỐNG KÊ VĂN BẢN ĐẾN', 'Tổng số văn bản đến', 'Giải quyết đúng hạn']);
    expect(stats).toMatch(/1[.,]234/);
    expect(stats).toMatch(/79[.,]4%/); // a number shown as a percentage, in the reader's decimal separator
    expectAll(textOf('so-ket-xlsx.xlsx'), ['Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW', 'Phụ lục 1', 'Phụ lục 2', 'Ban Dân vận Tỉnh ủy', 'Hoàn thành quá hạn']);
  });
});
