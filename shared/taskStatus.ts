// Task statuses: what the clerk records and what the app works out from the dates (docs/tasks.md).
//
// Stored (the clerk sets it): `state` = not_started | in_progress | done, plus the completion date.
// Derived (never stored, computed as of a given "today"): ONE classification, read by the task screens and
// by every table and sentence of the review reports. Each task has exactly one status, so counts by status
// partition the tasks:
// - a task with a dated part not yet done is `overdue` once its due date has passed (due < today;
//   the due day itself still counts as on time);
// - a task whose dated part is done is `done`, or `done_late` when completed after its due date — also
//   when it has a standing part ("hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên"): the
//   outcome of the dated part is what counts, and `continuesStanding` tells the standing follow-up apart;
// - a standing task ("thực hiện thường xuyên") with no dated part is `standing`: it is never finished, it
//   reports once every reporting period instead;
// - a task completed after "today" (a review looking back to its milestone) was not yet done then.

import { isoDate, lastDayOfMonth } from './dates';

export const TASK_STATES = ['not_started', 'in_progress', 'done'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'done_late', 'overdue', 'standing'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Quá hạn',
  standing: 'Thường xuyên',
};

export interface StatusInputs {
  state: TaskState;
  dueDate: string | null;
  standing: boolean;
  completedDate: string | null;
}

/** The status as of `today` (yyyy-mm-dd). */
export function deriveTaskStatus(t: StatusInputs, today: string): TaskStatus {
  if (t.standing && t.dueDate === null) return 'standing';
  const doneBy = t.state === 'done' && (t.completedDate === null || t.completedDate <= today);
  if (doneBy) {
    return t.dueDate !== null && t.completedDate !== null && t.completedDate > t.dueDate ? 'done_late' : 'done';
  }
  if (t.dueDate !== null && t.dueDate < today) return 'overdue';
  // Done after `today`: it was under way then.
  return t.state === 'done' ? 'in_progress' : t.state;
}

/** A task with a dated part and a standing part whose dated part is done: it goes on as a standing duty. */
export function continuesStanding(t: StatusInputs, status: TaskStatus): boolean {
  return t.standing && t.dueDate !== null && (status === 'done' || status === 'done_late');
}

export const REPORTING_PERIODS = ['month', 'quarter', 'half', 'year'] as const;
export type ReportingPeriodKind = (typeof REPORTING_PERIODS)[number];

export interface ReportingPeriod {
  kind: ReportingPeriodKind;
  from: string;
  to: string;
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The reporting period holding `today`: standing tasks report once in each (default: the quarter). */
export function reportingPeriod(today: string, kind: ReportingPeriodKind = 'quarter'): ReportingPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const span = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  const first = Math.floor((month - 1) / span) * span + 1;
  const last = first + span - 1;
  const index = (first - 1) / span;
  const label = {
    month: `Tháng ${month}/${year}`,
    quarter: `Quý ${ROMAN[index]}/${year}`,
    half: `6 tháng ${index === 0 ? 'đầu' : 'cuối'} năm ${year}`,
    year: `Năm ${year}`,
  }[kind];
  return { kind, from: isoDate(year, first, 1), to: isoDate(year, last, lastDayOfMonth(year, last)), label };
}
