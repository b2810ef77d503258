/**
 * Every .xlsx and .docx the reports produce passes strict structural checks (test/helpers/ooxmlCheck): Excel
 * and Word repair or refuse files LibreOffice opens silently, so reading through LibreOffice proves too little.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../electron/backend/reports/defaultTemplates/index';
import type { ReportKind, TemplateFormat } from '../../electron/backend/reports/placeholders';
import { renderRegisterBook } from '../../electron/backend/reports/renderRegisterBook';
import { renderReview } from '../../electron/backend/reports/renderReview';
import { renderStats } from '../../electron/backend/reports/renderStats';
import { table, type TableColumn } from '../../electron/backend/reports/values';
import { fillXlsx } from '../../electron/backend/reports/xlsxTemplate';
import { expectSoundOoxml, xlsxProblems } from '../helpers/ooxmlCheck';
import { sampleRegisterBook, sampleReview, sampleStats } from './sampleModels';

const committed = (fileName: string) => readFile(join(import.meta.dirname, '../../templates', fileName));

/** Each report rendered from its sample model (a report added to the registry adds its renderer here). */
const RENDER: Partial<Record<ReportKind, (template: Uint8Array, format: TemplateFormat) => Promise<Buffer>>> = {
  'so-dang-ky': (t, f) => renderRegisterBook(sampleRegisterBook(40), t, f),
  'thong-ke': (t, f) => renderStats(sampleStats(), t, f),
  'so-ket': (t, f) => renderReview(sampleReview(), t, f),
};

describe.each(DEFAULT_TEMPLATES.map((t) => [t.fileName, t] as const))('%s', (fileName, t) => {
  it('the committed template and the one it is built from are sound', async () => {
    await expectSoundOoxml(await committed(fileName), t.format);
    await expectSoundOoxml(await t.build(), t.format);
  });
});

describe.each(DEFAULT_TEMPLATES.filter((t) => RENDER[t.report]).map((t) => [t.fileName, t] as const))('%s', (fileName, t) => {
  it('the report rendered from it is sound', async () => {
    await expectSoundOoxml(await RENDER[t.report]!(await committed(fileName), t.format), t.format);
  });
});

describe('two tables on one sheet (the sơ kết summary)', () => {
  const columns: TableColumn[] = [
    { header: 'STT', width: 6 },
    { header: 'Nội dung', width: 30 },
    { header: 'Số', width: 10, numberFormat: 'grouped' },
  ];
  const rows = (n: number) => [...Array.from({ length: n }, (_, i) => [i + 1, `Dòng ${i + 1}`, i]), { cells: ['', 'Tổng số', (n * (n - 1)) / 2], bold: true as const, total: true }];

  it('keeps rows unique and ascending, each row once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    ws.getCell('A1').value = 'Tiêu đề';
    ws.getCell('A3').value = '1. Theo tình trạng';
    ws.getCell('A4').value = '{{bang_mot}}';
    ws.getCell('A6').value = '2. Theo đơn vị';
    ws.getCell('A7').value = '{{bang_hai}}';
    const template = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await fillXlsx(template, { bang_mot: table(columns, rows(5)), bang_hai: table(columns, rows(3)) });
    expect(await xlsxProblems(out)).toEqual([]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(out as unknown as ArrayBuffer);
    const sheet = read.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A12').value).toBe('2. Theo đơn vị');
    expect(sheet.getCell('B13').value).toBe('Nội dung');
    expect((sheet.getCell('C10').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(C5:C9)');
    expect((sheet.getCell('C17').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(C14:C16)');
  });
});
