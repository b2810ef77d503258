import { addDays } from '../../../shared/dates';
import type { Task } from '../../../shared/taskSchemas';
import { reportingPeriod, type ReportingPeriodKind } from '../../../shared/taskStatus';
import type { Db } from '../db/openDatabase';
import { todayIso } from './clock';
import { countByStatus, type TaskQuery } from './taskQuery';

const LAST_RUN_KEY = 'reminders.lastRun';

const byDue = (a: Task, b: Task): number => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id;
const dueOpen = (t: Task, from: string, to: string): boolean =>
  t.state !== 'done' && t.dueDate !== null && t.dueDate >= from && t.dueDate <= to;

/** What needs attention: the dashboard and the start-up reminder of what fell overdue since the last run. */
export function createFollowUpService(db: Db, deps: { query: TaskQuery }) {
  const { query } = deps;
  const readLastRun = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const writeLastRun = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function dashboard(options: { today?: string; period?: ReportingPeriodKind; directiveId?: number }) {
    const today = options.today ?? todayIso();
    const period = reportingPeriod(today, options.period);
    const tasks = options.directiveId !== undefined
      ? query.list({ directiveId: options.directiveId, today, period: period.kind }).items
      : query.all({ today, period: period.kind });
    const in7 = addDays(today, 7);
    return {
      today,
      period,
      overdue: tasks.filter((t) => t.status === 'overdue').sort(byDue),
      dueIn7: tasks.filter((t) => dueOpen(t, today, in7)).sort(byDue),
      dueIn30: tasks.filter((t) => dueOpen(t, addDays(in7, 1), addDays(today, 30))).sort(byDue),
      standingUnreported: tasks.filter((t) => t.standing && !t.reportedThisPeriod),
      counts: countByStatus(tasks),
    };
  }

  function lastRun(): string | null {
    const row = readLastRun.get(LAST_RUN_KEY);
    return row ? (JSON.parse(row.value) as string) : null;
  }

  /** Tasks whose due date passed since the last run: due on or after that day and before today. */
  function check(today = todayIso()) {
    const since = lastRun();
    const newlyOverdue = query.all({ today })
      .filter((t) => t.status === 'overdue' && (since === null || t.dueDate! >= since))
      .sort(byDue);
    return { since, today, newlyOverdue };
  }

  /** The clerk has seen the reminder: the next one starts from today. */
  function dismiss(today = todayIso()): { lastRun: string } {
    writeLastRun.run(LAST_RUN_KEY, JSON.stringify(today));
    return { lastRun: today };
  }

  return { dashboard, check, dismiss };
}

export type FollowUpService = ReturnType<typeof createFollowUpService>;
