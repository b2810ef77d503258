import type { z } from 'zod';
import type { ReviewTexts as ReviewTextsSchema } from '../../../shared/contractReports';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { DocumentReference, ImplementingDocument, ReviewReportModel, UnitTaskCounts } from '../../../shared/reportModels';
import type { IncomingEntry } from '../../../shared/schemas';
import type { Task } from '../../../shared/taskSchemas';
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../../shared/taskStatus';
import type { CoreServices as Services } from '../services';
import { headerFrom, type HeaderChoice } from './header';

export interface ReviewQuery {
  directiveId: number;
  kind: 'interim' | 'final';
  /** The milestone the directive set, e.g. "01 năm", "05 năm". */
  milestone: string;
  /** The review round whose reports are tabled; default: the directive's latest round. */
  roundId?: number;
  /** Tasks' status is worked out as of this day. */
  asOf: string;
}

export type ReviewTexts = z.output<typeof ReviewTextsSchema>;

/** Everything a sơ kết / tổng kết report needs, from the register, the tasks and the review round. */
export function reviewModel(s: Services, q: ReviewQuery, texts: ReviewTexts, choice: HeaderChoice): ReviewReportModel {
  const directive = s.incoming.get(q.directiveId);
  const reference = referenceOf(s, directive);
  const tasks = s.taskQuery.list({ directiveId: directive.id, today: q.asOf, period: 'quarter' }).items;
  const round = pickRound(s, directive.id, q.roundId);
  const kindLabel = q.kind === 'final' ? 'Tổng kết' : 'Sơ kết';
  return {
    header: headerFrom(s.settings.get(), choice, ['Ban Thường vụ Tỉnh ủy (b/c)', 'Các đồng chí Tỉnh ủy viên']),
    kind: q.kind,
    title: `${kindLabel} ${q.milestone} thực hiện ${reference.typeName} số ${reference.symbol} ngày ${toDisplayDate(reference.date)} của ${reference.issuer} ${reference.abstract}`.replace(/\s+/g, ' ').trim(),
    directive: reference,
    // Bodies' reports are tabled with the round, not listed again as implementing documents.
    implementingDocuments: implementingDocuments(s, directive, new Set(round?.rows.map((r) => r.report?.id ?? 0))),
    tasksByStatus: TASK_STATUSES.map((status) => ({ status: TASK_STATUS_LABELS[status], count: tasks.filter((t) => t.status === status).length })),
    tasksByUnit: countsByUnit(tasks),
    tasks: tasks.map((t) => ({
      section: [t.section, t.leadText].filter(Boolean).join('. '),
      unit: t.leadText,
      content: t.content,
      deadlineText: t.deadlineText,
      due: t.dueDate,
      status: TASK_STATUS_LABELS[t.status],
      lastProgress: t.lastProgress ? `${toDisplayDate(t.lastProgress.date)}: ${t.lastProgress.text}` : '',
    })),
    roundReports: round
      ? round.rows.map((r) => ({ unit: r.unit.name, reported: r.report !== null, documentSymbol: r.report?.symbol ?? '', reportDate: r.report?.arrivalDate ?? null }))
      : [],
    ...texts,
  };
}

/** Finds the directive by its symbol, as typed on the command line ("43-NQ/TW"). */
export function directiveBySymbol(s: Services, symbol: string): IncomingEntry {
  const parsed = s.query.list({ q: symbol, sort: 'arrival', order: 'asc', offset: 0, limit: 50 }).items;
  const found = parsed.find((e) => e.symbol.toLowerCase() === symbol.trim().toLowerCase());
  if (!found) throw new AppError('NOT_FOUND', `Không có văn bản "${symbol}" trong sổ văn bản đến.`);
  return found;
}

function referenceOf(s: Services, e: IncomingEntry): DocumentReference {
  const typeName = s.typeCodes.nameOf(e.typeCode) || 'văn bản';
  // "Nghị quyết Hội nghị … khóa XIII về …": the report cites the subject, from "về" on.
  const about = /\svề\s/u.exec(e.abstract);
  const term = /khó?a\s+([IVXLC]+)/iu.exec(e.abstract.normalize('NFC')) ?? /khoá\s+([IVXLC]+)/iu.exec(e.abstract);
  const issuer = e.issuer === 'Ban Chấp hành Trung ương' && term ? `Ban Chấp hành Trung ương Đảng khóa ${term[1]}` : e.issuer;
  return {
    typeName,
    symbol: e.symbol,
    date: e.documentDate ?? e.arrivalDate,
    issuer,
    abstract: about ? e.abstract.slice(about.index + 1) : e.abstract,
  };
}

/** Documents in the register that implement the directive: they cite its symbol or its subject. */
function implementingDocuments(s: Services, directive: IncomingEntry, exclude: Set<number>): ImplementingDocument[] {
  const about = /\svề\s(.*)/u.exec(directive.abstract)?.[1] ?? '';
  const subject = about.split(/[,;]/u)[0].split(/\s+/u).slice(0, 8).join(' ');
  const queries = [directive.symbol, subject ? `thực hiện ${subject}` : ''].filter(Boolean);
  const seen = new Map<number, IncomingEntry>();
  for (const q of queries) {
    for (const e of s.query.list({ q, sort: 'arrival', order: 'asc', offset: 0, limit: 200 }).items) {
      if (e.id !== directive.id && !exclude.has(e.id) && (e.documentDate ?? e.arrivalDate) >= (directive.documentDate ?? directive.arrivalDate)) seen.set(e.id, e);
    }
  }
  return [...seen.values()]
    .sort((a, b) => a.arrivalDate.localeCompare(b.arrivalDate))
    .map((e) => ({
      typeName: s.typeCodes.nameOf(e.typeCode) || 'Văn bản',
      symbol: e.symbol,
      date: e.documentDate ?? e.arrivalDate,
      issuer: e.issuer,
      abstract: e.abstract,
      direction: 'received' as const,
    }));
}

function pickRound(s: Services, directiveId: number, roundId?: number) {
  if (roundId) {
    const detail = s.rounds.get(roundId);
    if (detail.round.directiveId !== directiveId) throw new AppError('VALIDATION', 'Đợt sơ kết, tổng kết đã chọn không thuộc văn bản này.');
    return detail;
  }
  // rounds.list gives open rounds first, newest first.
  const latest = s.rounds.list(directiveId)[0];
  return latest ? s.rounds.get(latest.id) : null;
}

function countsByUnit(tasks: Task[]): UnitTaskCounts[] {
  const byUnit = new Map<string, UnitTaskCounts>();
  for (const t of tasks) {
    const unit = t.leadText || 'Chưa xác định';
    let c = byUnit.get(unit);
    if (!c) byUnit.set(unit, (c = { unit, total: 0, done: 0, late: 0, open: 0, standing: 0 }));
    c.total++;
    if (t.status === 'done' || t.status === 'done_late') c.done++;
    if (t.status === 'overdue' || t.status === 'done_late') c.late++;
    if (t.status === 'not_started' || t.status === 'in_progress') c.open++;
    if (t.standing) c.standing++;
  }
  return [...byUnit.values()];
}
