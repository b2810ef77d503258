/**
 * Property: whatever the tasks (states, due dates, standing parts, completion dates, lead bodies), the review
 * report's breakdowns partition the tasks — in the model, in the .xlsx as Excel computes it, and in the
 * figures of the .docx — and every task lands in exactly one column.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { reviewModel } from '../../electron/backend/reportData/review';
import { renderReview } from '../../electron/backend/reports/renderReview';
import { addDays } from '../../shared/dates';
import type { ReviewReportModel } from '../../shared/reportModels';
import { TASK_STATUSES } from '../../shared/taskStatus';
import { ok, tempBackend } from '../helpers/tempBackend';
import { docxText, partXml } from './docxFixtures';

const DIRECTIVE_DATE = '2023-11-24';
const REPORT_DATE = '2024-12-05';
const UNITS = ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Huyện ủy Cao Lộc', 'Đảng đoàn Hội đồng nhân dân tỉnh'];

const taskArb = fc.record({
  lead: fc.constantFrom(...UNITS),
  due: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
  standing: fc.boolean(),
  state: fc.constantFrom('not_started', 'in_progress', 'done'),
  completedAfter: fc.integer({ min: 0, max: 700 }),
});
type TaskSpec = { lead: string; due: number | null; standing: boolean; state: string; completedAfter: number };

let directiveCount = 0;

/** A fresh directive with these tasks in one backend; returns the model of its sơ kết 01 năm. */
async function modelOf(b: Backend, specs: TaskSpec[]): Promise<ReviewReportModel> {
  directiveCount += 1;
  const directiveId = (await ok(b, 'incoming.register', {
    arrivalDate: '2023-11-28', issuer: 'Ban Chấp hành Trung ương', symbol: `${directiveCount}-NQ/TW`, documentDate: DIRECTIVE_DATE,
    abstract: 'Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
  })).entry.id;
  if (specs.length > 0) await ok(b, 'tasks.createMany', {
    directiveId,
    tasks: specs.map((t, i) => ({
      content: `Nhiệm vụ ${i + 1}`,
      leadText: t.lead,
      dueDate: t.due === null ? null : addDays(DIRECTIVE_DATE, t.due),
      standing: t.standing,
      state: t.state,
      completedDate: t.state === 'done' ? addDays(DIRECTIVE_DATE, t.completedAfter) : null,
    })),
  });
  return reviewModel(b.services, { directiveId, kind: 'interim', milestone: '01 năm', asOf: REPORT_DATE }, {}, { date: REPORT_DATE });
}

function expectPartition(m: ReviewReportModel, count: number): void {
  const total = m.tasksByStatus.reduce((n, s) => n + s.count, 0);
  expect(total).toBe(count);
  expect(m.tasksByStatus.map((s) => s.status).sort()).toEqual([...TASK_STATUSES].sort());
  for (const u of m.tasksByUnit) expect(Object.values(u.byStatus).reduce((n, c) => n + c, 0)).toBe(u.total);
  expect(m.tasksByUnit.reduce((n, u) => n + u.total, 0)).toBe(total);
  for (const s of m.tasksByStatus) {
    expect(m.tasksByUnit.reduce((n, u) => n + u.byStatus[s.status], 0)).toBe(s.count);
    expect(m.tasks.filter((t) => t.status === s.status)).toHaveLength(s.count);
  }
  const done = m.tasks.filter((t) => t.status === 'done' || t.status === 'done_late').length;
  expect(m.continuingStanding).toBeLessThanOrEqual(done);
  expect(m.tasks.filter((t) => t.continuesStanding)).toHaveLength(m.continuingStanding);
}

// --- reading the files back -----------------------------------------------------------------------------

/** A cell's number as Excel shows it: a formula's cached result, or the number itself. */
function numberOf(cell: ExcelJS.Cell): number {
  const v = cell.value as unknown;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v) return Number((v as { result: unknown }).result);
  return Number.NaN;
}

/** What Excel computes for "SUM(C5:C10,C12)" on this sheet. */
function evaluateSum(ws: ExcelJS.Worksheet, formula: string): number {
  const ranges = /^SUM\((.*)\)$/.exec(formula)![1]!.split(',');
  let sum = 0;
  for (const range of ranges) {
    const [from, to = from] = range.split(':');
    const col = from!.replace(/\d+/g, '');
    for (let r = Number(from!.replace(/\D+/g, '')); r <= Number(to!.replace(/\D+/g, '')); r++) {
      const n = numberOf(ws.getCell(`${col}${r}`));
      if (!Number.isNaN(n)) sum += n;
    }
  }
  return sum;
}

/** Rows of the table whose header row has `firstHeader` in column B, up to and with its "Tổng số" row. */
function sheetTable(ws: ExcelJS.Worksheet, firstHeader: string): { rows: ExcelJS.Row[]; total: ExcelJS.Row } {
  let inTable = false;
  const rows: ExcelJS.Row[] = [];
  let total: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (total) return;
    const label = row.getCell(2).value;
    if (label === firstHeader) inTable = true;
    else if (inTable && label === 'Tổng số') total = row;
    else if (inTable && typeof row.getCell(1).value === 'number') rows.push(row);
  });
  expect(total, firstHeader).not.toBeNull();
  return { rows, total: total! };
}

async function expectXlsxPartition(xlsx: Buffer, m: ReviewReportModel): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Tổng hợp')!;
  const count = m.tasks.length;
  const byStatus = sheetTable(ws, 'Tình trạng');
  expect(byStatus.rows.reduce((n, r) => n + numberOf(r.getCell(3)), 0)).toBe(count);
  expect(evaluateSum(ws, byStatus.total.getCell(3).formula!)).toBe(count);
  const byUnit = sheetTable(ws, 'Đơn vị chủ trì');
  const parts = m.tasksByStatus.length;
  for (const row of [...byUnit.rows]) {
    const sum = Array.from({ length: parts }, (_, j) => numberOf(row.getCell(4 + j))).reduce((a, b) => a + b, 0);
    expect(numberOf(row.getCell(3))).toBe(sum);
  }
  for (let j = 0; j <= parts; j++) {
    const cell = byUnit.total.getCell(3 + j);
    expect(cell.formula).toMatch(/^SUM\(/);
    expect(evaluateSum(ws, cell.formula!)).toBe(j === 0 ? count : m.tasksByStatus[j - 1]!.count);
  }
}

/** The tables of the document body as rows of cell texts. */
async function docxTables(docx: Buffer): Promise<string[][][]> {
  const doc = new DOMParser().parseFromString(await partXml(docx), 'text/xml');
  const tables = Array.from(doc.getElementsByTagName('w:tbl'));
  const textOf = (node: Element) => Array.from(node.getElementsByTagName('w:t')).map((t) => t.textContent ?? '').join('');
  return tables.map((tbl) =>
    Array.from(tbl.getElementsByTagName('w:tr')).map((tr) => Array.from(tr.getElementsByTagName('w:tc')).map((tc) => textOf(tc).replace(/\./g, ''))));
}

async function expectDocxPartition(docx: Buffer, m: ReviewReportModel): Promise<void> {
  const count = m.tasks.length;
  const text = (await docxText(docx)).replace(/\s+/g, ' ');
  if (count > 0) {
    const sentence = /Tổng số nhiệm vụ được giao: ([\d.]+); trong đó: ([^]*?)\.(?: |$)/u.exec(text);
    expect(sentence).not.toBeNull();
    expect(Number(sentence![1]!.replace(/\./g, ''))).toBe(count);
    const parts = [...sentence![2]!.matchAll(/: ([\d.]+) nhiệm vụ \(/gu)].map((p) => Number(p[1]!.replace(/\./g, '')));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
  }
  const tables = await docxTables(docx);
  const statusTable = tables.find((t) => t[0]?.[1] === 'Tình trạng')!;
  const statusTotal = statusTable.find((r) => r[1] === 'Tổng số')!;
  const statusRows = statusTable.slice(1, statusTable.indexOf(statusTotal));
  expect(statusRows.reduce((n, r) => n + Number(r[2]), 0)).toBe(Number(statusTotal[2]));
  expect(Number(statusTotal[2])).toBe(count);
  const unitTable = tables.find((t) => t[0]?.[1] === 'Đơn vị chủ trì')!;
  const unitTotal = unitTable.find((r) => r[1] === 'Tổng số')!;
  const unitRows = unitTable.slice(1, unitTable.indexOf(unitTotal));
  for (const row of [...unitRows, unitTotal]) {
    expect(row.slice(3).reduce((n, c) => n + Number(c), 0)).toBe(Number(row[2]));
  }
  for (let j = 2; j < unitTotal.length; j++) expect(unitRows.reduce((n, r) => n + Number(r[j]), 0)).toBe(Number(unitTotal[j]));
  // Both tables tell the same story.
  expect(unitTotal.slice(3).map(Number)).toEqual(statusRows.map((r) => Number(r[2])));
}

const template = (format: 'docx' | 'xlsx') => readFile(join(import.meta.dirname, '../../templates', `so-ket.${format}`));

describe('the review report partitions its tasks', () => {
  it('in the model, whatever the tasks', async () => {
    const b = tempBackend();
    await fc.assert(
      fc.asyncProperty(fc.array(taskArb, { minLength: 0, maxLength: 14 }), async (specs) => {
        expectPartition(await modelOf(b, specs), specs.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a dated part done after its due date stays done late, standing part or not', async () => {
    const b = tempBackend();
    await fc.assert(
      fc.asyncProperty(taskArb, fc.integer({ min: 1, max: 200 }), async (spec, lateBy) => {
        const due = 100;
        const m = await modelOf(b, [{ ...spec, due, state: 'done', completedAfter: due + lateBy }]);
        const done = addDays(DIRECTIVE_DATE, due + lateBy) <= addDays(DIRECTIVE_DATE, 366);
        expect(m.tasks[0]!.status).toBe(done ? 'done_late' : 'overdue');
        expect(m.tasks[0]!.continuesStanding).toBe(done && spec.standing);
      }),
      { numRuns: 30 },
    );
  });

  it('in the .xlsx as Excel sums it and in the figures of the .docx', async () => {
    const b = tempBackend();
    const [docxTemplate, xlsxTemplate] = [await template('docx'), await template('xlsx')];
    await fc.assert(
      fc.asyncProperty(fc.array(taskArb, { minLength: 1, maxLength: 12 }), async (specs) => {
        const m = await modelOf(b, specs);
        await expectXlsxPartition(await renderReview(m, xlsxTemplate, 'xlsx'), m);
        await expectDocxPartition(await renderReview(m, docxTemplate, 'docx'), m);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
