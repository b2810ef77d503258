import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ProgressItem, Task, TaskFilter } from '../../../shared/taskSchemas';
import { deriveTaskStatus, reportingPeriod, type ReportingPeriodKind, TASK_STATUSES, type TaskStatus } from '../../../shared/taskStatus';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';
import { todayIso } from './clock';
import { entryRefColumns, toEntryRef } from './entryRef';

type Filter = z.output<typeof TaskFilter>;

interface TaskRow {
  id: number; directive_id: number; section: string; position: number; content: string; lead_unit_id: number | null;
  lead_text: string; coordinating_text: string; deadline_text: string; due_date: string | null; standing: number;
  state: Task['state']; completed_date: string | null; notes: string; is_sample: number;
  progress_count: number; last_date: string | null; last_text: string | null; period_reports: number;
  [directiveColumn: string]: unknown;
}

// Progress entries of the reporting period are counted between @periodFrom and @periodTo.
const TASK_SELECT = `
  SELECT t.id, t.directive_id, t.section, t.position, t.content, t.lead_unit_id, t.lead_text, t.coordinating_text,
    t.deadline_text, t.due_date, t.standing, t.state, t.completed_date, t.notes, t.is_sample,
    ${entryRefColumns('d', 'd_')},
    (SELECT count(*) FROM task_progress p WHERE p.task_id = t.id) AS progress_count,
    (SELECT count(*) FROM task_progress p WHERE p.task_id = t.id AND p.date BETWEEN @periodFrom AND @periodTo) AS period_reports,
    lp.date AS last_date, lp.text AS last_text
  FROM tasks t
  JOIN incoming d ON d.id = t.directive_id
  LEFT JOIN task_progress lp ON lp.id = (
    SELECT p.id FROM task_progress p WHERE p.task_id = t.id ORDER BY p.date DESC, p.id DESC LIMIT 1)`;

const ORDER = 'ORDER BY d.arrival_date, d.id, t.position, t.id';

export interface AsOf { today?: string; period?: ReportingPeriodKind }

/** Reads tasks as the clerk sees them: directive, bodies, last progress and the status as of a day. */
export function createTaskQuery(db: Db) {
  const coordinatorsOf = db.prepare<[string], { taskId: number; id: number; name: string }>(`
    SELECT tc.task_id AS taskId, u.id, u.name FROM task_coordinators tc JOIN units u ON u.id = tc.unit_id
    WHERE tc.task_id IN (SELECT value FROM json_each(?)) ORDER BY tc.task_id, tc.position`);
  const selectProgress = db.prepare<[number], Record<string, unknown>>(`
    SELECT p.id, p.task_id, p.date, p.text, ${entryRefColumns('r', 'r_')}
    FROM task_progress p LEFT JOIN incoming r ON r.id = p.report_entry_id
    WHERE p.task_id = ? ORDER BY p.date, p.id`);

  function toTasks(rows: TaskRow[], today: string): Task[] {
    const coordinators = coordinatorsOf.all(JSON.stringify(rows.map((r) => r.id)));
    return rows.map((r) => {
      const standing = r.standing === 1;
      const base = { state: r.state, dueDate: r.due_date, standing, completedDate: r.completed_date };
      return {
        id: r.id, directiveId: r.directive_id, directive: toEntryRef(r, 'd_')!, section: r.section, position: r.position,
        content: r.content, leadUnitId: r.lead_unit_id, leadText: r.lead_text,
        coordinatingUnits: coordinators.filter((c) => c.taskId === r.id).map(({ id, name }) => ({ id, name })),
        coordinatingText: r.coordinating_text, deadlineText: r.deadline_text, dueDate: r.due_date, standing,
        state: r.state, status: deriveTaskStatus(base, today), completedDate: r.completed_date, notes: r.notes,
        lastProgress: r.last_date !== null ? { date: r.last_date, text: r.last_text ?? '' } : null,
        progressCount: r.progress_count, reportedThisPeriod: r.period_reports > 0, isSample: r.is_sample === 1,
      };
    });
  }

  function select(where: string[], params: Record<string, unknown>, asOf: AsOf): Task[] {
    const today = asOf.today ?? todayIso();
    const period = reportingPeriod(today, asOf.period);
    const sql = `${TASK_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER}`;
    const rows = db.prepare<Record<string, unknown>, TaskRow>(sql).all({ ...params, periodFrom: period.from, periodTo: period.to });
    return toTasks(rows, today);
  }

  function list(f: Filter): { today: string; items: Task[]; counts: Record<string, number> } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (f.directiveId !== undefined) {
      where.push('t.directive_id = @directiveId');
      params.directiveId = f.directiveId;
    }
    if (f.unitId !== undefined) {
      where.push('(t.lead_unit_id = @unitId OR EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id AND c.unit_id = @unitId))');
      params.unitId = f.unitId;
    }
    const q = foldForSearch(f.q ?? '').trim();
    if (q) {
      where.push("instr(t.folded, @q) > 0");
      params.q = q;
    }
    const today = f.today ?? todayIso();
    const all = select(where, params, { today, period: f.period });
    const wanted = f.statuses?.length ? new Set<TaskStatus>(f.statuses) : null;
    return { today, items: wanted ? all.filter((t) => wanted.has(t.status)) : all, counts: countByStatus(all) };
  }

  function get(id: number, asOf: AsOf = {}): Task {
    const [task] = select(['t.id = @id'], { id }, asOf);
    if (!task) throw new AppError('NOT_FOUND', `Không tìm thấy nhiệm vụ có mã ${id}.`);
    return task;
  }

  function progress(taskId: number): ProgressItem[] {
    return selectProgress.all(taskId).map((r) => ({
      id: r.id as number, taskId: r.task_id as number, date: r.date as string, text: r.text as string,
      reportEntry: toEntryRef(r, 'r_'),
    }));
  }

  /** The directives that have tasks, in register order, with their tasks counted by status. */
  function directives(today?: string) {
    const byDirective = new Map<number, Task[]>();
    for (const t of select([], {}, { today })) byDirective.set(t.directiveId, [...(byDirective.get(t.directiveId) ?? []), t]);
    return [...byDirective.values()].map((tasks) => ({ directive: tasks[0].directive, taskCount: tasks.length, counts: countByStatus(tasks) }));
  }

  return { list, get, progress, directives, all: (asOf: AsOf) => select([], {}, asOf) };
}

/** How many tasks have each status (every status present, zeros included). */
export function countByStatus(tasks: Task[]): Record<TaskStatus, number> {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}

export type TaskQuery = ReturnType<typeof createTaskQuery>;
