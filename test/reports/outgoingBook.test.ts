import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, flatten } from '../helpers/libreoffice';
import { ok, tempBackend } from '../helpers/tempBackend';

// The outgoing register's book (report so-di) read back by LibreOffice, and the issued counts of thong-ke.

async function register() {
  const b = tempBackend();
  await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
  const add = (over: Record<string, unknown>) => ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'tình hình thực hiện Nghị quyết 43-NQ/TW', signer: 'Nguyễn Văn A', recipients: ['Ban Bí thư', 'Lưu VPTU'], copies: 5, archiveHolder: 'Phòng Hành chính', ...over });
  await add({});
  await add({ typeCode: 'CV', issuerCode: 'VPTU', abstract: 'đề nghị báo cáo', documentDate: '2024-02-05', forwardedDate: '2024-02-06', receivedBy: 'Trần B' });
  const reserved = await add({ reserve: true, abstract: '', documentDate: '2024-02-20' });
  await ok(b, 'outgoing.void', { id: reserved.id, reason: 'Dự thảo không được ký' });
  await add({ typeCode: 'CTr', typeName: 'Chương trình', abstract: 'hành động thực hiện Nghị quyết 43-NQ/TW', documentDate: '2024-03-01' });
  await add({ documentDate: '2024-05-01' });
  return b;
}

const HEADINGS = ['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú'];

describe('report so-di', () => {
  it('prints the ten columns of NĐ 30 Phụ lục IV with every number of the range, the void one with its reason', async () => {
    const b = await register();
    const docx = await ok(b, 'reports.generate', { report: 'so-di', from: '2024-01-01', to: '2024-03-31', format: 'docx' });
    const xlsx = await ok(b, 'reports.generate', { report: 'so-di', from: '2024-01-01', to: '2024-03-31', format: 'xlsx' });
    expect(docx.summary).toBe('3 văn bản đi (và 1 số đã lấy hoặc đã hủy), từ 01/01/2024 đến 31/03/2024.');
    expect(docx.fileName).toBe('so-dang-ky-van-ban-di_2024-01-01_2024-03-31.docx');
    const read = await convertWithLibreOffice({ 'so-di.docx': Buffer.from(docx.contentBase64, 'base64'), 'so-di-x.xlsx': Buffer.from(xlsx.contentBase64, 'base64') });
    for (const file of ['so-di.docx', 'so-di-x.xlsx']) {
      const text = flatten(read[file].text);
      expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
      expect(text).toContain('Từ ngày 01/01/2024 đến ngày 31/03/2024');
      // Headings wrap inside their narrow columns: compared without spaces.
      const packed = text.replace(/\s+/g, '');
      // Wrapped headings read interleaved (pdftotext): the headings are checked in the Excel book below.
      // pdftotext reads wrapped cells line by line between their neighbours' lines: the words in order, others between.
      expect(packed).toMatch(/1-BC\/TU.*10\/01\/2024.*Báocáo:tìnhhìnhthựchiện.*Nghịquyết43-NQ\/TW/);
      expect(packed).toMatch(/2-BC\/TU.*20\/02\/2024.*Hủysố:.*Dựthảo.*khôngđượcký/);
      expect(text).not.toContain('3-BC/TU'); // dated May: outside the range
    }
    // The cover (first page of the Word book) names the office like the incoming book's.
    expect(flatten(read['so-di.docx'].pages[0])).toContain('TỈNH ỦY LẠNG SƠN');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const symbols: string[] = [];
    const sheet = wb.getWorksheet('Sổ văn bản đi')!;
    sheet.eachRow((row) => { const v = String(row.getCell(1).text); if (/-\w+\/\w+$/.test(v)) symbols.push(v); });
    const headingRow = sheet.getRow(4).values as unknown[];
    expect(headingRow.slice(1).map(String)).toEqual(HEADINGS);
    expect(symbols).toEqual(['1-BC/TU', '1-CV/VPTU', '2-BC/TU', '1-CTr/TU']);
  }, 240_000);

  it('thong-ke counts the documents issued by type, void and reserved numbers aside', async () => {
    const b = await register();
    const xlsx = await ok(b, 'reports.generate', { report: 'thong-ke', period: '2024-Q1', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String((v as any)?.richText ? (v as any).richText.map((t: any) => t.text).join('') : v ?? '')))));
    const find = (label: string) => rows.find((r) => r.includes(label));
    expect(find('Tổng số văn bản ban hành (văn bản đi)')).toContain('3');
    expect(find('Báo cáo')).toContain('1');
    expect(find('Công văn')).toContain('1');
    expect(find('Chương trình')).toContain('1');
    // The Word report's summary names them too.
    const docx = await ok(b, 'reports.generate', { report: 'thong-ke', period: '2024-Q1', format: 'docx' });
    const read = await convertWithLibreOffice({ 'thong-ke.docx': Buffer.from(docx.contentBase64, 'base64') });
    expect(flatten(read['thong-ke.docx'].text)).toContain('Văn bản ban hành: 3 văn bản (báo cáo: 1; chương trình: 1; công văn: 1).');
  }, 120_000);
});
