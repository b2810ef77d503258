import { addDays, isValidIsoDate, isoDate, lastDayOfMonth, toDisplayDate } from './dates';
import type { PeriodCoverage } from './reportModels';

// Reporting periods: month, quarter, 6 months, 9 months, year or a custom range, each with the two
// periods a report compares it with: the previous period and the same period a year earlier.

export interface DateRange { from: string; to: string; label: string }

export interface ReportPeriod extends DateRange {
  /** The spec it was read from: 2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03, 2024-03-01..2024-04-15. */
  spec: string;
  previous: DateRange;
  yearAgo: DateRange;
}

export type PeriodParseResult = { ok: true; value: ReportPeriod } | { ok: false; reason: string };

const ROMAN = ['I', 'II', 'III', 'IV'];

type Kind =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'nine'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

function rangeOf(k: Kind): DateRange {
  switch (k.kind) {
    case 'month':
      return { from: isoDate(k.year, k.month, 1), to: isoDate(k.year, k.month, lastDayOfMonth(k.year, k.month)), label: `Tháng ${k.month}/${k.year}` };
    case 'quarter': {
      const last = k.quarter * 3;
      return { from: isoDate(k.year, last - 2, 1), to: isoDate(k.year, last, lastDayOfMonth(k.year, last)), label: `Quý ${ROMAN[k.quarter - 1]}/${k.year}` };
    }
    case 'half':
      return k.half === 1
        ? { from: isoDate(k.year, 1, 1), to: isoDate(k.year, 6, 30), label: `6 tháng đầu năm ${k.year}` }
        : { from: isoDate(k.year, 7, 1), to: isoDate(k.year, 12, 31), label: `6 tháng cuối năm ${k.year}` };
    case 'nine':
      return { from: isoDate(k.year, 1, 1), to: isoDate(k.year, 9, 30), label: `9 tháng đầu năm ${k.year}` };
    case 'year':
      return { from: isoDate(k.year, 1, 1), to: isoDate(k.year, 12, 31), label: `Năm ${k.year}` };
    case 'custom':
      return { from: k.from, to: k.to, label: `Từ ngày ${toDisplayDate(k.from)} đến ngày ${toDisplayDate(k.to)}` };
  }
}

/** The period just before: the previous month, quarter or half; for 9 months and a year, the year before. */
function previousOf(k: Kind): Kind {
  switch (k.kind) {
    case 'month': return k.month === 1 ? { kind: 'month', year: k.year - 1, month: 12 } : { ...k, month: k.month - 1 };
    case 'quarter': return k.quarter === 1 ? { kind: 'quarter', year: k.year - 1, quarter: 4 } : { ...k, quarter: k.quarter - 1 };
    case 'half': return k.half === 1 ? { kind: 'half', year: k.year - 1, half: 2 } : { ...k, half: 1 };
    case 'nine':
    case 'year': return { ...k, year: k.year - 1 };
    case 'custom': {
      const days = daysBetween(k.from, k.to);
      const to = addDays(k.from, -1);
      return { kind: 'custom', from: addDays(to, -days), to };
    }
  }
}

function yearAgoOf(k: Kind): Kind {
  if (k.kind !== 'custom') return { ...k, year: k.year - 1 } as Kind;
  return { kind: 'custom', from: shiftYear(k.from), to: shiftYear(k.to) };
}

function shiftYear(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(y - 1, m, Math.min(d, lastDayOfMonth(y - 1, m)));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function read(spec: string): Kind | string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(spec))) return { kind: 'year', year: Number(m[1]) };
  if ((m = /^(\d{4})-(\d{2})$/.exec(spec))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(m[1]), month } : `Tháng ${m[2]} không có.`;
  }
  if ((m = /^(\d{4})-Q([1-4])$/i.exec(spec))) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  if ((m = /^(\d{4})-H([12])$/i.exec(spec))) return { kind: 'half', year: Number(m[1]), half: Number(m[2]) as 1 | 2 };
  if ((m = /^(\d{4})-9M$/i.exec(spec))) return { kind: 'nine', year: Number(m[1]) };
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(spec))) {
    const [, from, to] = m;
    if (!isValidIsoDate(from) || !isValidIsoDate(to)) return 'Ngày trong khoảng không hợp lệ.';
    if (from > to) return 'Ngày bắt đầu phải trước ngày kết thúc.';
    return { kind: 'custom', from, to };
  }
  return `Không hiểu kỳ báo cáo "${spec}".`;
}

/** Reads a period spec; never throws. */
export function parsePeriod(spec: string): PeriodParseResult {
  const text = (spec ?? '').trim();
  const k = read(text);
  if (typeof k === 'string') {
    return { ok: false, reason: `${k} Dùng: 2024-03 (tháng), 2024-Q1 (quý), 2024-H1 (6 tháng), 2024-9M (9 tháng), 2024 (năm) hoặc 2024-03-01..2024-04-15.` };
  }
  return { ok: true, value: { spec: text, ...rangeOf(k), previous: rangeOf(previousOf(k)), yearAgo: rangeOf(yearAgoOf(k)) } };
}

/** Whether two periods are the same days (a year's previous period is also its same period a year earlier). */
export function sameRange(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * How much of a period a register starting on `firstArrival` holds; a register with no entry yet is taken to
 * hold everything (its figures are true zeros).
 */
export function coverageOf(range: { from: string; to: string }, firstArrival: string | null): PeriodCoverage {
  if (firstArrival === null || firstArrival <= range.from) return { kind: 'full' };
  if (firstArrival > range.to) return { kind: 'none', date: firstArrival };
  return { kind: 'from', date: firstArrival };
}
