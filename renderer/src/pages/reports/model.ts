import type { MethodInput } from '../../../../shared/contract';
import { isValidIsoDate, isoDate } from '../../../../shared/dates';
import { parsePeriod } from '../../../../shared/period';
import type { Settings } from '../../../../shared/schemas';
import { REPORT_KIND_NAMES, REPORT_KINDS, type ReportFormat, type ReportKind, type ReportKindInfo, reportLabel } from '../../../../shared/reportKinds';

// The choices of the Reports screen and how they become a reports.generate request.

export type { ReportFormat, ReportKind };
export type ReportRequest = MethodInput<'reports.generate'>;

/** The reports of shared/reportKinds, in its order, as select options (the templates of every one). */
export const REPORT_OPTIONS = REPORT_KIND_NAMES.map((k) => ({ value: k, label: reportLabel(k) }));

/** The reports made under "Lập báo cáo" (a copy's page is made from the copy's own screen). */
export const BUILDER_OPTIONS = REPORT_OPTIONS.filter((o) => (REPORT_KINDS[o.value] as ReportKindInfo).onReportsScreen !== false);

export const FORMAT_LABELS: Record<ReportFormat, string> = { docx: 'Word (.docx)', xlsx: 'Excel (.xlsx)' };

/**
 * Nơi nhận the backend puts when none is given (electron/backend/reportData: header, stats and review
 * models), shown prefilled so the clerk sees and edits the real list: for a sơ kết, the list kept in the
 * settings; a list without a "Lưu …" line gets the issuing body's archive copy last.
 */
export function defaultRecipients(report: ReportKind, settings: Pick<Settings, 'reviewRecipients'> | null, issuerCode: string): string[] {
  const list = report === 'thong-ke' ? ['Thường trực Tỉnh ủy (b/c)', 'Lãnh đạo Văn phòng']
    : report === 'so-ket' ? settings?.reviewRecipients ?? []
      : [];
  return list.some((r) => /^[-–\s]*Lưu\s/u.test(r)) ? list : [...list, `Lưu ${issuerCode || 'VT'}`];
}

// ---- Periods of the statistics report ----

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year' | 'custom';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2, depending on kind. */
  number: number;
  from: string | null;
  to: string | null;
}

export const PERIOD_KINDS: { value: PeriodKind; label: string }[] = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'half', label: '6 tháng' },
  { value: 'nine', label: '9 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'custom', label: 'Khoảng ngày' },
];

const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodNumbers(kind: PeriodKind): { value: number; label: string }[] {
  switch (kind) {
    case 'month': return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }));
    case 'quarter': return ROMAN.map((r, i) => ({ value: i + 1, label: `Quý ${r}` }));
    case 'half': return [{ value: 1, label: '6 tháng đầu năm' }, { value: 2, label: '6 tháng cuối năm' }];
    default: return [];
  }
}

/** The spec reports.generate reads: 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2024-03-01..2024-04-15. */
export function periodSpec(p: PeriodChoice): string {
  const y = String(p.year);
  switch (p.kind) {
    case 'month': return `${y}-${String(p.number).padStart(2, '0')}`;
    case 'quarter': return `${y}-Q${p.number}`;
    case 'half': return `${y}-H${p.number}`;
    case 'nine': return `${y}-9M`;
    case 'year': return y;
    case 'custom': return `${p.from ?? ''}..${p.to ?? ''}`;
  }
}

/** What the period means, or why it cannot be read: "Quý I/2024 (so với Quý IV/2023 và Quý I/2023)". */
export function describePeriod(p: PeriodChoice): { ok: boolean; text: string } {
  if (p.kind === 'custom' && (!p.from || !p.to)) return { ok: false, text: 'Gõ ngày bắt đầu và ngày kết thúc (dd/mm/yyyy).' };
  if (p.kind === 'custom' && (!isValidIsoDate(p.from ?? '') || !isValidIsoDate(p.to ?? ''))) {
    return { ok: false, text: 'Ngày không hợp lệ: gõ dạng dd/mm/yyyy, ví dụ 01/03/2024.' };
  }
  const parsed = parsePeriod(periodSpec(p));
  if (!parsed.ok) return { ok: false, text: parsed.reason };
  const v = parsed.value;
  return { ok: true, text: `${v.label} — so sánh với ${v.previous.label} và ${v.yearAgo.label}` };
}

/** The last quarter that has ended: what an office usually reports on. */
export function defaultPeriod(today: string): PeriodChoice {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const quarter = Math.ceil(m / 3) - 1;
  return quarter === 0
    ? { kind: 'quarter', year: y - 1, number: 4, from: null, to: null }
    : { kind: 'quarter', year: y, number: quarter, from: null, to: null };
}

/** First and last day of the month of `today`: the register book's default range. */
export function monthRange(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: isoDate(y, m, 1), to: today };
}

/**
 * The key the specialist's texts are kept under: the milestone ("01 năm"), or for a tổng kết without one,
 * "Tổng kết" (the backend, services/reports, reads the draft under the same key).
 */
export const reviewDraftMilestone = (kind: 'interim' | 'final', milestone: string): string => milestone.trim() || (kind === 'final' ? 'Tổng kết' : '');

export const MILESTONES = ['01 năm', '03 năm', '05 năm', '10 năm', '15 năm', '20 năm'];

/** One text per line; blank lines dropped. */
export const splitLines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
