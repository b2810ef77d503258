// Importing an old register from Excel or CSV (issue 10): the heading found below the titles, the
// columns mapped from their Vietnamese names, dates in every form offices type them, the refusal list
// with Excel's row numbers, and all rows or none.
import { describe, expect, it } from 'vitest';
import { csvText, encodeWindows1258, excelDate, HEADINGS, oldRegisterXlsx, type OldRow } from '../helpers/oldRegister';
import { ok, tempBackend } from '../helpers/tempBackend';

const b64 = (content: Buffer) => content.toString('base64');

/** Three good rows: an Excel date, text dates dd/mm/yyyy and d/m/yy, a symbol with stray spaces, a number typed as text. */
const GOOD: OldRow[] = [
  [1, excelDate('2024-01-03'), 'Ban Chấp hành Trung ương', '12 - NQ / TW', excelDate('2023-12-28'), 'Nghị quyết về công tác cán bộ', 'Ban Tổ chức', '', ''],
  ['2', '05/01/2024', 'Tỉnh ủy Lâm Đồng', '3-KH/TU', '3/1/24', 'Kế hoạch thực hiện Nghị quyết 12', 'Văn phòng', 'Nguyễn Văn An', 'Bản sao'],
  [3, '8/1/2024', 'Ban Tuyên giáo Trung ương', ' 45 -HD/BTGTW', '02/01/2024', 'Hướng dẫn tuyên truyền', '', '', ''],
];

/** Bad rows, each with its mistake. */
const BAD: OldRow[] = [
  [4, '32/01/2024', 'Huyện ủy Đức Trọng', '5-BC/HU', '', 'Báo cáo quý I', '', '', ''],
  [5, '10/01/2024', '', '6-CV/HU', '', 'Công văn về việc họp', '', '', ''],
  ['năm', '11/01/2024', 'Đảng ủy Khối', '7-TB/ĐUK', '', 'Thông báo kết luận', '', '', ''],
  [7, '12/01/2099', 'Đảng ủy Khối', '8-TB/ĐUK', '', 'Thông báo', '', '', ''],
];

async function preview(b: ReturnType<typeof tempBackend>, content: Buffer, fileName = 'so-den-2024.xlsx', extra = {}) {
  return ok(b, 'incoming.importPreview', { fileName, contentBase64: b64(content), ...extra });
}

const count = (b: ReturnType<typeof tempBackend>) => (b.services.db.prepare('SELECT count(*) AS n FROM incoming').get() as { n: number }).n;

describe('import of an old register', () => {
  it('finds the heading below the titles, maps the columns and shows the rows as they will be registered', async () => {
    const b = tempBackend();
    const { content, firstDataRow } = await oldRegisterXlsx(GOOD);
    const p = await preview(b, content);
    expect(p.sheet).toBe('Sổ đến 2024'); // the guide sheet before it has no heading row
    expect(p.headerRow).toBe(6);
    expect(p.mapping).toEqual({ arrivalNumber: 0, arrivalDate: 1, issuer: 2, symbol: 3, documentDate: 4, abstract: 5, handlingUnit: 6, notes: 8 });
    expect(p.rowCount).toBe(3); // the "(1) (2) …" row is not a document
    expect(p.refused).toEqual([]);
    expect(p.preview.map((r: any) => [r.row, r.arrivalNumber, r.arrivalDate, r.symbol, r.documentDate])).toEqual([
      [firstDataRow, 1, '2024-01-03', '12-NQ/TW', '2023-12-28'],
      [firstDataRow + 1, 2, '2024-01-05', '3-KH/TU', '2024-01-03'],
      [firstDataRow + 2, 3, '2024-01-08', '45-HD/BTGTW', '2024-01-02'],
    ]);
    expect(p.preview[1].notes).toBe('Bản sao');
    expect(count(b)).toBe(0); // a dry run writes nothing
  });

  it('reads a heading merged over two rows and headings without diacritics', async () => {
    const b = tempBackend();
    const { content } = await oldRegisterXlsx(GOOD, { twoRowHeading: true });
    const p = await preview(b, content);
    expect(p.headerRow).toBe(7);
    expect(Object.keys(p.mapping).sort()).toEqual(['abstract', 'arrivalDate', 'arrivalNumber', 'documentDate', 'handlingUnit', 'issuer', 'notes', 'symbol']);

    const plain = Buffer.from(csvText([['SO DEN', 'NGAY DEN', 'Tac gia', 'So, ky hieu', 'Ngay thang van ban', 'Ten loai va trich yeu', 'Don vi hoac nguoi nhan', 'Ghi chu'],
      [1, '03/01/2024', 'Tỉnh ủy', '1-CV/TU', '', 'Công văn', '', '']]));
    expect((await preview(b, plain, 'so.csv')).mapping).toEqual({ arrivalNumber: 0, arrivalDate: 1, issuer: 2, symbol: 3, documentDate: 4, abstract: 5, handlingUnit: 6, notes: 7 });
  });

  it('lists every refused row with its Excel row number, column, value and reason, and imports none of them', async () => {
    const b = tempBackend();
    const { content, firstDataRow: first } = await oldRegisterXlsx([...GOOD, ...BAD]);
    const bad = first + GOOD.length;
    const p = await preview(b, content);
    expect(p.refused).toEqual([
      { row: bad, column: 'Ngày đến', value: '32/01/2024', reason: 'Không có ngày 32/01/2024: tháng 1 năm 2024 chỉ có 31 ngày.' },
      { row: bad + 1, column: 'Tác giả', value: '', reason: 'Thiếu tác giả (cơ quan ban hành).' },
      { row: bad + 2, column: 'Số đến', value: 'năm', reason: 'Số đến phải là số nguyên dương, ví dụ 125.' },
      { row: bad + 3, column: 'Ngày đến', value: '12/01/2099', reason: expect.stringContaining('ngày chưa tới') },
    ]);
    expect(p.accepted).toBe(3);

    const run = await ok(b, 'incoming.importRun', { fileName: 'so.xlsx', contentBase64: b64(content) });
    expect(run.imported).toBe(0);
    expect(run.refused).toHaveLength(4);
    expect(count(b)).toBe(0);
  });

  it('imports every row in one go, keeping the arrival numbers and the year books', async () => {
    const b = tempBackend();
    const rows: OldRow[] = [...GOOD, [250, '28/12/2023', 'Tỉnh ủy Lâm Đồng', '90-TB/TU', '27/12/2023', 'Thông báo cuối năm', '', '', '']];
    const { content } = await oldRegisterXlsx(rows);
    const run = await ok(b, 'incoming.importRun', { fileName: 'so.xlsx', contentBase64: b64(content) });
    expect(run).toEqual({ imported: 4, refused: [], warnings: [] });
    const stored = b.services.db.prepare('SELECT b.name AS book, i.arrival_number AS n, i.symbol FROM incoming i JOIN books b ON b.id = i.book_id ORDER BY i.sort_key').all();
    expect(stored).toEqual([
      { book: 'Sổ văn bản đến năm 2023', n: 250, symbol: '90-TB/TU' },
      { book: 'Sổ văn bản đến năm 2024', n: 1, symbol: '12-NQ/TW' },
      { book: 'Sổ văn bản đến năm 2024', n: 2, symbol: '3-KH/TU' },
      { book: 'Sổ văn bản đến năm 2024', n: 3, symbol: '45-HD/BTGTW' },
    ]);
  });

  it('refuses numbers already used, says where the sheet jumps past the book, and warns about documents already registered', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', { arrivalDate: '2024-01-03', arrivalNumber: 1, issuer: 'Ban Chấp hành Trung ương', symbol: '12-NQ/TW', documentDate: '2023-12-28', abstract: 'Nghị quyết' });
    const { content, firstDataRow } = await oldRegisterXlsx(GOOD);
    const p = await preview(b, content);
    expect(p.refused).toEqual([{ row: firstDataRow, column: 'Số đến', value: '1', reason: 'Số đến 1 đã dùng trong "Sổ văn bản đến năm 2024".' }]);

    const later = await oldRegisterXlsx([[40, '05/01/2024', 'Ban Chấp hành Trung ương', '12-NQ/TW', '28/12/2023', 'Nghị quyết (bản giấy)', '', '', '']]);
    const run = await ok(b, 'incoming.importRun', { fileName: 'so.xlsx', contentBase64: b64(later.content) });
    expect(run.imported).toBe(1);
    expect(run.warnings).toEqual([
      '"Sổ văn bản đến năm 2024" đang ở số 1; tệp bắt đầu từ số 40, các số từ 2 đến 39 sẽ để trống.',
      expect.stringMatching(/^Dòng 8: Văn bản 12-NQ\/TW ngày 28\/12\/2023 đã có trong sổ: số đến 1 /),
    ]);
  });

  it('lets the clerk correct the mapping', async () => {
    const b = tempBackend();
    const { content } = await oldRegisterXlsx(GOOD);
    // The clerk takes "Ghi chú" off and puts "Ký nhận" (column H) into the notes instead.
    const p = await preview(b, content, 'so.xlsx', { mapping: { arrivalNumber: 0, arrivalDate: 1, issuer: 2, symbol: 3, documentDate: 4, abstract: 5, notes: 7 } });
    expect(p.preview[1].notes).toBe('Nguyễn Văn An');
    expect(p.preview[1].handlingUnit).toBe('');
    const missing = await b.dispatch('incoming.importPreview', { fileName: 'so.xlsx', contentBase64: b64(content), mapping: { arrivalDate: 1, abstract: 5 } });
    expect(missing.ok ? null : missing.error.message).toMatch(/Chưa chọn cột cho "Tác giả"/);
  });

  it('reads CSV in UTF-8 and in Windows-1258 alike, and names TCVN3 as not supported', async () => {
    const b = tempBackend();
    const rows = [['Sổ đăng ký văn bản đến năm 2024'], [], HEADINGS, [1, '03/01/2024', 'Ủy ban Kiểm tra Tỉnh ủy', '15-TB/UBKTTU', '2/1/24', 'Thông báo kết quả kiểm tra', 'Đồng chí Phó Chánh Văn phòng', '', 'Lưu ý: khẩn']];
    const text = csvText(rows);
    const utf8 = await preview(b, Buffer.from(`\uFEFF${text}`), 'so.csv');
    const cp1258 = await preview(b, encodeWindows1258(text), 'so.csv');
    expect(utf8.headerRow).toBe(3);
    expect(utf8.preview[0]).toMatchObject({ row: 4, issuer: 'Ủy ban Kiểm tra Tỉnh ủy', handlingUnit: 'Đồng chí Phó Chánh Văn phòng', documentDate: '2024-01-02' });
    expect(cp1258.preview).toEqual(utf8.preview);

    // "Số đến", "Ngày đến", "Tác giả" typed with the .VnTime fonts, read as Latin-1.
    const tcvn3 = Buffer.from('Sè ®Õn,Ngµy ®Õn,T¸c gi¶,TrÝch yÕu\r\n1,03/01/2024,TØnh ñy,C«ng v¨n\r\n', 'latin1');
    const refused = await b.dispatch('incoming.importPreview', { fileName: 'so.csv', contentBase64: b64(tcvn3) });
    expect(refused.ok ? null : refused.error.message).toMatch(/bảng mã TCVN3/);

    // The same headings typed in an .xlsx with the .VnTime fonts.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sæ ®Õn').addRow(['Sè ®Õn', 'Ngµy ®Õn', 'T¸c gi¶', 'TrÝch yÕu']);
    const xlsx = await b.dispatch('incoming.importPreview', { fileName: 'so.xlsx', contentBase64: b64(Buffer.from(await wb.xlsx.writeBuffer())) });
    expect(xlsx.ok ? null : xlsx.error.message).toMatch(/bảng mã TCVN3/);
  });

  it('saves the refusal list as a spreadsheet', async () => {
    const b = tempBackend();
    const refused = [{ row: 12, column: 'Ngày đến', value: '32/01/2024', reason: 'Không có ngày 32/01/2024.' }];
    const file = await ok(b, 'incoming.importRefusalsXlsx', { fileName: 'so-den-2019.xlsx', refused });
    expect(file.fileName).toBe('so-den-2019-danh-sach-loi.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Dòng', 'Cột', 'Giá trị', 'Lý do']);
    expect(wb.worksheets[0]!.getRow(2).values).toEqual([undefined, 12, 'Ngày đến', '32/01/2024', 'Không có ngày 32/01/2024.']);
  });
});
