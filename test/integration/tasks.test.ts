import { describe, expect, it } from 'vitest';
import type { Task } from '../../shared/taskSchemas';
import { acceptPlan, fixture, registerDirective, simpleTask, unitId } from '../helpers/tasks';
import { ok, tempBackend } from '../helpers/tempBackend';

const TODAY = '2024-05-15';

describe('tasks from a plan', () => {
  it('proposes the 13 tasks of 21-KH/TW with bodies matched in the address book and deadlines explained', async () => {
    const b = tempBackend();
    const { tasks, units, warnings } = await ok(b, 'tasks.extract', { text: fixture('plan-21-KH-TW.txt'), ref: '2023-11-28' });
    expect(tasks).toHaveLength(13);
    expect(units).toHaveLength(8);
    expect(warnings).toEqual([]);
    const army = tasks.find((t: { section: string }) => t.section === 'IV.4');
    expect(army).toMatchObject({ unitText: 'Quân uỷ Trung ương và Đảng uỷ Công an Trung ương', leadUnitId: await unitId(b, 'Quân ủy Trung ương') });
    expect(army.coordinatingUnitIds).toEqual([await unitId(b, 'Đảng ủy Công an Trung ương')]);
    expect(tasks[1]).toMatchObject({ deadlineText: 'hoàn thành trong quý I/2024', due: '2024-03-31', recognized: true, explanation: 'Hạn: 31/03/2024 (hết quý I/2024)' });
    // "Các tỉnh uỷ, thành uỷ…" names no body of the book: kept as written, no lead id.
    expect(tasks[11]).toMatchObject({ leadUnitId: null, unitText: 'Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương' });
    // A task without a deadline is flagged for the clerk.
    expect(army).toMatchObject({ deadlineText: '', recognized: false });
  });

  it('flags deadlines it cannot read and uses the plan date for a year left out', async () => {
    const b = tempBackend();
    const { tasks } = await ok(b, 'tasks.extract', { text: fixture('plan-tinh-uy.txt'), ref: '2023-12-20' });
    const unread = tasks.find((t: { deadlineText: string }) => t.deadlineText === 'theo hướng dẫn của Tỉnh ủy');
    expect(unread).toMatchObject({ due: null, recognized: false });
    expect(tasks.find((t: { section: string }) => t.section === 'III.3').leadUnitId).toBe(await unitId(b, 'Ban cán sự đảng Ủy ban nhân dân tỉnh'));
    const local = tasks.find((t: { section: string }) => t.section === 'III.5');
    expect(local.leadUnitId).toBe(await unitId(b, 'Đảng ủy Quân sự tỉnh'));
    expect(local.coordinatingUnitIds).toEqual([await unitId(b, 'Đảng ủy Công an tỉnh')]);
  });

  it('accepts all proposals in one step, in plan order, with the bodies as written', async () => {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    const tasks = await acceptPlan(b, directiveId, fixture('plan-21-KH-TW.txt'), '2023-11-28', TODAY);
    expect(tasks.map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(tasks[6]).toMatchObject({ section: 'IV.4', leadText: 'Quân uỷ Trung ương và Đảng uỷ Công an Trung ương', coordinatingUnits: [{ name: 'Đảng ủy Công an Trung ương' }] });
    expect(tasks[1]).toMatchObject({ dueDate: '2024-03-31', state: 'not_started', status: 'overdue', directive: { symbol: '43-NQ/TW' } });
    expect(tasks[0]).toMatchObject({ standing: true, status: 'standing', dueDate: null });
    expect(tasks[4]).toMatchObject({ standing: true, dueDate: '2025-12-31', status: 'not_started' });
  });

  it('saves nothing when one task of the batch is wrong, and names it', async () => {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    const noLead = await b.dispatch('tasks.createMany', { directiveId, tasks: [simpleTask('Một'), { content: 'Hai', leadText: '' }] });
    expect(noLead.ok || noLead.error.message).toBe('Nhiệm vụ thứ 2: Chưa ghi đơn vị chủ trì.');
    const badDate = await b.dispatch('tasks.createMany', { directiveId, tasks: [simpleTask('Một'), simpleTask('Hai', { dueDate: '31/03/2024' })] });
    expect(badDate.ok || badDate.error.message).toContain('(mục thứ 2)');
    const badUnit = await b.dispatch('tasks.createMany', { directiveId, tasks: [simpleTask('Một', { coordinatingUnitIds: [424242] })] });
    expect(badUnit.ok || badUnit.error.code).toBe('NOT_FOUND');
    const noDirective = await b.dispatch('tasks.createMany', { directiveId: 777, tasks: [simpleTask('Một')] });
    expect(noDirective.ok || noDirective.error.message).toContain('văn bản chỉ đạo');
    expect((await ok(b, 'tasks.list', {})).items).toEqual([]);
  });
});

describe('statuses and progress', () => {
  async function oneTask(extra: Record<string, unknown>): Promise<{ b: ReturnType<typeof tempBackend>; task: Task }> {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    const [task] = await ok(b, 'tasks.createMany', { directiveId, tasks: [simpleTask('Xây dựng kế hoạch', extra)] });
    return { b, task };
  }

  it('marks done with today as completion date, done late after the due date, and reopens', async () => {
    const { b, task } = await oneTask({ deadlineText: 'hoàn thành trong quý I/2024', dueDate: '2024-03-31' });
    const onTime = await ok(b, 'tasks.setStatus', { id: task.id, state: 'done', completedDate: '2024-03-20', today: TODAY });
    expect(onTime).toMatchObject({ state: 'done', status: 'done', completedDate: '2024-03-20' });
    const late = await ok(b, 'tasks.setStatus', { id: task.id, state: 'done', today: TODAY });
    expect(late).toMatchObject({ status: 'done_late', completedDate: TODAY });
    const reopened = await ok(b, 'tasks.setStatus', { id: task.id, state: 'in_progress', today: TODAY });
    expect(reopened).toMatchObject({ status: 'overdue', completedDate: null });
  });

  it('refuses derived statuses and completion in the future, in Vietnamese', async () => {
    const { b, task } = await oneTask({});
    const derived = await b.dispatch('tasks.setStatus', { id: task.id, state: 'overdue' });
    expect(derived.ok || derived.error.message).toContain('do chương trình tự tính');
    const future = await b.dispatch('tasks.setStatus', { id: task.id, state: 'done', completedDate: '2024-06-01', today: TODAY });
    expect(future.ok || future.error.message).toBe('Ngày hoàn thành 01/06/2024 chưa tới (hôm nay 15/05/2024).');
    expect((await ok(b, 'tasks.get', { id: task.id })).task.state).toBe('not_started');
  });

  it('keeps a timeline of progress; the first entry starts the task, an entry can finish it', async () => {
    const { b, task } = await oneTask({ deadlineText: 'trong tháng 6/2024', dueDate: '2024-06-30' });
    const report = (await ok(b, 'incoming.register', { arrivalDate: '2024-05-10', issuer: 'Huyện ủy Cao Lộc', symbol: '215-BC/HU', abstract: 'Báo cáo tiến độ' })).entry;
    const first = await ok(b, 'tasks.addProgress', { taskId: task.id, date: '2024-05-10', text: 'Đã có dự thảo', reportEntryId: report.id, today: TODAY });
    expect(first.task).toMatchObject({ state: 'in_progress', progressCount: 1, lastProgress: { date: '2024-05-10', text: 'Đã có dự thảo' } });
    expect(first.progress[0].reportEntry).toMatchObject({ symbol: '215-BC/HU', issuer: 'Huyện ủy Cao Lộc' });
    const done = await ok(b, 'tasks.addProgress', { taskId: task.id, date: '2024-05-14', text: 'Đã ban hành kế hoạch', state: 'done', today: TODAY });
    expect(done.task).toMatchObject({ status: 'done', completedDate: '2024-05-14', progressCount: 2 });
    expect(done.progress.map((p: { text: string }) => p.text)).toEqual(['Đã có dự thảo', 'Đã ban hành kế hoạch']);
    const bad = await b.dispatch('tasks.addProgress', { taskId: task.id, date: '2024-05-14', text: ' ', today: TODAY });
    expect(bad.ok || bad.error.message).toContain('Nội dung tiến độ không được để trống');
    const noEntry = await b.dispatch('tasks.addProgress', { taskId: task.id, date: '2024-05-14', text: 'x', reportEntryId: 999, today: TODAY });
    expect(noEntry.ok || noEntry.error.code).toBe('NOT_FOUND');
    expect(await ok(b, 'tasks.deleteProgress', { id: first.progress[0].id })).toEqual({ deleted: true });
    expect((await ok(b, 'tasks.get', { id: task.id })).progress).toHaveLength(1);
  });

  it('edits a task; choosing a body from the book replaces the name written', async () => {
    const { b, task } = await oneTask({ leadText: 'Ban Dân vận' });
    const btg = await unitId(b, 'Ban Tuyên giáo Tỉnh ủy');
    const edited = await ok(b, 'tasks.update', { id: task.id, patch: { leadUnitId: btg, deadlineText: 'thực hiện thường xuyên', standing: true } });
    expect(edited).toMatchObject({ leadUnitId: btg, leadText: 'Ban Tuyên giáo Tỉnh ủy', status: 'standing', content: 'Xây dựng kế hoạch' });
    expect(await ok(b, 'tasks.delete', { id: task.id })).toEqual({ deleted: true });
    expect((await b.dispatch('tasks.get', { id: task.id })).ok).toBe(false);
  });
});

describe('lists of tasks', () => {
  it('filters by directive, body (lead or coordinating), status and words without marks', async () => {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    await acceptPlan(b, directiveId, fixture('plan-21-KH-TW.txt'));
    const police = await unitId(b, 'Đảng ủy Công an Trung ương');
    const byUnit = await ok(b, 'tasks.list', { unitId: police, today: TODAY });
    expect(byUnit.items.map((t: Task) => t.section)).toEqual(['IV.4', 'IV.4']);
    const overdue = await ok(b, 'tasks.list', { directiveId, statuses: ['overdue'], today: TODAY });
    expect(overdue.items.map((t: Task) => t.deadlineText)).toEqual(['hoàn thành trong quý I/2024', 'hoàn thành trong quý I/2024']);
    expect(overdue.counts).toEqual({ not_started: 3, in_progress: 0, done: 0, done_late: 0, overdue: 2, standing: 8 });
    const words = await ok(b, 'tasks.list', { q: 'chien luoc dai doan ket', today: TODAY });
    expect(words.items).toHaveLength(1);
    const directives = await ok(b, 'tasks.directives', { today: TODAY });
    expect(directives).toEqual([expect.objectContaining({ taskCount: 13, directive: expect.objectContaining({ id: directiveId, symbol: '43-NQ/TW' }) })]);
  });
});
