import type { HandlingCounts, PeriodFigures, StatsReportModel, StatsSection } from '../../../shared/reportModels';
import type { ReportPeriod } from '../../../shared/period';
import type { CoreServices as Services } from '../services';
import { headerFrom, type HeaderChoice } from './header';

type Slot = 'current' | 'previous' | 'yearAgo';
const SLOTS: Slot[] = ['current', 'previous', 'yearAgo'];

const URGENCY_ORDER = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'];
const SECRECY_ORDER = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'];

/**
 * Statistics of incoming documents for a period beside the previous period and the same period a year
 * earlier. One pass over the entries of the three ranges fills every section.
 */
export function statsModel(s: Services, period: ReportPeriod, choice: HeaderChoice & { asOf: string }): StatsReportModel {
  const ranges: Record<Slot, { from: string; to: string }> = { current: period, previous: period.previous, yearAgo: period.yearAgo };
  const from = SLOTS.map((k) => ranges[k].from).sort()[0];
  const to = SLOTS.map((k) => ranges[k].to).sort().at(-1)!;
  const groups = { type: new Map<string, PeriodFigures>(), issuer: new Map<string, PeriodFigures>(), unit: new Map<string, PeriodFigures>(), urgency: new Map<string, PeriodFigures>(), secrecy: new Map<string, PeriodFigures>() };
  const totals = figures();
  const handling: Record<Slot, HandlingCounts> = { current: handlingZero(), previous: handlingZero(), yearAgo: handlingZero() };

  const rows = s.db.prepare(`
    SELECT arrival_date, type_code, issuer, handling_unit, urgency, secrecy, due_date, resolved_date
    FROM incoming WHERE arrival_date >= ? AND arrival_date <= ?`).raw().iterate(from, to) as Iterable<Array<string | null>>;
  for (const [arrival, type, issuer, unit, urgency, secrecy, due, resolved] of rows) {
    for (const slot of SLOTS) {
      const r = ranges[slot];
      if (arrival! < r.from || arrival! > r.to) continue;
      totals[slot]++;
      bump(groups.type, type || '', slot);
      bump(groups.issuer, issuer!, slot);
      for (const u of (unit || 'Chưa chuyển').split(/\s*;\s*/)) bump(groups.unit, u, slot);
      bump(groups.urgency, urgency || 'Thường', slot);
      bump(groups.secrecy, secrecy || 'Thường', slot);
      if (due) countHandling(handling[slot], due, resolved, r.to < choice.asOf ? r.to : choice.asOf);
    }
  }

  const typeName = (code: string) => (code ? s.typeCodes.nameOf(code) : 'Công văn và loại khác');
  const sections: StatsSection[] = [
    section('Theo loại văn bản', groups.type, typeName),
    section('Theo cơ quan ban hành', groups.issuer),
    section('Theo đơn vị xử lý', groups.unit),
    section('Theo độ khẩn', groups.urgency, undefined, URGENCY_ORDER),
    section('Theo độ mật', groups.secrecy, undefined, SECRECY_ORDER),
  ];
  return {
    header: headerFrom(s.settings.get(), choice, ['Thường trực Tỉnh ủy (b/c)', 'Lãnh đạo Văn phòng']),
    periodLabel: period.label,
    previousLabel: period.previous.label,
    yearAgoLabel: period.yearAgo.label,
    title: `Thống kê văn bản đến trong ${lowerFirst(period.label)}`,
    sections,
    totals,
    handling,
  };
}

function figures(): PeriodFigures {
  return { current: 0, previous: 0, yearAgo: 0 };
}

function handlingZero(): HandlingCounts {
  return { onTime: 0, late: 0, open: 0 };
}

function bump(map: Map<string, PeriodFigures>, key: string, slot: Slot): void {
  let f = map.get(key);
  if (!f) map.set(key, (f = figures()));
  f[slot]++;
}

/** On time: resolved by the due date. Late: resolved after it, or still open past it. Open: not yet due. */
function countHandling(h: HandlingCounts, due: string, resolved: string | null, asOf: string): void {
  if (resolved) {
    if (resolved <= due) h.onTime++;
    else h.late++;
  } else if (due < asOf) h.late++;
  else h.open++;
}

function section(title: string, map: Map<string, PeriodFigures>, label = (k: string) => k, order?: string[]): StatsSection {
  const rows = [...map.entries()].map(([k, f]) => ({ label: label(k), ...f }));
  if (order) rows.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  else rows.sort((a, b) => b.current - a.current || b.yearAgo - a.yearAgo || a.label.localeCompare(b.label, 'vi'));
  return { title, rows };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
