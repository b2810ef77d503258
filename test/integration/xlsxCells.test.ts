// The import's own reader of .xlsx cell values (electron/backend/import/xlsxCells.ts) against ExcelJS
// on the kinds of cells old registers hold: shared and rich text, XML entities, numbers, booleans,
// formula results, date cells with built-in and custom formats, empty cells in between.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxCells } from '../../electron/backend/import/xlsxCells';

describe('xlsx cell reader', () => {
  it('reads what ExcelJS reads, dates as UTC days', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bìa');
    const ws = wb.addWorksheet('Sổ & "đến"');
    ws.getCell('A1').value = 'Số, ký hiệu <văn bản> & "trích yếu"';
    ws.getCell('C1').value = { richText: [{ text: 'Tên loại ', font: { bold: true } }, { text: 'và trích yếu' }] };
    ws.getCell('A2').value = 125;
    ws.getCell('B2').value = 3.5;
    ws.getCell('C2').value = true;
    ws.getCell('D2').value = { formula: 'A2+1', result: 126 };
    ws.getCell('A3').value = new Date(Date.UTC(2019, 0, 3));
    ws.getCell('A3').numFmt = 'dd/mm/yyyy';
    ws.getCell('B3').value = new Date(Date.UTC(2024, 1, 29));
    ws.getCell('B3').numFmt = 'd-mmm-yy';
    ws.getCell('C3').value = 45000; // a number, not a date: no date format
    ws.getCell('E5').value = 'cuối';
    const content = Buffer.from(await wb.xlsx.writeBuffer());

    const book = await readXlsxCells(content);
    expect(book.sheets).toEqual(['Bìa', 'Sổ & "đến"']);
    const rows = book.rowsOf('Sổ & "đến"');
    expect(rows[1]).toEqual(['Số, ký hiệu <văn bản> & "trích yếu"', null, 'Tên loại và trích yếu']);
    expect(rows[2]).toEqual([125, 3.5, true, 126]);
    expect(rows[3]).toEqual([new Date(Date.UTC(2019, 0, 3)), new Date(Date.UTC(2024, 1, 29)), 45000]);
    expect(rows[4]).toBeUndefined();
    expect(rows[5]).toEqual([null, null, null, null, 'cuối']);
    await expect(readXlsxCells(Buffer.from('không phải tệp Excel'))).rejects.toThrow(/Không đọc được tệp Excel/);
  });
});
