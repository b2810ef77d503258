import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ProgressItem, Task, TaskFilter } from '../../../shared/taskSchemas';
import { deriveTaskStatus, reportingPeriod, type ReportingPeriodKind, TASK_STATUSES, type TaskStatus } from '../../../shared/taskStatus';
import { foldForSearch } from '../../../shared/text';
import type { FollowUpStore, TaskRowFilter, TaskRow } from '../stores/followUpStore';
import { todayIso } from './clock';

type Filter = z.output<typeof TaskFilter>;

export interface AsOf { today?: string; period?: ReportingPeriodKind }

/** Reads tasks as the clerk sees them: directive, bodies, last progress and the status as of a day. */
export function createTaskQuery(store: FollowUpStore) {
  function toTasks(rows: TaskRow[], today: string): Task[] {
    const coordinators = store.coordinatorsOf(rows.map((r) => r.id));
    return rows.map((r) => {
      const standing = r.standing === 1;
      const base = { state: r.state, dueDate: r.due_date, standing, completedDate: r.completed_date };
      return {
        id: r.id, directiveId: r.directive_id, directive: r.directive, section: r.section, position: r.position,
        content: r.content, leadUnitId: r.lead_unit_id, leadText: r.lead_text,
        coordinatingUnits: coordinators.filter((c) => c.taskId === r.id).map(({ id, name }) => ({ id, name })),
        coordinatingText: r.coordinating_text, deadlineText: r.deadline_text, dueDate: r.due_date, standing,
        state: r.state, status: deriveTaskStatus(base, today), completedDate: r.completed_date, notes: r.notes,
        lastProgress: r.last_date !== null ? { date: r.last_date, text: r.last_text ?? '' } : null,
        progressCount: r.progress_count, reportedThisPeriod: r.period_reports > 0, isSample: r.is_sample === 1,
      };
    });
  }

  function select(filter: TaskRowFilter, asOf: AsOf): Task[] {
    const today = asOf.today ?? todayIso();
    return toTasks(store.tasks(filter, reportingPeriod(today, asOf.period)), today);
  }

  function list(f: Filter): { today: string; items: Task[]; counts: Record<string, number> } {
    const folded = foldForSearch(f.q ?? '').trim();
    const filter: TaskRowFilter = { directiveId: f.directiveId, unitId: f.unitId, folded: folded || undefined };
    const today = f.today ?? todayIso();
    const all = select(filter, { today, period: f.period });
    const wanted = f.statuses?.length ? new Set<TaskStatus>(f.statuses) : null;
    return { today, items: wanted ? all.filter((t) => wanted.has(t.status)) : all, counts: countByStatus(all) };
  }

  function get(id: number, asOf: AsOf = {}): Task {
    const [task] = select({ id }, asOf);
    if (!task) throw new AppError('NOT_FOUND', `Không tìm thấy nhiệm vụ có mã ${id}.`);
    return task;
  }

  function progress(taskId: number): ProgressItem[] {
    return store.progress(taskId);
  }

  /** The directives that have tasks, in register order, with their tasks counted by status. */
  function directives(today?: string) {
    const byDirective = new Map<number, Task[]>();
    for (const t of select({}, { today })) byDirective.set(t.directiveId, [...(byDirective.get(t.directiveId) ?? []), t]);
    return [...byDirective.values()].map((tasks) => ({ directive: tasks[0].directive, taskCount: tasks.length, counts: countByStatus(tasks) }));
  }

  return { list, get, progress, directives, all: (asOf: AsOf) => select({}, asOf) };
}

/** How many tasks have each status (every status present, zeros included). */
export function countByStatus(tasks: Task[]): Record<TaskStatus, number> {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}

export type TaskQuery = ReturnType<typeof createTaskQuery>;
