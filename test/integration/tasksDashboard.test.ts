import { describe, expect, it } from 'vitest';
import type { Task } from '../../shared/taskSchemas';
import { registerDirective, simpleTask } from '../helpers/tasks';
import { ok, tempBackend } from '../helpers/tempBackend';

const TODAY = '2024-06-20';
const contents = (tasks: Task[]) => tasks.map((t) => t.content);

async function board() {
  const b = tempBackend();
  const directiveId = await registerDirective(b);
  const tasks = await ok(b, 'tasks.createMany', {
    directiveId,
    tasks: [
      simpleTask('Quá hạn', { dueDate: '2024-06-19' }),
      simpleTask('Đến hạn hôm nay', { dueDate: TODAY }),
      simpleTask('Đến hạn sau 7 ngày', { dueDate: '2024-06-27' }),
      simpleTask('Đến hạn sau 8 ngày', { dueDate: '2024-06-28' }),
      simpleTask('Đến hạn sau 30 ngày', { dueDate: '2024-07-20' }),
      simpleTask('Đến hạn sau 31 ngày', { dueDate: '2024-07-21' }),
      simpleTask('Đã xong', { dueDate: '2024-06-22', state: 'done', completedDate: '2024-06-01' }),
      simpleTask('Thường xuyên có báo cáo', { standing: true }),
      simpleTask('Thường xuyên chưa báo cáo', { standing: true }),
      simpleTask('Thường xuyên, báo cáo quý trước', { standing: true }),
    ],
  });
  await ok(b, 'tasks.addProgress', { taskId: tasks[7].id, date: '2024-04-01', text: 'Báo cáo quý II', today: TODAY });
  await ok(b, 'tasks.addProgress', { taskId: tasks[9].id, date: '2024-03-31', text: 'Báo cáo quý I', today: TODAY });
  return { b, tasks, directiveId };
}

describe('the dashboard', () => {
  it('sorts open tasks into overdue, due within 7 days and within 30 days (without overlap)', async () => {
    const { b } = await board();
    const d = await ok(b, 'dashboard.get', { today: TODAY });
    expect(contents(d.overdue)).toEqual(['Quá hạn']);
    expect(contents(d.dueIn7)).toEqual(['Đến hạn hôm nay', 'Đến hạn sau 7 ngày']);
    expect(contents(d.dueIn30)).toEqual(['Đến hạn sau 8 ngày', 'Đến hạn sau 30 ngày']);
    expect(d.period).toEqual({ kind: 'quarter', from: '2024-04-01', to: '2024-06-30', label: 'Quý II/2024' });
  });

  it('lists standing duties without a progress entry in this reporting period', async () => {
    const { b } = await board();
    const quarter = await ok(b, 'dashboard.get', { today: TODAY });
    expect(contents(quarter.standingUnreported)).toEqual(['Thường xuyên chưa báo cáo', 'Thường xuyên, báo cáo quý trước']);
    const year = await ok(b, 'dashboard.get', { today: TODAY, period: 'year' });
    expect(contents(year.standingUnreported)).toEqual(['Thường xuyên chưa báo cáo']);
    const nextQuarter = await ok(b, 'dashboard.get', { today: '2024-07-01' });
    expect(nextQuarter.standingUnreported).toHaveLength(3);
  });

  it('changes when a task is marked done', async () => {
    const { b, tasks } = await board();
    await ok(b, 'tasks.setStatus', { id: tasks[0].id, state: 'done', today: TODAY });
    const d = await ok(b, 'dashboard.get', { today: TODAY });
    expect(d.overdue).toEqual([]);
    expect(d.counts).toMatchObject({ overdue: 0, done_late: 1, done: 1 });
  });
});

describe('reminders of what fell overdue since the last run', () => {
  it('shows every overdue task on the first run, then only the new ones, once dismissed', async () => {
    const { b } = await board();
    const first = await ok(b, 'reminders.check', { today: TODAY });
    expect(first.since).toBeNull();
    expect(contents(first.newlyOverdue)).toEqual(['Quá hạn']);
    // Not dismissed: shown again.
    expect(contents((await ok(b, 'reminders.check', { today: TODAY })).newlyOverdue)).toEqual(['Quá hạn']);
    expect(await ok(b, 'reminders.dismiss', { today: TODAY })).toEqual({ lastRun: TODAY });
    expect((await ok(b, 'reminders.check', { today: TODAY })).newlyOverdue).toEqual([]);
    const later = await ok(b, 'reminders.check', { today: '2024-06-29' });
    expect(later.since).toBe(TODAY);
    expect(contents(later.newlyOverdue)).toEqual(['Đến hạn hôm nay', 'Đến hạn sau 7 ngày', 'Đến hạn sau 8 ngày']);
  });
});
