import { describe, expect, it } from 'vitest';
import { seedSampleData } from '../../electron/backend/sample/seedSample';
import type { Task } from '../../shared/taskSchemas';
import { ok, tempBackend } from '../helpers/tempBackend';

const TODAY = '2026-11-23';

describe('sample follow-up data', () => {
  it('puts the 13 tasks of 21-KH/TW on Nghị quyết 43-NQ/TW with a spread of statuses', async () => {
    const b = tempBackend();
    seedSampleData(b.services, TODAY);
    const directives = await ok(b, 'tasks.directives', { today: TODAY });
    const nq = directives.find((d: { directive: { symbol: string } }) => d.directive.symbol === '43-NQ/TW');
    expect(nq).toMatchObject({ taskCount: 13, directive: { arrivalNumber: 11646 } });
    expect(nq.counts).toEqual({ not_started: 0, in_progress: 1, done: 1, done_late: 1, overdue: 2, standing: 8 });
    const tasks: Task[] = (await ok(b, 'tasks.list', { directiveId: nq.directive.id, today: TODAY })).items;
    expect(tasks.every((t) => t.isSample)).toBe(true);
    const standing = tasks.filter((t) => t.status === 'standing');
    expect(standing.filter((t) => t.reportedThisPeriod).length).toBeGreaterThan(0);
    expect(standing.filter((t) => !t.reportedThisPeriod).length).toBeGreaterThan(0);
    const linked = await ok(b, 'tasks.get', { id: tasks[12].id, today: TODAY });
    expect(linked.progress.filter((p: { reportEntry: unknown }) => p.reportEntry !== null).length).toBe(3);
  });

  it('has tasks due around today and an open round with 9 of 16 bodies reported, 2 late', async () => {
    const b = tempBackend();
    seedSampleData(b.services, TODAY);
    const d = await ok(b, 'dashboard.get', { today: TODAY });
    expect(d.overdue.length).toBeGreaterThanOrEqual(3);
    expect(d.dueIn7).toHaveLength(1);
    expect(d.dueIn30).toHaveLength(1);
    const [round] = await ok(b, 'rounds.list', {});
    expect(round).toMatchObject({ title: 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW', unitCount: 16, reportedCount: 9, closed: false, isSample: true });
    const rows = (await ok(b, 'rounds.get', { id: round.id })).rows;
    expect(rows.filter((r: { late: boolean }) => r.late).map((r: { unit: { name: string } }) => r.unit.name)).toEqual(['Huyện ủy Hữu Lũng', 'Huyện ủy Lộc Bình']);
    // Văn Quan's report is in the register, not yet linked: the round proposes it.
    const vanQuan = rows.find((r: { unit: { name: string } }) => r.unit.name === 'Huyện ủy Văn Quan');
    expect(vanQuan.report).toBeNull();
    const [candidate] = await ok(b, 'rounds.candidates', { roundId: round.id, unitId: vanQuan.unit.id });
    expect(candidate).toMatchObject({ symbol: '198-BC/HU', issuer: 'Huyện ủy Văn Quan', isSample: true });
  });
});
