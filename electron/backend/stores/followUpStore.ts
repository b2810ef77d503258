import type { EntryRef, ProgressItem, Task } from '../../../shared/taskSchemas';
import type { Db } from '../db/openDatabase';
import { entryRefColumns, toEntryRef } from './entryRef';

// The follow-up's reads that cite the incoming register: a task's directive, a progress entry's or a review
// round's report, each an incoming entry joined in. The follow-up's tables (tasks, task_progress,
// review_rounds, round_units) are the office's own; the joins to `incoming` live here, next to the register's
// store, so that a register kept elsewhere (docs/registers.md) changes the stores, not the services.

/** A task's row: its columns, its directive, and its progress counted for the reporting period. */
export interface TaskRow {
  id: number; directive_id: number; section: string; position: number; content: string; lead_unit_id: number | null;
  lead_text: string; coordinating_text: string; deadline_text: string; due_date: string | null; standing: number;
  state: Task['state']; completed_date: string | null; notes: string; is_sample: number;
  progress_count: number; last_date: string | null; last_text: string | null; period_reports: number;
  directive: EntryRef;
}

/** Which tasks to read; every criterion given must hold. */
export interface TaskRowFilter {
  id?: number;
  directiveId?: number;
  /** Tasks this body leads or coordinates. */
  unitId?: number;
  /** Folded text (shared/text.foldForSearch) the task's own text holds. */
  folded?: string;
}

/** A review round's row: its columns, its directive, how many bodies must report and how many did. */
export interface RoundRow {
  id: number; directive_id: number; title: string; kind: string; deadline: string | null; note: string; closed: number;
  is_sample: number; unit_count: number; reported_count: number;
  directive: EntryRef;
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

const TASK_ORDER = 'ORDER BY d.arrival_date, d.id, t.position, t.id';

const TASK_WHERE: Record<keyof TaskRowFilter, string> = {
  id: 't.id = @id',
  directiveId: 't.directive_id = @directiveId',
  unitId: '(t.lead_unit_id = @unitId OR EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id AND c.unit_id = @unitId))',
  folded: 'instr(t.folded, @folded) > 0',
};

const ROUND_SELECT = `
  SELECT r.id, r.directive_id, r.title, r.kind, r.deadline, r.note, r.closed, r.is_sample, ${entryRefColumns('d', 'd_')},
    (SELECT count(*) FROM round_units ru WHERE ru.round_id = r.id) AS unit_count,
    (SELECT count(*) FROM round_units ru WHERE ru.round_id = r.id AND ru.report_entry_id IS NOT NULL) AS reported_count
  FROM review_rounds r JOIN incoming d ON d.id = r.directive_id`;

/** Moves the prefixed columns of the entry joined in into one EntryRef (null when the join found none). */
function withEntry<K extends string>(row: Record<string, unknown>, prefix: string, key: K) {
  return { ...row, [key]: toEntryRef(row, prefix) } as Record<string, unknown> & Record<K, EntryRef | null>;
}

export function createFollowUpStore(db: Db) {
  const selectCoordinators = db.prepare<[string], { taskId: number; id: number; name: string }>(`
    SELECT tc.task_id AS taskId, u.id, u.name FROM task_coordinators tc JOIN units u ON u.id = tc.unit_id
    WHERE tc.task_id IN (SELECT value FROM json_each(?)) ORDER BY tc.task_id, tc.position`);
  const selectProgress = db.prepare<[number], Record<string, unknown>>(`
    SELECT p.id, p.task_id, p.date, p.text, ${entryRefColumns('r', 'r_')}
    FROM task_progress p LEFT JOIN incoming r ON r.id = p.report_entry_id
    WHERE p.task_id = ? ORDER BY p.date, p.id`);
  const selectRounds = db.prepare<{ directiveId: number | null; id: number | null }, Record<string, unknown>>(
    `${ROUND_SELECT} WHERE (@directiveId IS NULL OR r.directive_id = @directiveId) AND (@id IS NULL OR r.id = @id)
    ORDER BY r.closed, r.id DESC`);
  const selectMembers = db.prepare<[number], Record<string, unknown>>(`
    SELECT ru.unit_id, ru.position, ${entryRefColumns('e', 'e_')}
    FROM round_units ru LEFT JOIN incoming e ON e.id = ru.report_entry_id
    WHERE ru.round_id = ? ORDER BY ru.position`);

  return {
    /** The tasks the filter keeps, in the directives' register order; progress counted between the period's days. */
    tasks(filter: TaskRowFilter, period: { from: string; to: string }): TaskRow[] {
      const keys = (Object.keys(TASK_WHERE) as (keyof TaskRowFilter)[]).filter((k) => filter[k] !== undefined);
      const sql = `${TASK_SELECT} ${keys.length ? `WHERE ${keys.map((k) => TASK_WHERE[k]).join(' AND ')}` : ''} ${TASK_ORDER}`;
      const params = Object.fromEntries(keys.map((k) => [k, filter[k]]));
      return db.prepare<Record<string, unknown>, Record<string, unknown>>(sql)
        .all({ ...params, periodFrom: period.from, periodTo: period.to })
        .map((r) => withEntry(r, 'd_', 'directive') as unknown as TaskRow);
    },
    /** The coordinating bodies of these tasks, each task's in its order. */
    coordinatorsOf: (taskIds: number[]) => selectCoordinators.all(JSON.stringify(taskIds)),
    /** A task's progress entries, oldest first, each with the incoming entry that reported it. */
    progress: (taskId: number): ProgressItem[] => selectProgress.all(taskId).map((r) => ({
      id: r.id as number, taskId: r.task_id as number, date: r.date as string, text: r.text as string,
      reportEntry: toEntryRef(r, 'r_'),
    })),
    /** Review rounds, open ones first then newest first: all, a directive's, or one. */
    rounds: (q: { directiveId?: number; id?: number }): RoundRow[] =>
      selectRounds.all({ directiveId: q.directiveId ?? null, id: q.id ?? null })
        .map((r) => withEntry(r, 'd_', 'directive') as unknown as RoundRow),
    /** The bodies a round waits for, in order, each with the incoming entry that is its report (null before it came). */
    members: (roundId: number) => selectMembers.all(roundId)
      .map((r) => ({ unitId: r.unit_id as number, position: r.position as number, report: toEntryRef(r, 'e_') })),
  };
}

export type FollowUpStore = ReturnType<typeof createFollowUpStore>;
