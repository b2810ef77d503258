import type { EntryRef, Task } from '../../../../shared/taskSchemas';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../../../shared/taskStatus';
import { displayDate } from '../../lib/format';

// Labels and colours of task follow-up, shared by its screens.

export const STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  done_late: 'warning',
  overdue: 'error',
  standing: 'purple',
};

export const statusLabel = (s: TaskStatus): string => TASK_STATUS_LABELS[s];

/** The states a clerk records (the others are worked out from the dates). */
export const STATE_OPTIONS = [
  { value: 'not_started', label: 'Chưa thực hiện' },
  { value: 'in_progress', label: 'Đang thực hiện' },
  { value: 'done', label: 'Hoàn thành' },
] as const;

export const STATUS_FILTER_OPTIONS = (Object.keys(TASK_STATUS_LABELS) as TaskStatus[]).map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }));

/** "43-NQ/TW ngày 24/11/2023" or the arrival number when the entry has no symbol. */
export function entryLabel(e: EntryRef): string {
  const name = e.symbol || `Số đến ${e.arrivalNumber}`;
  return e.documentDate ? `${name} ngày ${displayDate(e.documentDate)}` : name;
}

/** Who a task is assigned to, as one line: the lead as written, then the coordinating bodies. */
export function bodiesLine(t: Task): string {
  const others = [...t.coordinatingUnits.map((u) => u.name), ...(t.coordinatingText ? [t.coordinatingText] : [])];
  return others.length ? `${t.leadText} (phối hợp: ${others.join('; ')})` : t.leadText;
}

/** Due date as shown in a table: the date (the wording under it tells of a standing duty), or "Thường xuyên". */
export function dueLabel(t: Pick<Task, 'dueDate' | 'standing'>): string {
  if (t.dueDate) return displayDate(t.dueDate);
  return t.standing ? 'Thường xuyên' : 'Không ghi hạn';
}
