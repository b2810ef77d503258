import type { HandlingCounts, PeriodFigures, StatsReportModel, StatsSection } from '../../../shared/reportModels';
import { coverageOf, sameRange, type ReportPeriod } from '../../../shared/period';
import type { CoreServices as Services } from '../services';
import { lowerFirst } from '../reports/format';
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
  const groups = { type: new Map<string, PeriodFigures>(), issuer: new Map<string, PeriodFigures>(), unit: new Map<string, PeriodFigures>(), urgency: new Map<string, PeriodFigures>(), secrecy: new Map<string, PeriodFigures>() };
  const totals = figures();
  const handling: Record<Slot, HandlingCounts> = { current: handlingZero(), previous: handlingZero(), yearAgo: handlingZero() };

  // A cancelled entry was registered by mistake: not a document received, so not counted anywhere.
  // One pass over the three ranges: each key says which ranges an entry is in and its five groups.
  for (const [key, n] of s.incomingStore.arrivalCounts(SLOTS.map((k) => ranges[k]))) {
    const [flags, type, issuer, unit, urgency, secrecy] = key.split('\u0001');
    SLOTS.forEach((slot, i) => {
      if (flags[i] !== '1') return;
      totals[slot] += n;
      bump(groups.type, type, slot, n);
      bump(groups.issuer, issuer, slot, n);
      for (const u of unit ? (unit.includes(';') ? unit.split(/\s*;\s*/) : [unit]) : ['Chưa chuyển']) bump(groups.unit, u, slot, n);
      bump(groups.urgency, urgency || 'Thường', slot, n);
      bump(groups.secrecy, secrecy || 'Thường', slot, n);
    });
  }
  // Handling, per slot: o = on time, l = late, p = pending (not yet due), - = not in that range. An entry
  // not resolved is late once its due date is before the period's end (or the report's date, if earlier).
  const handlingRanges = SLOTS.map((k) => ({ from: ranges[k].from, to: ranges[k].to, asOf: ranges[k].to < choice.asOf ? ranges[k].to : choice.asOf }));
  for (const [key, n] of s.incomingStore.handlingCounts(handlingRanges)) {
    SLOTS.forEach((slot, i) => {
      const h = handling[slot];
      if (key[i] === 'o') h.onTime += n;
      else if (key[i] === 'l') h.late += n;
      else if (key[i] === 'p') h.open += n;
    });
  }

  // The register holds nothing before its first arrival: a period before it is "chưa có số liệu", not 0.
  const firstArrival = s.incomingStore.firstArrival();

  const typeName = (code: string) => (code ? s.typeCodes.nameOf(code) : 'Công văn và loại khác');
  const sections: StatsSection[] = [
    section('Theo loại văn bản', groups.type, typeName),
    section('Theo cơ quan ban hành', groups.issuer),
    section('Theo đơn vị xử lý', groups.unit),
    section('Theo độ khẩn', groups.urgency, undefined, URGENCY_ORDER),
    section('Theo độ mật', groups.secrecy, undefined, SECRECY_ORDER),
  ];
  return {
    issued: issuedFigures(s, ranges),
    header: headerFrom(s.settings.get(), choice, ['Thường trực Tỉnh ủy (b/c)', 'Lãnh đạo Văn phòng']),
    periodLabel: period.label,
    previousLabel: period.previous.label,
    yearAgoLabel: period.yearAgo.label,
    title: `Thống kê văn bản đến trong ${lowerFirst(period.label)}`,
    sections,
    totals,
    handling,
    coverage: { current: coverageOf(period, firstArrival), previous: coverageOf(period.previous, firstArrival), yearAgo: coverageOf(period.yearAgo, firstArrival) },
    yearAgoIsPrevious: sameRange(period.previous, period.yearAgo),
  };
}

/** Issued documents (the outgoing register's, void and reserved numbers aside) by type, in each period. */
function issuedFigures(s: Services, ranges: Record<Slot, { from: string; to: string }>): NonNullable<StatsReportModel['issued']> {
  const byType = new Map<string, PeriodFigures>();
  const names = new Map<string, string>();
  const totals = figures();
  for (const slot of SLOTS) {
    for (const row of s.outgoing.issuedByType(ranges[slot].from, ranges[slot].to)) {
      names.set(row.typeCode, row.typeName || s.typeCodes.nameOf(row.typeCode));
      bump(byType, row.typeCode, slot, row.count);
      totals[slot] += row.count;
    }
  }
  return { totals, byType: section('Văn bản ban hành theo loại', byType, (code) => names.get(code) ?? code) };
}

function figures(): PeriodFigures {
  return { current: 0, previous: 0, yearAgo: 0 };
}

function handlingZero(): HandlingCounts {
  return { onTime: 0, late: 0, open: 0 };
}

function bump(map: Map<string, PeriodFigures>, key: string, slot: Slot, n: number): void {
  let f = map.get(key);
  if (!f) map.set(key, (f = figures()));
  f[slot] += n;
}

function section(title: string, map: Map<string, PeriodFigures>, label = (k: string) => k, order?: string[]): StatsSection {
  const rows = [...map.entries()].map(([k, f]) => ({ label: label(k), ...f }));
  if (order) rows.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  else rows.sort((a, b) => b.current - a.current || b.yearAgo - a.yearAgo || a.label.localeCompare(b.label, 'vi'));
  return { title, rows };
}
