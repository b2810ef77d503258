/**
 * b. Báo cáo thống kê văn bản: incoming documents of a period by type, issuer, handling unit, urgency and
 * secrecy, and how they were handled, each figure beside the previous period and the same period a year
 * earlier. When those two are the same period (a year, 9 months) it is shown once. A period the register does
 * not hold (before its first arrival) shows "chưa có số liệu"; one it holds only in part says from when; only
 * periods held in full are compared (the change columns of the others are left out).
 */
import type { HandlingCounts, PeriodCoverage, PeriodFigures, StatsReportModel } from '../../../shared/reportModels';
import { sectionPlaceholder } from '../../../shared/reviewSections';
import { changeColumn, countColumn, ordinalColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { formatDate, formatInteger, formatPercent, lowerFirst, toRoman } from './format';
import { headerValues } from './headerValues';
import type { StatsPlaceholder, TemplateFormat } from './placeholders';
import { paragraphs, percentCell, table, type PlaceholderValue, type TableCellValue, type TableColumn, type TableRowValue, type TableValue } from './values';

const CHANGE = 'Tăng (+), giảm (-)';
// What only a person can write prints highlighted until written, so the file cannot go out unfinished.
const ASSESSMENT_PLACEHOLDER = sectionPlaceholder('nhận xét, đánh giá tình hình tiếp nhận, giải quyết văn bản trong kỳ');
const SIGNER_PLACEHOLDER = sectionPlaceholder('họ và tên người ký');
export const NO_DATA = 'chưa có số liệu';

type Compared = 'previous' | 'yearAgo';

/** The periods the current one is compared with: the previous one, and the same one a year earlier unless it is the same. */
const comparedSlots = (model: StatsReportModel): Compared[] => (model.yearAgoIsPrevious ? ['previous'] : ['previous', 'yearAgo']);

const labelOf = (model: StatsReportModel, slot: 'current' | Compared): string =>
  slot === 'current' ? model.periodLabel : slot === 'previous' ? model.previousLabel : model.yearAgoLabel;

/** A period's label for a column header: "Năm 2023 (số liệu từ 01/11/2023)" when the register holds only part of it. */
function columnLabel(model: StatsReportModel, slot: 'current' | Compared): string {
  const coverage = model.coverage[slot];
  // On its own line, so that the date is never cut by the column's width.
  return coverage.kind === 'from' ? `${labelOf(model, slot)}\n(số liệu từ ${formatDate(coverage.date)})` : labelOf(model, slot);
}

/** A figure of a period; for a period the register does not hold, the total row says so and the others stay blank. */
const held = (coverage: PeriodCoverage, n: number, total = false): TableCellValue => (coverage.kind !== 'none' ? n : total ? NO_DATA : '');

/** Two periods are compared only when the register holds both in full. */
const comparable = (model: StatsReportModel, slot: Compared): boolean => model.coverage.current.kind === 'full' && model.coverage[slot].kind === 'full';

function comparisonColumns(model: StatsReportModel): TableColumn[] {
  const afterPrevious = model.yearAgoIsPrevious ? 'so với cùng kỳ năm trước' : 'so với kỳ trước';
  return [
    ordinalColumn(),
    textColumn('Nội dung', 30),
    countColumn(columnLabel(model, 'current'), 12),
    ...comparedSlots(model).flatMap((slot) => [
      countColumn(columnLabel(model, slot), 12),
      ...(comparable(model, slot) ? [changeColumn(`${CHANGE} ${slot === 'previous' ? afterPrevious : 'so với cùng kỳ'}`, 12)] : []),
    ]),
  ];
}

/** A row's figures: the period's, then each compared period's with the change when the two can be compared. */
function figures(model: StatsReportModel, f: PeriodFigures, total = false): TableCellValue[] {
  return [
    held(model.coverage.current, f.current, total),
    ...comparedSlots(model).flatMap((slot) => [held(model.coverage[slot], f[slot], total), ...(comparable(model, slot) ? [f.current - f[slot]] : [])]),
  ];
}

function statsTable(model: StatsReportModel): TableValue {
  const rows: TableRowValue[] = [{ cells: ['', 'Tổng số văn bản đến', ...figures(model, model.totals, true)], bold: true }];
  model.sections.forEach((section, k) => {
    rows.push({ heading: `${toRoman(k + 1)}- ${section.title}` });
    section.rows.forEach((row, i) => rows.push([i + 1, row.label, ...figures(model, row)]));
  });
  if (model.issued) {
    // The office's own documents (ban hành), from the outgoing register: counted as they are, whatever the incoming register holds.
    const plain = (f: PeriodFigures): TableCellValue[] => [f.current, ...comparedSlots(model).flatMap((slot) => [f[slot], ...(comparable(model, slot) ? [f.current - f[slot]] : [])])];
    rows.push({ cells: ['', 'Tổng số văn bản ban hành (văn bản đi)', ...plain(model.issued.totals)], bold: true });
    rows.push({ heading: `${toRoman(model.sections.length + 1)}- ${model.issued.byType.title}` });
    model.issued.byType.rows.forEach((row, i) => rows.push([i + 1, row.label, ...plain(row)]));
  }
  return table(comparisonColumns(model), rows);
}

const HANDLING_ROWS: { key: keyof HandlingCounts; label: string }[] = [
  { key: 'onTime', label: 'Giải quyết đúng hạn' },
  { key: 'late', label: 'Giải quyết quá hạn, hoặc quá hạn chưa giải quyết' },
  { key: 'open', label: 'Đang giải quyết, chưa đến hạn' },
];

const handlingTotal = (h: HandlingCounts): number => h.onTime + h.late + h.open;

function handlingTable(model: StatsReportModel): TableValue {
  const { handling, coverage } = model;
  const slots = comparedSlots(model);
  const columns: TableColumn[] = [
    ordinalColumn(),
    textColumn('Tình hình giải quyết', 32),
    countColumn(columnLabel(model, 'current'), 12),
    { header: `Tỷ lệ ${lowerFirst(model.periodLabel)}`, width: 12, align: 'right' },
    ...slots.map((slot) => countColumn(columnLabel(model, slot), 12)),
  ];
  const total = handlingTotal(handling.current);
  const share = (n: number, isTotal = false): TableCellValue => (coverage.current.kind !== 'none' ? percentCell(n, total) : isTotal ? NO_DATA : '');
  const rows: TableRowValue[] = HANDLING_ROWS.map(({ key, label }, i) => [
    i + 1,
    label,
    held(coverage.current, handling.current[key]),
    share(handling.current[key]),
    ...slots.map((slot) => held(coverage[slot], handling[slot][key])),
  ]);
  rows.push({
    cells: ['', 'Tổng số văn bản có hạn giải quyết', held(coverage.current, total, true), share(total, true), ...slots.map((slot) => held(coverage[slot], handlingTotal(handling[slot]), true))],
    bold: true,
    total: true,
  });
  return table(columns, rows);
}

/** "tăng 34 văn bản (2,8%) so với quý IV/2023". */
function change(current: number, other: number, label: string): string {
  if (current === other) return `bằng ${label}`;
  const difference = Math.abs(current - other);
  const percent = other > 0 ? ` (${formatPercent(difference, other)})` : '';
  return `${current > other ? 'tăng' : 'giảm'} ${formatInteger(difference)} văn bản${percent} so với ${label}`;
}

/** How the period compares with another, or why it is not compared. */
function comparison(model: StatsReportModel, slot: Compared): string {
  const label = lowerFirst(labelOf(model, slot));
  const named = slot === 'yearAgo' || model.yearAgoIsPrevious ? `cùng kỳ năm trước (${label})` : label;
  const coverage = model.coverage[slot];
  if (coverage.kind === 'none') return `chưa so sánh được với ${named} vì sổ chưa có số liệu (sổ bắt đầu từ ngày ${formatDate(coverage.date)})`;
  if (coverage.kind === 'from') {
    return `chưa so sánh được với ${named} vì sổ chỉ có số liệu từ ngày ${formatDate(coverage.date)} (${formatInteger(model.totals[slot])} văn bản)`;
  }
  if (model.coverage.current.kind !== 'full') return '';
  return change(model.totals.current, model.totals[slot], named);
}

function summary(model: StatsReportModel): string[] {
  const { totals, handling, coverage } = model;
  const period = lowerFirst(model.periodLabel);
  if (coverage.current.kind === 'none') return [`Trong ${period}, sổ chưa có số liệu: sổ đăng ký văn bản đến bắt đầu từ ngày ${formatDate(coverage.current.date)}.`];
  const partial = coverage.current.kind === 'from' ? ` (sổ có số liệu từ ngày ${formatDate(coverage.current.date)})` : '';
  const comparisons = comparedSlots(model).map((slot) => comparison(model, slot)).filter((c) => c !== '');
  const received = `Trong ${period}${partial}, đã tiếp nhận ${formatInteger(totals.current)} văn bản đến`;
  const total = handlingTotal(handling.current);
  const share = (n: number): string => (total > 0 ? ` (${formatPercent(n, total)})` : '');
  const issued = model.issued && model.issued.totals.current > 0
    ? [`Văn bản ban hành: ${formatInteger(model.issued.totals.current)} văn bản (${model.issued.byType.rows.filter((r) => r.current > 0).map((r) => `${lowerFirst(r.label)}: ${formatInteger(r.current)}`).join('; ')}).`]
    : [];
  return [
    comparisons.length > 0 ? `${received}, ${comparisons.join('; ')}.` : `${received}.`,
    ...issued,
    `Về giải quyết văn bản: ${formatInteger(handling.current.onTime)} văn bản giải quyết đúng hạn${share(handling.current.onTime)}; ` +
      `${formatInteger(handling.current.late)} văn bản quá hạn${share(handling.current.late)}; ` +
      `${formatInteger(handling.current.open)} văn bản đang giải quyết, chưa đến hạn${share(handling.current.open)}.`,
  ];
}

/** "so sánh với quý IV/2023 và cùng kỳ năm trước (quý I/2023)"; "so sánh với năm 2023" for a year. */
function comparedWith(model: StatsReportModel): string {
  const previous = `so sánh với ${lowerFirst(model.previousLabel)}`;
  return model.yearAgoIsPrevious ? previous : `${previous} và cùng kỳ năm trước (${lowerFirst(model.yearAgoLabel)})`;
}

export function statsValues(model: StatsReportModel): Record<StatsPlaceholder, PlaceholderValue> {
  const { totals, coverage } = model;
  const figure = (slot: 'current' | Compared): string | number => (coverage[slot].kind === 'none' ? NO_DATA : totals[slot]);
  const header = headerValues(model.header);
  return {
    ...header,
    nguoi_ky: header.nguoi_ky || SIGNER_PLACEHOLDER,
    trich_yeu: model.title ?? `Thống kê văn bản đến ${lowerFirst(model.periodLabel)}`,
    ky_bao_cao: model.periodLabel,
    ky_truoc: model.previousLabel,
    cung_ky: model.yearAgoLabel,
    so_sanh: comparedWith(model),
    tong_so: figure('current'),
    tong_so_ky_truoc: figure('previous'),
    tong_so_cung_ky: figure('yearAgo'),
    dung_han: model.handling.current.onTime,
    qua_han: model.handling.current.late,
    chua_giai_quyet: model.handling.current.open,
    tong_hop: paragraphs(summary(model)),
    bang_thong_ke: statsTable(model),
    bang_giai_quyet: handlingTable(model),
    nhan_xet: paragraphs(model.narrative?.length ? model.narrative : [ASSESSMENT_PLACEHOLDER]),
  };
}

/** One line for the screen and the CLI: "Năm 2025: 120 văn bản đến (năm 2024: 98)", each period once. */
export function statsSummaryLine(model: StatsReportModel): string {
  const figure = (slot: 'current' | Compared): string =>
    model.coverage[slot].kind === 'none' ? NO_DATA : formatInteger(model.totals[slot]);
  const others = comparedSlots(model).map((slot) => `${lowerFirst(labelOf(model, slot))}: ${figure(slot)}`);
  return `${model.periodLabel}: ${figure('current')} văn bản đến (${others.join('; ')}).`;
}

/** The statistics report as a .docx or .xlsx, from a template of that format. */
export function renderStats(model: StatsReportModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, statsValues(model));
}
