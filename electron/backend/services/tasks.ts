import type { z } from 'zod';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { Task, TaskInput, TaskPatch, TaskState } from '../../../shared/taskSchemas';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';
import type { IncomingStore } from '../stores/incomingStore';
import { nowIso, todayIso } from './clock';
import type { TaskQuery } from './taskQuery';
import type { UnitService } from './units';

type Stored = z.output<typeof TaskInput>;
type Patch = z.output<typeof TaskPatch>;

export interface ProgressInput {
  taskId: number;
  date: string;
  text: string;
  reportEntryId?: number | null;
  state?: z.output<typeof TaskState>;
  today?: string;
}

/** Writing tasks: creating them (one or a whole plan at once), editing, statuses, progress entries. */
export function createTaskService(db: Db, deps: { units: UnitService; query: TaskQuery; entries: Pick<IncomingStore, 'exists'> }) {
  const { units, query, entries } = deps;
  const maxPosition = db.prepare<[number], { n: number | null }>('SELECT max(position) AS n FROM tasks WHERE directive_id = ?');
  const insert = db.prepare(`
    INSERT INTO tasks (directive_id, section, position, content, folded, lead_unit_id, lead_text, coordinating_text,
      deadline_text, due_date, standing, state, completed_date, notes, is_sample, created_at, updated_at)
    VALUES (@directiveId, @section, @position, @content, @folded, @leadUnitId, @leadText, @coordinatingText,
      @deadlineText, @dueDate, @standing, @state, @completedDate, @notes, @isSample, @now, @now)`);
  const update = db.prepare(`
    UPDATE tasks SET section = @section, content = @content, folded = @folded, lead_unit_id = @leadUnitId,
      lead_text = @leadText, coordinating_text = @coordinatingText, deadline_text = @deadlineText, due_date = @dueDate,
      standing = @standing, state = @state, completed_date = @completedDate, notes = @notes, updated_at = @now
    WHERE id = @id`);
  const clearCoordinators = db.prepare('DELETE FROM task_coordinators WHERE task_id = ?');
  const insertCoordinator = db.prepare('INSERT INTO task_coordinators (task_id, unit_id, position) VALUES (?, ?, ?)');
  const deleteTask = db.prepare('DELETE FROM tasks WHERE id = ?');
  const insertProgress = db.prepare(
    'INSERT INTO task_progress (task_id, date, text, report_entry_id, created_at) VALUES (?, ?, ?, ?, ?)');
  const deleteProgressRow = db.prepare('DELETE FROM task_progress WHERE id = ?');

  function assertEntry(id: number, field: string, what: string): void {
    if (!entries.exists(id)) throw new AppError('NOT_FOUND', `Không tìm thấy ${what} (văn bản đến có mã ${id}).`, { [field]: `Không có văn bản đến mã ${id}.` });
  }

  /** The checks every write makes, and the values derived from the others (lead name, completion date). */
  function settle(t: Stored, today: string): Stored {
    if (t.leadUnitId !== null) units.assertExist([t.leadUnitId], 'leadUnitId');
    units.assertExist(t.coordinatingUnitIds, 'coordinatingUnitIds');
    const leadText = t.leadText || (t.leadUnitId !== null ? units.get(t.leadUnitId).name : '');
    if (!leadText) throw new AppError('VALIDATION', 'Chưa ghi đơn vị chủ trì.', { leadText: 'Chưa ghi đơn vị chủ trì.' });
    const coordinatingUnitIds = [...new Set(t.coordinatingUnitIds)].filter((id) => id !== t.leadUnitId);
    let completedDate: string | null = null;
    if (t.state === 'done') {
      completedDate = t.completedDate ?? today;
      if (completedDate > today) {
        const message = `Ngày hoàn thành ${toDisplayDate(completedDate)} chưa tới (hôm nay ${toDisplayDate(today)}).`;
        throw new AppError('VALIDATION', message, { completedDate: message });
      }
    }
    return { ...t, leadText, coordinatingUnitIds, completedDate };
  }

  function columnsOf(t: Stored) {
    const folded = foldForSearch([t.section, t.content, t.leadText, t.coordinatingText, t.deadlineText, t.notes].join(' '));
    return { ...t, folded, standing: t.standing ? 1 : 0, now: nowIso() };
  }

  function writeCoordinators(taskId: number, unitIds: number[]): void {
    clearCoordinators.run(taskId);
    unitIds.forEach((unitId, i) => insertCoordinator.run(taskId, unitId, i));
  }

  /** Saves a plan's tasks in one transaction: all of them or, on the first bad one, none. */
  function createMany(directiveId: number, inputs: Stored[], options: { today?: string; isSample?: boolean } = {}): Task[] {
    const today = options.today ?? todayIso();
    const ids = db.transaction(() => {
      assertEntry(directiveId, 'directiveId', 'văn bản chỉ đạo');
      let position = maxPosition.get(directiveId)?.n ?? 0;
      return inputs.map((input, i) => {
        try {
          const t = settle(input, today);
          const id = Number(insert.run({ ...columnsOf(t), directiveId, position: ++position, isSample: options.isSample ? 1 : 0 }).lastInsertRowid);
          writeCoordinators(id, t.coordinatingUnitIds);
          return id;
        } catch (err) {
          if (err instanceof AppError && inputs.length > 1) {
            throw new AppError(err.code, `Nhiệm vụ thứ ${i + 1}: ${err.message}`, err.fields, err.details);
          }
          throw err;
        }
      });
    }).immediate();
    return ids.map((id) => query.get(id, { today }));
  }

  function storedOf(task: Task): Stored {
    return {
      section: task.section, content: task.content, leadUnitId: task.leadUnitId, leadText: task.leadText,
      coordinatingUnitIds: task.coordinatingUnits.map((u) => u.id), coordinatingText: task.coordinatingText,
      deadlineText: task.deadlineText, dueDate: task.dueDate, standing: task.standing, state: task.state,
      completedDate: task.completedDate, notes: task.notes,
    };
  }

  /** Applies a patch inside the caller's transaction. */
  function applyPatch(id: number, patch: Patch, today: string): void {
    const current = storedOf(query.get(id, { today }));
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Stored>;
    // Choosing another body from the book replaces the name written for the previous one.
    if (defined.leadUnitId !== undefined && defined.leadText === undefined) defined.leadText = '';
    const t = settle({ ...current, ...defined }, today);
    update.run({ ...columnsOf(t), id });
    writeCoordinators(id, t.coordinatingUnitIds);
  }

  function updateTask(id: number, patch: Patch, today = todayIso()): Task {
    db.transaction(() => applyPatch(id, patch, today)).immediate();
    return query.get(id, { today });
  }

  /** The clerk's one step from the table; a done task takes today as completion date unless told. */
  function setStatus(id: number, state: Stored['state'], completedDate: string | undefined, today = todayIso()): Task {
    return updateTask(id, { state, completedDate: completedDate ?? null }, today);
  }

  /** Adds a progress entry; a task not yet started is then in progress, or takes the state given. */
  function addProgress(p: ProgressInput) {
    const today = p.today ?? todayIso();
    db.transaction(() => {
      const task = query.get(p.taskId, { today });
      if (p.date > today) {
        const message = `Ngày ${toDisplayDate(p.date)} chưa tới (hôm nay ${toDisplayDate(today)}).`;
        throw new AppError('VALIDATION', message, { date: message });
      }
      if (p.reportEntryId) assertEntry(p.reportEntryId, 'reportEntryId', 'văn bản báo cáo');
      insertProgress.run(p.taskId, p.date, p.text, p.reportEntryId ?? null, nowIso());
      if (p.state) applyPatch(p.taskId, { state: p.state, completedDate: p.state === 'done' ? p.date : null }, today);
      else if (task.state === 'not_started') applyPatch(p.taskId, { state: 'in_progress' }, today);
    }).immediate();
    return { task: query.get(p.taskId, { today }), progress: query.progress(p.taskId) };
  }

  function deleteProgress(id: number): { deleted: true } {
    if (deleteProgressRow.run(id).changes === 0) throw new AppError('NOT_FOUND', `Không tìm thấy mục tiến độ có mã ${id}.`);
    return { deleted: true };
  }

  function remove(id: number): { deleted: true } {
    if (deleteTask.run(id).changes === 0) throw new AppError('NOT_FOUND', `Không tìm thấy nhiệm vụ có mã ${id}.`);
    return { deleted: true };
  }

  return { createMany, update: updateTask, setStatus, addProgress, deleteProgress, remove };
}

export type TaskService = ReturnType<typeof createTaskService>;
