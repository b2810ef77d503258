/** Typed table cells: dates and percentages printed in Word, kept as dates and numbers in Excel; totals as sums. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tableXml } from '../../electron/backend/reports/docxTable';
import { dateCell, percentCell, table, type TableColumn } from '../../electron/backend/reports/values';
import { fillXlsx } from '../../electron/backend/reports/xlsxTemplate';

const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Nội dung', width: 30 },
  { header: 'Ngày đến', width: 12, align: 'center' },
  { header: 'Số lượng', width: 12, align: 'right', numberFormat: 'grouped' },
  { header: 'Tỷ lệ', width: 10, align: 'right' },
];

const ROWS = [
  { heading: 'Nhóm một' },
  [1, '=SUM(A1) trích yếu', dateCell('2023-11-28'), 1, percentCell(1, 3)],
  [2, '-Ý kiến', dateCell(null), 2, percentCell(2, 3)],
  { heading: 'Nhóm hai' },
  [3, '+84 điện thoại', dateCell('2024-02-29'), 1200, percentCell(0, 0)],
  { cells: ['', 'Tổng số', null, 1203, percentCell(3, 3)], bold: true as const, total: true },
];

async function filled(): Promise<{ wb: ExcelJS.Workbook; sheetXml: string; stylesXml: string }> {
  const template = new ExcelJS.Workbook();
  template.addWorksheet('Trang 1').getCell('A2').value = '{{bang}}';
  const xlsx = await fillXlsx(Buffer.from((await template.xlsx.writeBuffer()) as ArrayBuffer), { bang: table(COLUMNS, ROWS) });
  const zip = await JSZip.loadAsync(xlsx);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return { wb, sheetXml: await zip.file('xl/worksheets/sheet1.xml')!.async('string'), stylesXml: await zip.file('xl/styles.xml')!.async('string') };
}

describe('typed table cells', () => {
  it('Word prints dates dd/mm/yyyy and percentages with a decimal comma', () => {
    const xml = tableXml(table(COLUMNS, ROWS), 9000);
    expect(xml).toContain('>28/11/2023<');
    expect(xml).toContain('>33,3%<');
    expect(xml).toContain('>66,7%<');
    expect(xml).toContain('>0%<');
    expect(xml).toContain('>100%<');
    expect(xml).toContain('>1.203<');
  });

  it('Excel holds real dates shown dd/mm/yyyy and percentages as numbers shown as %', async () => {
    const { wb } = await filled();
    const ws = wb.getWorksheet('Trang 1')!;
    // Header at row 2, rows from 3: heading, 1, 2, heading, 3, total.
    const date = ws.getCell('C4').value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2023-11-28');
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect((ws.getCell('C7').value as Date).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(ws.getCell('C5').value).toBeNull();
    expect(ws.getCell('E4').value).toBeCloseTo(1 / 3, 10);
    expect(ws.getCell('E4').numFmt).toBe('0.0%');
    expect(ws.getCell('E7').value).toBe(0);
    expect(ws.getCell('E8').value).toBe(1);
  });

  it('a total row sums the rows above it with formulas carrying their result', async () => {
    const { wb } = await filled();
    const total = wb.getWorksheet('Trang 1')!.getCell('D8').value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe('SUM(D4:D7)');
    expect(total.result).toBe(1203);
    expect(wb.getWorksheet('Trang 1')!.getCell('D8').font?.bold).toBe(true);
  });

  it('marks text beginning with =, +, - or @ as text (quotePrefix) so Excel never reads it as a formula', async () => {
    const { sheetXml, stylesXml } = await filled();
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1]!.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)![1]);
    for (const ref of ['B4', 'B5', 'B7']) expect(xfs[styleOf(ref)]).toContain('quotePrefix="1"');
    expect(xfs[styleOf('B8')]).not.toContain('quotePrefix');
    expect(sheetXml).not.toMatch(/<f>[^<]*SUM\(A1\)/);
  });
});
