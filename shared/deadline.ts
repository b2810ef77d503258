// Deadlines written in words in Party plans ("hoàn thành trong quý I/2024", "thực hiện thường xuyên")
// turned into the last day they allow.
//
// Decisions (the explanation shown to the clerk always names the reading taken):
// - "đầu tháng M/Y" = the first 10 days → day 10; "giữa tháng" = days 11-20 → day 20;
//   "cuối tháng" / "hết tháng" / "trong tháng" → last day of the month.
// - "đầu quý" → end of the quarter's first month, "giữa quý" → end of its second month;
//   "đầu năm" → end of quarter I (31/03), "giữa năm" → end of the first half (30/06).
// - "trước ngày X", "chậm nhất ngày X", "ngày X" → X itself (the day counts, as offices read it).
// - "trước tháng/quý/năm P" (no day) → the day before P starts: "trước tháng 12/2023" → 30/11/2023.
// - "N tháng đầu năm Y" → end of month N; "N tháng cuối năm Y" → 31/12/Y.
// - Several milestones in one phrase ("từ năm 2021 đến năm 2025") → the latest one.
// - A period without a year takes the year of `ref` (the plan's date); without ref it is not understood.
// - "thường xuyên" anywhere → standing duty; it may come with a date ("… trong năm 2025 và … thường xuyên").

import { addDays, isoDate, isValidIsoDate, lastDayOfMonth, toDisplayDate } from './dates';
import { foldForSearch, normalizeText } from './text';

export interface ParsedDeadline {
  due: string | null;
  standing: boolean;
  text: string;
  recognized: boolean;
  explanation: string;
}

type Qualifier = 'dau' | 'giua' | 'cuoi' | 'het' | 'truoc' | 'trong' | undefined;
type PeriodKind = 'month' | 'quarter' | 'year' | 'span';

interface Period {
  kind: PeriodKind;
  year: number;
  firstMonth: number;
  lastMonth: number;
  label: string;
}

interface Hit {
  due: string;
  note: string | null;
  yearFromRef: boolean;
}

type Outcome = Hit | { problem: 'noYear' } | { problem: 'badDate'; shown: string };

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray, refYear: number | null) => Outcome | null;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Year after a month or quarter: "12/2023", "12 năm 2023", "II/năm 2024", "IV năm 2024".
// A trailing "/<digits>" that is not a 4-digit year (e.g. "12/23") makes the whole match fail.
const YEAR = String.raw`(?:(?:\s*[/.-]\s*|\s+)(?:nam\s*)?(\d{4})(?!\d))?(?!\s*[/.-]\s*\d)`;
const BEFORE = String.raw`(?<![a-z])(?:(truoc)\s+)?`;
const QUAL = String.raw`(?:(dau|giua|cuoi|het)\s+)?`;

const month = (year: number, m: number): Period => ({
  kind: 'month', year, firstMonth: m, lastMonth: m, label: `tháng ${m}/${year}`,
});
const quarter = (year: number, q: number): Period => ({
  kind: 'quarter', year, firstMonth: 3 * q - 2, lastMonth: 3 * q, label: `quý ${ROMAN[q]}/${year}`,
});
const wholeYear = (year: number): Period => ({
  kind: 'year', year, firstMonth: 1, lastMonth: 12, label: `năm ${year}`,
});

function endOfMonth(y: number, m: number): string {
  return isoDate(y, m, lastDayOfMonth(y, m));
}

/** The last day a period allows, read with its qualifier (see the decisions at the top). */
function periodHit(p: Period, before: string | undefined, qual: Qualifier, yearFromRef: boolean): Hit {
  const q: Qualifier = qual ?? (before ? 'truoc' : undefined);
  let due = endOfMonth(p.year, p.lastMonth);
  let note = `hết ${p.label}`;
  if (q === 'cuoi') note = `cuối ${p.label}`;
  else if (q === 'truoc') {
    due = addDays(isoDate(p.year, p.firstMonth, 1), -1);
    note = `trước ${p.label}`;
  } else if ((q === 'dau' || q === 'giua') && p.kind !== 'span') {
    const early = q === 'dau';
    const word = early ? 'đầu' : 'giữa';
    if (p.kind === 'month') {
      due = isoDate(p.year, p.firstMonth, early ? 10 : 20);
      note = `${word} ${p.label}, tính ${early ? 'là 10 ngày đầu tháng' : 'đến ngày 20'}`;
    } else if (p.kind === 'quarter') {
      due = endOfMonth(p.year, p.firstMonth + (early ? 0 : 1));
      note = `${word} ${p.label}, tính đến hết tháng ${early ? 'đầu' : 'thứ hai'} của quý`;
    } else {
      due = endOfMonth(p.year, early ? 3 : 6);
      note = `${word} ${p.label}, tính ${early ? 'là hết quý I' : 'là hết 6 tháng đầu năm'}`;
    }
  }
  return { due, note, yearFromRef };
}

function resolveYear(year: string | undefined, refYear: number | null): { year: number; fromRef: boolean } | null {
  if (year) return { year: Number(year), fromRef: false };
  return refYear === null ? null : { year: refYear, fromRef: true };
}

function dayHit(d: number, m: number, y: number, before: string | undefined, fromRef: boolean): Outcome {
  const shown = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  const due = isoDate(y, m, d);
  if (!isValidIsoDate(due)) return { problem: 'badDate', shown };
  return { due, note: before ? `trước ngày ${shown}, tính cả ngày đó` : null, yearFromRef: fromRef };
}

// Rules in priority order; each match is blanked out before the next rule runs, so
// "ngày 15 tháng 9 năm 2021" is not read again as "tháng 9 năm 2021".
const RULES: Rule[] = [
  { // ngày 15 tháng 9 năm 2021
    re: /(?<![a-z])(?:(truoc)\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam)?\s+(\d{4})(?!\d)/g,
    read: (m) => dayHit(Number(m[2]), Number(m[3]), Number(m[4]), m[1], false),
  },
  { // 15/9/2021, 15/09/2021, 15-9-2021, 15.9.2021
    re: /(?<![a-z])(?:(truoc)\s+(?:ngay\s+)?)?(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g,
    read: (m) => dayHit(Number(m[2]), Number(m[3]), Number(m[4]), m[1], false),
  },
  { // a day without a year: "trước ngày 15/9", "ngày 15 tháng 9"
    re: /(?<![a-z])(?:(truoc)\s+(?:ngay\s+)?|ngay\s+)(\d{1,2})\s*(?:[/.-]|\s+thang\s+)(\d{1,2})(?!\d)(?!\s*[/.-]\s*\d)(?!\s+nam\s*\d)/g,
    read: (m, refYear) => {
      const y = resolveYear(undefined, refYear);
      return y ? dayHit(Number(m[2]), Number(m[3]), y.year, m[1], true) : { problem: 'noYear' };
    },
  },
  { // 6 tháng đầu năm 2024, 6 tháng cuối năm 2024, 9 tháng đầu năm
    re: /(?<!\d)(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam(?:\s*[/.-]?\s*(\d{4}))?(?!\d)/g,
    read: (m, refYear) => {
      const n = Number(m[1]);
      const y = resolveYear(m[3], refYear);
      if (n < 1 || n > 12) return null;
      if (!y) return { problem: 'noYear' };
      const first = m[2] === 'dau';
      const p: Period = {
        kind: 'span', year: y.year, firstMonth: first ? 1 : 13 - n, lastMonth: first ? n : 12,
        label: `${n} tháng ${first ? 'đầu' : 'cuối'} năm ${y.year}`,
      };
      return periodHit(p, undefined, undefined, y.fromRef);
    },
  },
  { // năm 2021-2025, giai đoạn 2021 - 2025
    re: /(?<![a-z])(?:nam|giai doan)\s+(\d{4})\s*-\s*(\d{4})(?!\d)/g,
    read: (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      const p: Period = { kind: 'span', year: to, firstMonth: 1, lastMonth: 12, label: `giai đoạn ${from} - ${to}` };
      return periodHit(p, undefined, undefined, false);
    },
  },
  { // (trước) (đầu|giữa|cuối|hết) tháng 12/2023
    re: new RegExp(BEFORE + QUAL + String.raw`thang\s+(\d{1,2})(?!\d)` + YEAR, 'g'),
    read: (m, refYear) => {
      const mo = Number(m[3]);
      if (mo < 1 || mo > 12) return null;
      const y = resolveYear(m[4], refYear);
      return y ? periodHit(month(y.year, mo), m[1], m[2] as Qualifier, y.fromRef) : { problem: 'noYear' };
    },
  },
  { // (trước) (đầu|giữa|cuối|hết) quý I/2024, quý 3/2024, quý IV năm 2024
    re: new RegExp(BEFORE + QUAL + String.raw`qu[yi]\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])` + YEAR, 'g'),
    read: (m, refYear) => {
      const y = resolveYear(m[4], refYear);
      return y ? periodHit(quarter(y.year, QUARTER[m[3]]), m[1], m[2] as Qualifier, y.fromRef) : { problem: 'noYear' };
    },
  },
  { // (trước) (đầu|giữa|cuối|hết) năm 2025
    re: new RegExp(BEFORE + QUAL + String.raw`nam\s*(\d{4})(?!\d)`, 'g'),
    read: (m) => periodHit(wholeYear(Number(m[3])), m[1], m[2] as Qualifier, false),
  },
  { // "trong năm", "cuối năm" without a year: the year of ref
    re: /(?<![a-z])(?:(truoc)\s+)?(dau|giua|cuoi|het|trong)\s+nam(?![a-z])(?!\s*\d)/g,
    read: (m, refYear) => {
      const y = resolveYear(undefined, refYear);
      return y ? periodHit(wholeYear(y.year), m[1], m[2] as Qualifier, true) : { problem: 'noYear' };
    },
  },
  { // bare "12/2023"
    re: /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{4})(?!\d)/g,
    read: (m) => {
      const mo = Number(m[1]);
      return mo >= 1 && mo <= 12 ? periodHit(month(Number(m[2]), mo), undefined, undefined, false) : null;
    },
  },
  { // the whole phrase is a year: "2025"
    re: /^(\d{4})$/g,
    read: (m) => periodHit(wholeYear(Number(m[1])), undefined, undefined, false),
  },
];

/** The phrase folded for matching: no marks, lower case, markdown and brackets gone. */
function matchingForm(text: string): string {
  return foldForSearch(normalizeText(text))
    .replace(/[–—]/g, '-')
    .replace(/[*_()[\]"“”,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function refYearOf(ref: string | undefined): number | null {
  return ref !== undefined && isValidIsoDate(ref) ? Number(ref.slice(0, 4)) : null;
}

export function parseDeadline(text: string, ref?: string): ParsedDeadline {
  const kept = text.trim();
  let s = matchingForm(text);
  const standing = /thuong\s*xuyen/.test(s);
  const refYear = refYearOf(ref);

  const hits: Hit[] = [];
  let noYear = false;
  let badDate: string | null = null;
  for (const rule of RULES) {
    const found = [...s.matchAll(rule.re)] as RegExpExecArray[];
    for (const m of found) {
      const out = rule.read(m, refYear);
      if (!out) continue;
      if ('problem' in out) {
        if (out.problem === 'noYear') noYear = true;
        else badDate ??= out.shown;
      } else hits.push(out);
      s = s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length);
    }
  }

  const result = (due: string | null, recognized: boolean, explanation: string): ParsedDeadline =>
    ({ due, standing, text: kept, recognized, explanation });
  const standingNote = standing ? ' (có nêu thực hiện thường xuyên)' : '';

  if (badDate) return result(null, false, `Ngày ${badDate} không có thật, cần nhập tay${standingNote}`);
  if (hits.length > 0) {
    const last = hits.reduce((a, b) => (b.due > a.due ? b : a));
    const notes = [
      last.note,
      last.yearFromRef ? 'năm lấy theo ngày văn bản' : null,
      new Set(hits.map((h) => h.due)).size > 1 ? 'có nhiều mốc, lấy mốc cuối cùng' : null,
    ].filter((n): n is string => n !== null);
    const explanation =
      `Hạn: ${toDisplayDate(last.due)}` +
      (notes.length ? ` (${notes.join('; ')})` : '') +
      (standing ? ', sau đó thực hiện thường xuyên' : '');
    return result(last.due, true, explanation);
  }
  if (noYear) return result(null, false, `Thời hạn không ghi năm, cần nhập tay${standingNote}`);
  if (standing) return result(null, true, 'Thực hiện thường xuyên, không có hạn cụ thể');
  if (kept === '') return result(null, false, 'Chưa có thời hạn, cần nhập tay');
  return result(null, false, 'Không hiểu được thời hạn, cần nhập tay');
}
