import { describe, expect, it } from 'vitest';
import { seedSampleData } from '../../electron/backend/sample/seedSample';
import type { Task } from '../../shared/taskSchemas';
import { ok, tempBackend } from '../helpers/tempBackend';

const TODAY = '2026-11-23';

async function sample() {
  const b = tempBackend();
  seedSampleData(b.services, TODAY);
  const directives = await ok(b, 'tasks.directives', { today: TODAY });
  const nq = directives.find((d: { directive: { symbol: string } }) => d.directive.symbol === '43-NQ/TW');
  const tasks: Task[] = (await ok(b, 'tasks.list', { directiveId: nq.directive.id, today: TODAY })).items;
  return { b, nq, tasks };
}

const CENTRAL = ['Quân ủy Trung ương', 'Đảng đoàn Quốc hội', 'Ban cán sự đảng Chính phủ', 'Ban Tuyên giáo Trung ương', 'Bộ Chính trị'];

describe('sample follow-up data: the Tỉnh ủy Lạng Sơn programme 38-CTr/TU on Nghị quyết 43-NQ/TW', () => {
  it('follows the province\'s own bodies, not the central bodies of Kế hoạch 21-KH/TW', async () => {
    const { nq, tasks } = await sample();
    expect(nq).toMatchObject({ taskCount: 18, directive: { arrivalNumber: 11646 } });
    expect(tasks.every((t) => t.isSample && t.notes.startsWith('Dữ liệu mẫu. 38-CTr/TU, mục IV.'))).toBe(true);
    const bodies = new Set(tasks.flatMap((t) => [t.leadText, ...t.coordinatingUnits.map((u) => u.name)]));
    for (const central of CENTRAL) expect([...bodies].some((b) => b.includes(central))).toBe(false);
    expect([...bodies]).toEqual(expect.arrayContaining([
      'Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Đảng đoàn Hội đồng nhân dân tỉnh', 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Kiểm tra Tỉnh ủy',
    ]));
    // Every task but the collective one of IV.1 names its lead in the address book; most have coordinators.
    expect(tasks.filter((t) => t.leadUnitId === null).map((t) => t.section)).toEqual(['IV.1', 'IV.1']);
    expect(tasks.filter((t) => t.coordinatingUnits.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('has deadlines in words of every kind and tasks done on time, done late, overdue, in progress, not started and standing', async () => {
    const { tasks } = await sample();
    const deadlines = new Set(tasks.map((t) => t.deadlineText));
    for (const d of ['thực hiện thường xuyên', 'hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên', 'hoàn thành trong quý I/2024', 'hoàn thành trong tháng 01/2024']) {
      expect(deadlines).toContain(d);
    }
    const byStatus = (s: string) => tasks.filter((t) => t.status === s).map((t) => t.content.slice(0, 40));
    expect(byStatus('overdue')).toHaveLength(2);
    expect(byStatus('in_progress')).toHaveLength(1);
    expect(byStatus('not_started')).toHaveLength(1);
    // Dated tasks finished: on time and late, read from the recorded dates.
    const finished = tasks.filter((t) => t.dueDate !== null && t.completedDate !== null);
    expect(finished.filter((t) => t.completedDate! <= t.dueDate!).length).toBeGreaterThanOrEqual(4);
    expect(finished.filter((t) => t.completedDate! > t.dueDate!).length).toBe(3);
    // "hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên": one dated part done on time, one late.
    const mixed = tasks.filter((t) => t.standing && t.dueDate !== null);
    expect(mixed.map((t) => t.completedDate! <= t.dueDate!)).toEqual([true, false]);
    // Standing duties: some reported in this quarter, some not.
    const standing = tasks.filter((t) => t.standing && t.dueDate === null);
    expect(standing.length).toBe(6);
    expect(standing.filter((t) => t.reportedThisPeriod).length).toBeGreaterThan(0);
    expect(standing.filter((t) => !t.reportedThisPeriod).length).toBeGreaterThan(0);
  });

  it('cites the register: the programme, the plans implementing it and the bodies\' reports', async () => {
    const { b, tasks } = await sample();
    const cited = new Set<string>();
    for (const t of tasks) {
      const detail = await ok(b, 'tasks.get', { id: t.id, today: TODAY });
      for (const p of detail.progress) if (p.reportEntry) cited.add(p.reportEntry.symbol);
      expect(detail.progress.every((p: { date: string }) => p.date <= TODAY)).toBe(true);
    }
    expect([...cited]).toEqual(expect.arrayContaining(['95-HD/BTGTU', '112-KH/BDVTU', '145/KH-UBND', '389-BC/HU', '318-CV/BDVTU', '285-KH/TU']));
    const programme = (await ok(b, 'incoming.list', { q: '38-CTr/TU', limit: 50, offset: 0, sort: 'arrival', order: 'asc' })).items;
    expect(programme.find((e: { symbol: string }) => e.symbol === '38-CTr/TU')).toMatchObject({
      issuer: 'Tỉnh ủy Lạng Sơn', typeCode: 'CTr', documentDate: '2024-01-15', isSample: true,
    });
  });

  it('has tasks due around today and a one-year round with 14 of 19 bodies reported, 3 late, one report not yet linked', async () => {
    const { b } = await sample();
    const d = await ok(b, 'dashboard.get', { today: TODAY });
    expect(d.overdue.length).toBeGreaterThanOrEqual(3);
    expect(d.dueIn7).toHaveLength(1);
    expect(d.dueIn30).toHaveLength(1);
    const [round] = await ok(b, 'rounds.list', {});
    expect(round).toMatchObject({ title: 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW', unitCount: 19, reportedCount: 14, isSample: true });
    const rows = (await ok(b, 'rounds.get', { id: round.id })).rows;
    expect(rows.filter((r: { late: boolean }) => r.late).map((r: { unit: { name: string } }) => r.unit.name))
      .toEqual(['Huyện ủy Văn Quan', 'Huyện ủy Hữu Lũng', 'Huyện ủy Lộc Bình']);
    const vanQuan = rows.find((r: { unit: { name: string } }) => r.unit.name === 'Huyện ủy Văn Quan');
    expect(vanQuan.report).toMatchObject({ symbol: '198-BC/HU', typeCode: 'BC' });
    expect(rows.find((r: { unit: { name: string } }) => r.unit.name === 'Đảng đoàn Hội đồng nhân dân tỉnh').report).toMatchObject({ symbol: '41-BC/ĐĐ' });
    // Bình Gia's report is in the register, not yet linked: the round proposes it.
    const binhGia = rows.find((r: { unit: { name: string } }) => r.unit.name === 'Huyện ủy Bình Gia');
    expect(binhGia.report).toBeNull();
    const [candidate] = await ok(b, 'rounds.candidates', { roundId: round.id, unitId: binhGia.unit.id });
    expect(candidate).toMatchObject({ symbol: '226-BC/HU', issuer: 'Huyện ủy Bình Gia', isSample: true });
    const silent = rows.filter((r: { report: unknown }) => r.report === null).map((r: { unit: { name: string } }) => r.unit.name);
    expect(silent).toEqual(expect.arrayContaining(['Huyện ủy Đình Lập', 'Đảng ủy Quân sự tỉnh']));
  });

  it('stays within today when the clock is earlier: nothing dated after today', async () => {
    const b = tempBackend();
    const early = '2024-06-10';
    seedSampleData(b.services, early);
    const [nq] = (await ok(b, 'tasks.directives', { today: early })).filter((x: { directive: { symbol: string } }) => x.directive.symbol === '43-NQ/TW');
    const tasks: Task[] = (await ok(b, 'tasks.list', { directiveId: nq.directive.id, today: early })).items;
    expect(tasks.every((t) => t.completedDate === null || t.completedDate <= early)).toBe(true);
    expect(tasks.every((t) => !t.lastProgress || t.lastProgress.date <= early)).toBe(true);
    expect(await ok(b, 'rounds.list', {})).toEqual([]);
    const last = (await ok(b, 'incoming.list', { limit: 1, offset: 0, sort: 'arrival', order: 'desc' })).items[0];
    expect(last.arrivalDate <= early).toBe(true);
  });
});
