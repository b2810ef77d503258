/**
 * The statistics report compares only what the register holds: no column twice (a year's previous period is
 * also its same period a year earlier), and a period before the register's first arrival is "chưa có số
 * liệu", never 0 with a change.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { statsModel } from '../../electron/backend/reportData/stats';
import { renderStats, statsSummaryLine, statsValues } from '../../electron/backend/reports/renderStats';
import { isParagraphsValue, isTableValue, type TableValue } from '../../electron/backend/reports/values';
import { parsePeriod } from '../../shared/period';
import type { StatsReportModel } from '../../shared/reportModels';
import { CONVERT_TIMEOUT_MS, convertWithLibreOffice } from '../helpers/libreoffice';
import { expectSoundOoxml } from '../helpers/ooxmlCheck';
import { ok, tempBackend } from '../helpers/tempBackend';
import { docxText } from './docxFixtures';
import { sampleStats } from './sampleModels';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const period = (spec: string) => {
  const r = parsePeriod(spec);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

/** A register whose first entry arrived on 01/11/2023, as the sample's. */
async function registerFromNovember2023() {
  const b = tempBackend();
  const base = { issuer: 'Huyện ủy Cao Lộc', abstract: 'Báo cáo kết quả', symbol: '', typeCode: 'BC' };
  for (const arrivalDate of ['2023-11-01', '2023-12-15', '2024-01-10', '2024-05-10', '2024-11-20', '2025-02-01']) {
    await ok(b, 'incoming.register', { ...base, arrivalDate });
  }
  return b;
}

const headers = (t: TableValue) => t.columns.map((c) => c.header);
const summaryOf = (m: StatsReportModel) => {
  const v = statsValues(m).tong_hop;
  return isParagraphsValue(v) ? v.paragraphs.join('\n') : '';
};
const tableOf = (m: StatsReportModel, name: 'bang_thong_ke' | 'bang_giai_quyet') => {
  const v = statsValues(m)[name];
  if (!isTableValue(v)) throw new Error(name);
  return v;
};

describe('statistics periods', () => {
  it('a year is compared with the year before once: no column or sentence twice', async () => {
    const b = await registerFromNovember2023();
    const m = statsModel(b.services, period('2025'), { date: '2026-01-05', asOf: '2026-01-05' });
    expect(m.yearAgoIsPrevious).toBe(true);
    for (const name of ['bang_thong_ke', 'bang_giai_quyet'] as const) {
      const labels = headers(tableOf(m, name));
      expect(labels.filter((h) => h.startsWith('Năm 2024'))).toHaveLength(1);
      expect(new Set(labels).size).toBe(labels.length);
    }
    const summary = summaryOf(m);
    expect(summary.match(/năm 2024/g)).toHaveLength(1);
    expect(statsValues(m).so_sanh).toBe('so sánh với năm 2024');
    expect(statsSummaryLine(m)).toMatch(/^Năm 2025: \d+ văn bản đến \(năm 2024: \d+\)\.$/);
  });

  it('a period before the register starts is "chưa có số liệu", never 0 with a change', async () => {
    const b = await registerFromNovember2023();
    const m = statsModel(b.services, period('2024-H1'), { date: '2024-07-05', asOf: '2024-07-05' });
    // 6 tháng cuối năm 2023 is held from 01/11/2023; 6 tháng đầu năm 2023 not at all.
    expect(m.coverage).toEqual({ current: { kind: 'full' }, previous: { kind: 'from', date: '2023-11-01' }, yearAgo: { kind: 'none', date: '2023-11-01' } });
    const t = tableOf(m, 'bang_thong_ke');
    expect(headers(t)).toContain('6 tháng cuối năm 2023\n(số liệu từ 01/11/2023)');
    // Rows of a period the register does not hold stay blank: the total row says why.
    expect((t.rows[2] as unknown[]).slice(2)).toEqual([2, 2, '']);
    const total = (t.rows[0] as unknown as { cells: unknown[] }).cells;
    // No change column beside a period that cannot be compared.
    expect(headers(t).filter((h) => h.startsWith('Tăng'))).toEqual([]);
    expect(total).toEqual(['', 'Tổng số văn bản đến', 2, 2, 'chưa có số liệu']);
    const summary = summaryOf(m);
    expect(summary).toContain('chưa so sánh được với 6 tháng cuối năm 2023 vì sổ chỉ có số liệu từ ngày 01/11/2023 (2 văn bản)');
    expect(summary).toContain('chưa so sánh được với cùng kỳ năm trước (6 tháng đầu năm 2023) vì sổ chưa có số liệu (sổ bắt đầu từ ngày 01/11/2023)');
    expect(summary).not.toMatch(/tăng|giảm|bằng/);
  });

  it('the year the register starts in says from when its figures run', async () => {
    const b = await registerFromNovember2023();
    const m = statsModel(b.services, period('2023'), { date: '2024-01-05', asOf: '2024-01-05' });
    expect(summaryOf(m)).toContain('Trong năm 2023 (sổ có số liệu từ ngày 01/11/2023), đã tiếp nhận 2 văn bản đến');
    expect(headers(tableOf(m, 'bang_thong_ke'))).toContain('Năm 2023\n(số liệu từ 01/11/2023)');
    expect(summaryOf(m)).not.toMatch(/\+|tăng|giảm/);
  });

  it('Word and Excel print "chưa có số liệu" and keep the comparisons that hold', async () => {
    const model: StatsReportModel = { ...sampleStats(), coverage: { current: { kind: 'full' }, previous: { kind: 'full' }, yearAgo: { kind: 'none', date: '2023-11-01' } } };
    const docx = await renderStats(model, await readFile(join(import.meta.dirname, '../../templates/thong-ke.docx')), 'docx');
    await expectSoundOoxml(docx, 'docx');
    const text = (await docxText(docx)).replace(/\s+/g, ' ');
    expect(text).toContain('tăng 34 văn bản (2,8%) so với quý IV/2023');
    expect(text).toContain('chưa có số liệu');
    expect(text).not.toContain('-16');
    const xlsx = await renderStats(model, await readFile(join(import.meta.dirname, '../../templates/thong-ke.xlsx')), 'xlsx');
    await expectSoundOoxml(xlsx, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Thống kê')!;
    const values: unknown[] = [];
    ws.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain('chưa có số liệu');
    expect(values).not.toContain(-16);
    expect(ws.getCell('A2').value).toBe('Quý I/2024, so sánh với quý IV/2023 và cùng kỳ năm trước (quý I/2023)');
  });

  it('Excel: percentages are numbers shown as %, the handling total is a formula', async () => {
    const xlsx = await renderStats(sampleStats(), await readFile(join(import.meta.dirname, '../../templates/thong-ke.xlsx')), 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Giải quyết')!;
    let share: ExcelJS.Cell | undefined;
    let total: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Giải quyết đúng hạn') share = row.getCell(4);
      if (row.getCell(2).value === 'Tổng số văn bản có hạn giải quyết') total = row;
    });
    expect(share!.value).toBeCloseTo(980 / 1234, 10);
    expect(share!.numFmt).toBe('0.0%');
    const sum = total!.getCell(3).value as ExcelJS.CellFormulaValue;
    expect(sum.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(sum.result).toBe(1234);
    expect(total!.getCell(4).value).toBe(1);
  });

  it('marks what only the specialist can write: the assessment and a missing signer, highlighted', async () => {
    const unwritten: StatsReportModel = { ...sampleStats(), narrative: undefined, header: { ...sampleStats().header, signer: { ...sampleStats().header.signer, name: '' } } };
    const docx = await renderStats(unwritten, await readFile(join(import.meta.dirname, '../../templates/thong-ke.docx')), 'docx');
    const text = (await docxText(docx)).replace(/\s+/g, ' ');
    expect(text).toContain('III- NHẬN XÉT, ĐÁNH GIÁ [Cần viết: nhận xét, đánh giá');
    expect(text).toContain('[Cần viết: họ và tên người ký]');
    expect(text).not.toMatch(/\b(I|II|III)\. [A-ZĐ]/u);
    const xml = await (await import('jszip')).default.loadAsync(docx).then((z) => z.file('word/document.xml')!.async('string'));
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[Cần viết: nhận xét/);
  });

  it('LibreOffice prints a partly held period\'s date whole, in the widest tables', async () => {
    const model: StatsReportModel = { ...sampleStats(), coverage: { current: { kind: 'full' }, previous: { kind: 'full' }, yearAgo: { kind: 'from', date: '2023-01-15' } } };
    const files: Record<string, Buffer> = {};
    for (const f of ['docx', 'xlsx'] as const) files[`thong-ke-${f}.${f}`] = await renderStats(model, await readFile(join(import.meta.dirname, `../../templates/thong-ke.${f}`)), f);
    const converted = await convertWithLibreOffice(files);
    for (const [name, { text }] of Object.entries(converted)) {
      const lines = text.split('\n').filter((l) => l.includes('15/01/'));
      expect(lines.length, name).toBeGreaterThanOrEqual(2); // both tables
      for (const line of lines) expect(line, name).toContain('15/01/2023');
    }
  }, CONVERT_TIMEOUT_MS + 30_000);
});
