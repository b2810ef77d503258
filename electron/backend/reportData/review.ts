import type { z } from 'zod';
import type { ReviewTexts as ReviewTextsSchema } from '../../../shared/contractReports';
import { isoDate, lastDayOfMonth, toDisplayDate } from '../../../shared/dates';
import { documentRole } from '../../../shared/documentRole';
import { AppError } from '../../../shared/errors';
import type { DocumentReference, ImplementingDocument, ReviewReportModel, ReviewStatusCount, RoundReport, UnitTaskCounts } from '../../../shared/reportModels';
import { REVIEW_SECTIONS, sectionField, type ReviewSectionKey } from '../../../shared/reviewSections';
import type { IncomingEntry } from '../../../shared/schemas';
import type { RoundDetail, Task } from '../../../shared/taskSchemas';
import { continuesStanding, TASK_STATUSES, type TaskStatus } from '../../../shared/taskStatus';
import type { CoreServices as Services } from '../services';
import { headerFrom, type HeaderChoice } from './header';

export interface ReviewQuery {
  directiveId: number;
  kind: 'interim' | 'final';
  /** The milestone the directive set, e.g. "01 năm", "05 năm"; '' for a tổng kết over the whole term. */
  milestone: string;
  /** Last day reviewed; default: the directive's date plus the milestone ("01 năm" → one year later). */
  milestoneDate?: string;
  /** The review round whose reports are tabled; default: the directive's latest round of the same kind. */
  roundId?: number;
  /** The report's date: nothing after it is known, whatever the milestone. */
  asOf: string;
  /** Print the internal table of which bodies have reported. */
  includeFollowUp?: boolean;
}

export type ReviewTexts = z.output<typeof ReviewTextsSchema>;

/** How the review prints each status, in the order of its tables: done first, then what is still open. */
export const REVIEW_STATUS_ORDER: readonly TaskStatus[] = ['done', 'done_late', 'in_progress', 'not_started', 'overdue', 'standing'];
export const REVIEW_STATUS_LABELS: Record<TaskStatus, string> = {
  done: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
  overdue: 'Quá hạn, chưa hoàn thành',
  standing: 'Thực hiện thường xuyên',
};

/** Everything a sơ kết / tổng kết report needs, from the register, the tasks and the review round. */
export function reviewModel(s: Services, q: ReviewQuery, texts: Partial<ReviewTexts>, choice: HeaderChoice): ReviewReportModel {
  const directive = s.incoming.get(q.directiveId);
  const reference = referenceOf(s, directive);
  const period = reviewPeriod(reference.date, q);
  // Tasks as they stood on the last day reviewed (or today, for a review written before its milestone).
  const asOf = period.to < q.asOf ? period.to : q.asOf;
  const tasks = s.taskQuery.list({ directiveId: directive.id, today: asOf, period: 'quarter' }).items;
  const round = pickRound(s, directive.id, q.kind, q.roundId);
  // Bodies answer a review after its milestone, before the report is written: their reports count up to the
  // report's date; directives, progress and statuses stop at the milestone.
  const related = relatedEntries(s, directive, q.asOf);
  const roundReports = round ? reportsOf(s, round, new Set(related.map((e) => e.id)), q.asOf, q.kind) : [];
  const reportIds = new Set(roundReports.map((r) => r.entryId).filter((id): id is number => id !== null));
  const kindLabel = q.kind === 'final' ? 'Tổng kết' : 'Sơ kết';
  return {
    header: headerFrom(s.settings.get(), choice, s.settings.get().reviewRecipients),
    kind: q.kind,
    milestone: q.milestone,
    period,
    title: `${kindLabel}${q.milestone ? ` ${q.milestone}` : ''} thực hiện ${reference.typeName} số ${reference.symbol} ngày ${toDisplayDate(reference.date)} của ${reference.issuer} ${reference.subject}`.replace(/\s+/g, ' ').trim(),
    directive: reference,
    implementingDocuments: implementingWithIssued(s, directive.id, asOf, related.filter((e) => e.arrivalDate <= asOf), reportIds),
    tasksByStatus: countsByStatus(tasks),
    continuingStanding: tasks.filter((t) => continuesStanding(t, t.status)).length,
    tasksByUnit: countsByUnit(tasks),
    tasks: tasks.map((t) => {
      const goesOn = continuesStanding(t, t.status);
      const progress = s.taskQuery.progress(t.id).filter((p) => p.date <= asOf).at(-1);
      return {
        section: [t.section, t.leadText].filter(Boolean).join('. '),
        unit: t.leadText,
        content: t.content,
        deadlineText: t.deadlineText,
        due: t.dueDate,
        status: t.status,
        statusLabel: goesOn ? `${REVIEW_STATUS_LABELS[t.status]}; tiếp tục thực hiện thường xuyên` : REVIEW_STATUS_LABELS[t.status],
        completedDate: t.status === 'done' || t.status === 'done_late' ? t.completedDate : null,
        continuesStanding: goesOn,
        lastProgress: progress ? `${toDisplayDate(progress.date)}: ${progress.text}` : '',
      };
    }),
    roundReports: roundReports.map(({ entryId: _, ...r }) => r),
    includeFollowUp: q.includeFollowUp ?? false,
    texts: Object.fromEntries(REVIEW_SECTIONS.map((sec) => [sec.key, texts[sectionField(sec.key)] ?? ''])) as Record<ReviewSectionKey, string>,
  };
}

/** "01 năm" → 1 year, "6 tháng" → 6 months; null when the milestone names no span. */
export function milestoneSpan(milestone: string): { years: number; months: number } | null {
  const m = /^\s*(\d{1,3})\s*(năm|tháng)\b/iu.exec(milestone.normalize('NFC'));
  if (!m) return null;
  const n = Number(m[1]);
  return m[2]!.toLocaleLowerCase('vi') === 'năm' ? { years: n, months: 0 } : { years: 0, months: n };
}

/** The directive's date moved on by a span, the day clamped to the month's length (29/02 + 1 năm → 28/02). */
function addSpan(iso: string, span: { years: number; months: number }): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = (y * 12 + (m - 1)) + span.years * 12 + span.months;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return isoDate(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

/**
 * The period reviewed: from the directive's date to the milestone date the office set, or else to the
 * directive's date plus the milestone ("01 năm"); a tổng kết without a milestone runs to the report's date.
 */
export function reviewPeriod(directiveDate: string, q: Pick<ReviewQuery, 'milestone' | 'milestoneDate' | 'asOf'>): { from: string; to: string } {
  if (q.milestoneDate) {
    if (q.milestoneDate < directiveDate) {
      throw new AppError('VALIDATION', `Ngày mốc ${toDisplayDate(q.milestoneDate)} trước ngày của văn bản (${toDisplayDate(directiveDate)}).`, { milestoneDate: 'Ngày mốc phải sau ngày văn bản.' });
    }
    return { from: directiveDate, to: q.milestoneDate };
  }
  const span = milestoneSpan(q.milestone);
  return { from: directiveDate, to: span ? addSpan(directiveDate, span) : q.asOf };
}

/** Finds the directive by its symbol, as typed on the command line ("43-NQ/TW"). */
export function directiveBySymbol(s: Pick<Services, 'query'>, symbol: string): IncomingEntry {
  const parsed = s.query.list({ q: symbol, sort: 'arrival', order: 'asc', offset: 0, limit: 50 }).items;
  const found = parsed.find((e) => e.symbol.toLowerCase() === symbol.trim().toLowerCase());
  if (!found) throw new AppError('NOT_FOUND', `Không có văn bản "${symbol}" trong sổ văn bản đến.`);
  return found;
}

/**
 * What a document is about, as a sentence cites it after "của <issuer>": "về …", the type name printed once.
 * "Kế hoạch thực hiện Nghị quyết số 43-NQ/TW…" (type Kế hoạch) → "về thực hiện Nghị quyết số 43-NQ/TW…";
 * "Nghị quyết Hội nghị lần thứ tám … khóa XIII về tiếp tục…" → "về tiếp tục…" (the meeting is in the issuer).
 */
export function subjectOf(typeName: string, abstract: string): string {
  const text = withoutVv(abstract.normalize('NFC').trim());
  const lower = text.toLocaleLowerCase('vi');
  const rest = typeName && lower.startsWith(typeName.toLocaleLowerCase('vi')) ? text.slice(typeName.length).trim() : text;
  if (/^về\s/iu.test(rest)) return `về ${rest.slice(3).trim()}`;
  const about = /\svề\s/u.exec(rest);
  if (/^(Hội nghị|Đại hội)\s/u.test(rest) && about) return rest.slice(about.index + 1);
  return rest === '' ? '' : `về ${rest[0]!.toLocaleLowerCase('vi')}${rest.slice(1)}`;
}

// Words that belong to a type's name when the title continues with them: "Chương trình hành động",
// "Nghị quyết liên tịch" (the type name comes from the document's title, not from its code).
const NAME_CONTINUATIONS = ['hành động', 'liên tịch'];

/** The type name as the document's title gives it: "Chương trình" + "hành động thực hiện…" → "Chương trình hành động". */
export function titleTypeName(typeName: string, abstract: string): string {
  const text = abstract.normalize('NFC').trim();
  if (!typeName || !text.toLocaleLowerCase('vi').startsWith(typeName.toLocaleLowerCase('vi'))) return typeName;
  const rest = text.slice(typeName.length).trim().toLocaleLowerCase('vi');
  const more = NAME_CONTINUATIONS.find((w) => rest === w || rest.startsWith(`${w} `));
  return more ? `${typeName} ${more}` : typeName;
}

/** "V/v báo cáo…" (the register's shorthand) → "về việc báo cáo…", as prose writes it. */
export const withoutVv = (text: string): string => text.replace(/^V\/v\s+/iu, 'về việc ');

function typeNameOf(s: Services, e: IncomingEntry): string {
  return titleTypeName(s.typeCodes.nameOf(e.typeCode) || 'Văn bản', e.abstract);
}

function referenceOf(s: Services, e: IncomingEntry): DocumentReference {
  const typeName = typeNameOf(s, e);
  const term = /kh[oó]a\s+([IVXLC]+)\b/iu.exec(e.abstract.normalize('NFC'));
  const issuer = e.issuer === 'Ban Chấp hành Trung ương' && term ? `Ban Chấp hành Trung ương Đảng khóa ${term[1]}` : e.issuer;
  return { typeName, symbol: e.symbol, date: e.documentDate ?? e.arrivalDate, issuer, abstract: e.abstract, subject: subjectOf(typeName, e.abstract) };
}

/** Entries that cite the directive by its symbol or its subject, from its date to `asOf`. */
function relatedEntries(s: Services, directive: IncomingEntry, asOf: string): IncomingEntry[] {
  const about = /\svề\s(.*)/u.exec(directive.abstract)?.[1] ?? '';
  const subject = about.split(/[,;]/u)[0]!.split(/\s+/u).slice(0, 8).join(' ');
  const queries = [directive.symbol, subject ? `thực hiện ${subject}` : ''].filter(Boolean);
  const from = directive.documentDate ?? directive.arrivalDate;
  const seen = new Map<number, IncomingEntry>();
  for (const q of queries) {
    for (const e of s.query.list({ q, sort: 'arrival', order: 'asc', offset: 0, limit: 500 }).items) {
      const date = e.documentDate ?? e.arrivalDate;
      if (e.id !== directive.id && date >= from && e.arrivalDate <= asOf) seen.set(e.id, e);
    }
  }
  return [...seen.values()].sort((a, b) => a.arrivalDate.localeCompare(b.arrivalDate) || a.id - b.id);
}

/** The province's own documents first (issued), then those received, each document once. */
function implementingWithIssued(s: Services, directiveId: number, asOf: string, related: IncomingEntry[], reportIds: Set<number>): ImplementingDocument[] {
  const issued = issuedDocuments(s, directiveId, asOf);
  return [...issued, ...implementingDocuments(s, related, reportIds, new Set(issued.map((d) => d.symbol)))];
}

/** The names of the province's issuing bodies by their code in symbols (TU: "Tỉnh ủy Lạng Sơn"). */
function issuerName(code: string, placeName: string): string {
  const names: Record<string, string> = { TU: `Tỉnh ủy ${placeName}`, BTVTU: `Ban Thường vụ Tỉnh ủy ${placeName}`, VPTU: `Văn phòng Tỉnh ủy ${placeName}` };
  return names[code] ?? code;
}

/** The province's own documents implementing the directive: the outgoing register's, issued by the day reviewed. */
function issuedDocuments(s: Services, directiveId: number, asOf: string): ImplementingDocument[] {
  const placeName = s.settings.get().placeName;
  return s.outgoing.answering(directiveId).filter((e) => e.documentDate <= asOf).map((e) => {
    const typeName = titleTypeName(e.typeName, e.abstract);
    return {
      typeName,
      symbol: e.symbol,
      date: e.documentDate,
      issuer: issuerName(e.issuerCode, placeName),
      abstract: withoutVv(e.abstract),
      subject: subjectOf(typeName, e.abstract),
      direction: 'issued' as const,
    };
  });
}

/** Directives and guidance that implement the directive; bodies' reports are tabled with the round instead. */
function implementingDocuments(s: Services, related: IncomingEntry[], reportIds: Set<number>, issued: ReadonlySet<string> = new Set()): ImplementingDocument[] {
  return related
    // A document the province issued itself is named once, from the outgoing register.
    .filter((e) => !reportIds.has(e.id) && documentRole(e.typeCode) === 'directive' && !issued.has(e.symbol))
    .map((e) => {
      const typeName = typeNameOf(s, e);
      return {
        typeName,
        symbol: e.symbol,
        date: e.documentDate ?? e.arrivalDate,
        issuer: e.issuer,
        abstract: withoutVv(e.abstract),
        subject: subjectOf(typeName, e.abstract),
        direction: 'received' as const,
      };
    });
}

function pickRound(s: Services, directiveId: number, kind: ReviewQuery['kind'], roundId?: number): RoundDetail | null {
  if (roundId) {
    const detail = s.rounds.get(roundId);
    if (detail.round.directiveId !== directiveId) throw new AppError('VALIDATION', 'Đợt sơ kết, tổng kết đã chọn không thuộc văn bản này.');
    return detail;
  }
  // rounds.list gives open rounds first, newest first; a tổng kết never tables the reports of a sơ kết.
  const latest = s.rounds.list(directiveId).find((r) => r.kind === kind);
  return latest ? s.rounds.get(latest.id) : null;
}

/**
 * Which bodies reported in the round, by `asOf` (the report's date): the report the clerk linked, or else a report (BC) of the body
 * in the register that cites the directive and names this kind of review ("sơ kết", "tổng kết") — so a
 * tổng kết never counts a body's sơ kết report, nor a quarterly report.
 */
function reportsOf(s: Services, round: RoundDetail, related: Set<number>, asOf: string, kind: ReviewQuery['kind']): (RoundReport & { entryId: number | null })[] {
  const word = kind === 'final' ? 'tổng kết' : 'sơ kết';
  return round.rows.map((row) => {
    const linked = row.report && row.report.arrivalDate <= asOf ? row.report : null;
    const found = linked ?? s.rounds.candidates(round.round.id, row.unit.id, 20).find((e) =>
      related.has(e.id) && documentRole(e.typeCode) === 'report' && e.abstract.normalize('NFC').toLocaleLowerCase('vi').includes(word)) ?? null;
    return {
      unit: row.unit.name,
      reported: found !== null,
      documentSymbol: found?.symbol ?? '',
      reportDate: found?.arrivalDate ?? null,
      entryId: found?.id ?? null,
    };
  });
}

const zeroCounts = (): Record<TaskStatus, number> => Object.fromEntries(TASK_STATUSES.map((st) => [st, 0])) as Record<TaskStatus, number>;

function countsByStatus(tasks: Task[]): ReviewStatusCount[] {
  const counts = zeroCounts();
  for (const t of tasks) counts[t.status] += 1;
  return REVIEW_STATUS_ORDER.map((status) => ({ status, label: REVIEW_STATUS_LABELS[status], count: counts[status] }));
}

function countsByUnit(tasks: Task[]): UnitTaskCounts[] {
  const byUnit = new Map<string, UnitTaskCounts>();
  for (const t of tasks) {
    const unit = t.leadText || 'Chưa xác định';
    let c = byUnit.get(unit);
    if (!c) byUnit.set(unit, (c = { unit, total: 0, byStatus: zeroCounts(), continuingStanding: 0 }));
    c.total += 1;
    c.byStatus[t.status] += 1;
    if (continuesStanding(t, t.status)) c.continuingStanding += 1;
  }
  return [...byUnit.values()];
}
