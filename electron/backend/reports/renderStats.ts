/**
 * b. Báo cáo thống kê văn bản: incoming documents of a period by type, issuer, handling unit, urgency and
 * secrecy, and how they were handled, each figure beside the previous period and the same period a year
 * earlier.
 */
import type { HandlingCounts, PeriodFigures, StatsReportModel } from '../../../shared/reportModels';
import { changeColumn, countColumn, ordinalColumn, rightColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { formatInteger, formatPercent, lowerFirst, toRoman } from './format';
import { headerValues } from './headerValues';
import type { StatsPlaceholder, TemplateFormat } from './placeholders';
import { paragraphs, table, type PlaceholderValue, type TableColumn, type TableRowValue, type TableValue } from './values';

const CHANGE = 'Tăng (+), giảm (-)';

function comparisonColumns(model: StatsReportModel): TableColumn[] {
  return [
    ordinalColumn(),
    textColumn('Nội dung', 34),
    countColumn(model.periodLabel),
    countColumn(model.previousLabel),
    changeColumn(`${CHANGE} so với kỳ trước`),
    countColumn(model.yearAgoLabel),
    changeColumn(`${CHANGE} so với cùng kỳ`),
  ];
}

const figures = (f: PeriodFigures): number[] => [f.current, f.previous, f.current - f.previous, f.yearAgo, f.current - f.yearAgo];

function statsTable(model: StatsReportModel): TableValue {
  const rows: TableRowValue[] = [{ cells: ['', 'Tổng số văn bản đến', ...figures(model.totals)], bold: true }];
  model.sections.forEach((section, k) => {
    rows.push({ heading: `${toRoman(k + 1)}. ${section.title}` });
    section.rows.forEach((row, i) => rows.push([i + 1, row.label, ...figures(row)]));
  });
  return table(comparisonColumns(model), rows);
}

const HANDLING_ROWS: { key: keyof HandlingCounts; label: string }[] = [
  { key: 'onTime', label: 'Giải quyết đúng hạn' },
  { key: 'late', label: 'Giải quyết quá hạn, hoặc quá hạn chưa giải quyết' },
  { key: 'open', label: 'Đang giải quyết, chưa đến hạn' },
];

const handlingTotal = (h: HandlingCounts): number => h.onTime + h.late + h.open;

function handlingTable(model: StatsReportModel): TableValue {
  const { current, previous, yearAgo } = model.handling;
  const columns: TableColumn[] = [
    ordinalColumn(),
    textColumn('Tình hình giải quyết', 40),
    countColumn(model.periodLabel, 12),
    rightColumn(`Tỷ lệ ${lowerFirst(model.periodLabel)}`, 12),
    countColumn(model.previousLabel, 12),
    countColumn(model.yearAgoLabel, 12),
  ];
  const rows: TableRowValue[] = HANDLING_ROWS.map(({ key, label }, i) => [
    i + 1,
    label,
    current[key],
    formatPercent(current[key], handlingTotal(current)),
    previous[key],
    yearAgo[key],
  ]);
  rows.push({
    cells: ['', 'Tổng số văn bản có hạn giải quyết', handlingTotal(current), '100%', handlingTotal(previous), handlingTotal(yearAgo)],
    bold: true,
  });
  return table(columns, rows);
}

/** "tăng 34 văn bản (2,8%) so với quý IV/2023". */
function comparison(current: number, other: number, label: string): string {
  if (current === other) return `bằng ${label}`;
  const change = Math.abs(current - other);
  const percent = other > 0 ? ` (${formatPercent(change, other)})` : '';
  return `${current > other ? 'tăng' : 'giảm'} ${formatInteger(change)} văn bản${percent} so với ${label}`;
}

function summary(model: StatsReportModel): string[] {
  const { totals, handling } = model;
  const period = lowerFirst(model.periodLabel);
  const total = handlingTotal(handling.current);
  const share = (n: number): string => (total > 0 ? ` (${formatPercent(n, total)})` : '');
  return [
    `Trong ${period}, đã tiếp nhận ${formatInteger(totals.current)} văn bản đến, ` +
      `${comparison(totals.current, totals.previous, lowerFirst(model.previousLabel))}; ` +
      `${comparison(totals.current, totals.yearAgo, `cùng kỳ năm trước (${lowerFirst(model.yearAgoLabel)})`)}.`,
    `Về giải quyết văn bản: ${formatInteger(handling.current.onTime)} văn bản giải quyết đúng hạn${share(handling.current.onTime)}; ` +
      `${formatInteger(handling.current.late)} văn bản quá hạn${share(handling.current.late)}; ` +
      `${formatInteger(handling.current.open)} văn bản đang giải quyết, chưa đến hạn${share(handling.current.open)}.`,
  ];
}

export function statsValues(model: StatsReportModel): Record<StatsPlaceholder, PlaceholderValue> {
  return {
    ...headerValues(model.header),
    trich_yeu: model.title ?? `Thống kê văn bản đến ${lowerFirst(model.periodLabel)}`,
    ky_bao_cao: model.periodLabel,
    ky_truoc: model.previousLabel,
    cung_ky: model.yearAgoLabel,
    tong_so: model.totals.current,
    tong_so_ky_truoc: model.totals.previous,
    tong_so_cung_ky: model.totals.yearAgo,
    dung_han: model.handling.current.onTime,
    qua_han: model.handling.current.late,
    chua_giai_quyet: model.handling.current.open,
    tong_hop: paragraphs(summary(model)),
    bang_thong_ke: statsTable(model),
    bang_giai_quyet: handlingTable(model),
    nhan_xet: paragraphs(model.narrative ?? []),
  };
}

/** The statistics report as a .docx or .xlsx, from a template of that format. */
export function renderStats(model: StatsReportModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, statsValues(model));
}
