import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';
import { registerDirective, simpleTask, unitId } from '../helpers/tasks';

// Issue 8: a register entry is never erased (cancelled with a reason, its number kept); tasks,
// rounds, bodies, groups and templates go to a trash they are restored from; every change is in a
// history with who made it, shown on the record and searchable.

describe('cancelling an entry', () => {
  it('keeps the entry in the book, marked cancelled with its reason, and never gives its number again', async () => {
    const b = tempBackend();
    // Number 5 (the book's first four numbers left free, confirmed), so a free lower number exists below it.
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: 5, confirmJump: true, arrivalDate: '2024-03-01' });
    const cancelled = await ok(b, 'incoming.cancel', { id: entry.id, reason: 'Vào sổ nhầm: trùng văn bản đã vào sổ' });
    expect(cancelled).toMatchObject({ id: entry.id, arrivalNumber: entry.arrivalNumber, cancelled: true, cancelReason: 'Vào sổ nhầm: trùng văn bản đã vào sổ' });
    expect(cancelled.cancelledAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Still listed, still found.
    const listed = await ok(b, 'incoming.list', { q: 'dai doan ket' });
    expect(listed.items.map((e: { id: number; cancelled: boolean }) => [e.id, e.cancelled])).toEqual([[entry.id, true]]);
    // The next number comes after it.
    const next = await ok(b, 'incoming.nextNumber', { bookId: entry.bookId, arrivalDate: '2024-03-02' });
    expect(next.arrivalNumber).toBe(entry.arrivalNumber + 1);
    // Moving a cancelled entry to another (free) number would free its number: refused.
    const moved = await b.dispatch('incoming.update', { id: entry.id, patch: { arrivalNumber: 3 } });
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error.message).toMatch(/Văn bản đã hủy giữ nguyên sổ và số đến/);
    // And a cancellation says why: no reason, no cancellation; twice is refused.
    expect((await b.dispatch('incoming.cancel', { id: entry.id, reason: '' })).ok).toBe(false);
    const twice = await b.dispatch('incoming.cancel', { id: entry.id, reason: 'lần nữa' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/đã được hủy trước đây/);
  });

  it('the database itself refuses to erase an entry', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    expect(() => b.services.db.prepare('DELETE FROM incoming WHERE id = ?').run(entry.id)).toThrow(/không bao giờ bị xóa/);
  });
});

describe('the trash', () => {
  it('a deleted task comes back with its progress and coordinating bodies', async () => {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    const coordinator = await unitId(b, 'Ban Tuyên giáo Tỉnh ủy');
    const [task] = await ok(b, 'tasks.createMany', { directiveId, tasks: [simpleTask('Quán triệt Nghị quyết 43-NQ/TW', { coordinatingUnitIds: [coordinator] })] });
    await ok(b, 'tasks.addProgress', { taskId: task.id, date: '2024-01-10', text: 'Đã tổ chức hội nghị quán triệt' });
    await ok(b, 'tasks.delete', { id: task.id });
    expect((await b.dispatch('tasks.get', { id: task.id })).ok).toBe(false);
    const trash = await ok(b, 'trash.list', {});
    expect(trash).toEqual([expect.objectContaining({ kind: 'task', recordId: String(task.id), label: 'Nhiệm vụ: Quán triệt Nghị quyết 43-NQ/TW' })]);
    await ok(b, 'trash.restore', { id: trash[0].id });
    const back = await ok(b, 'tasks.get', { id: task.id });
    expect(back.task).toMatchObject({ content: 'Quán triệt Nghị quyết 43-NQ/TW', progressCount: 1, coordinatingUnits: [expect.objectContaining({ id: coordinator })] });
    expect(await ok(b, 'trash.list', {})).toEqual([]);
  });

  it('groups, bodies and rounds go to the trash too; a failed delete leaves nothing in it', async () => {
    const b = tempBackend();
    const unit = await ok(b, 'units.save', { name: 'Huyện ủy Thử Nghiệm', category: 'Các huyện ủy' });
    const group = await ok(b, 'units.saveGroup', { name: 'Nhóm thử', unitIds: [unit.id] });
    await ok(b, 'units.deleteGroup', { id: group.id });
    await ok(b, 'units.delete', { id: unit.id });
    const directiveId = await registerDirective(b);
    const round = await ok(b, 'rounds.open', { directiveId, title: 'Sơ kết 01 năm', unitIds: [await unitId(b, 'Ban Tuyên giáo Tỉnh ủy')] });
    await ok(b, 'rounds.delete', { id: round.round.id });
    expect((await b.dispatch('tasks.delete', { id: 999 })).ok).toBe(false);
    const trash = await ok(b, 'trash.list', {});
    expect(trash.map((t: { kind: string }) => t.kind)).toEqual(['round', 'unit', 'group']);
    // Bodies first, then the group that lists them: it comes back with its member.
    await ok(b, 'trash.restore', { id: trash[1].id });
    await ok(b, 'trash.restore', { id: trash[2].id });
    const groups = await ok(b, 'units.groups', {});
    expect(groups.find((g: { name: string }) => g.name === 'Nhóm thử')).toMatchObject({ unitIds: [unit.id] });
    await ok(b, 'trash.restore', { id: trash[0].id });
    expect((await ok(b, 'rounds.get', { id: round.round.id })).round.title).toBe('Sơ kết 01 năm');
  });
});

describe('history of every change', () => {
  it('records who changed what on a task and an entry, and finds it by words, type and person', async () => {
    const b = tempBackend();
    await ok(b, 'session.setActor', { name: 'Nguyễn Thị Lan' });
    const directiveId = await registerDirective(b);
    const entry = { id: directiveId };
    await ok(b, 'incoming.update', { id: entry.id, patch: { handlingUnit: 'Ban Tuyên giáo Tỉnh ủy' } });
    const detail = await ok(b, 'incoming.get', { id: entry.id });
    expect(detail.history[0]).toMatchObject({ action: 'update', actor: 'Nguyễn Thị Lan', changes: { handlingUnit: { from: 'Ban Dân vận Tỉnh ủy', to: 'Ban Tuyên giáo Tỉnh ủy' } } });

    const [task] = await ok(b, 'tasks.createMany', { directiveId, tasks: [simpleTask('Tuyên truyền sâu rộng')] });
    await ok(b, 'session.setActor', { name: 'Trần Văn Minh' });
    await ok(b, 'tasks.update', { id: task.id, patch: { deadlineText: 'Quý I/2024', dueDate: '2024-03-31' } });
    const taskHistory = await ok(b, 'history.forRecord', { recordType: 'task', recordId: task.id });
    expect(taskHistory[0]).toMatchObject({ action: 'update', actor: 'Trần Văn Minh', label: 'Nhiệm vụ: Tuyên truyền sâu rộng', changes: { dueDate: { from: null, to: '2024-03-31' } } });
    expect(Object.keys(taskHistory[0].changes).sort()).toEqual(['deadlineText', 'dueDate']);
    await ok(b, 'tasks.addProgress', { taskId: task.id, date: '2024-01-15', text: 'Đã tổ chức hội nghị' });
    expect((await ok(b, 'history.forRecord', { recordType: 'task', recordId: task.id }))[0].summary).toMatch(/^Sửa: .*Tiến độ/);

    const byWords = await ok(b, 'history.search', { q: 'tuyen truyen sau rong' });
    expect(byWords.items.map((i: { recordType: string; summary: string }) => [i.recordType, i.summary])).toEqual([['task', expect.stringMatching(/Tiến độ/)], ['task', 'Sửa: Thời hạn, Hạn xử lý']]);
    const byPerson = await ok(b, 'history.search', { actor: 'Nguyễn Thị Lan', recordType: 'incoming' });
    expect(byPerson.items.map((i: { recordId: string; summary: string }) => [i.recordId, i.summary])).toEqual([[String(entry.id), 'Sửa: Đơn vị hoặc người nhận']]);
    // The entry is named as the clerk knows it: arrival number, symbol, abstract.
    expect(byPerson.items[0].label).toMatch(/^Văn bản đến số 11646 · 43-NQ\/TW · Nghị quyết về tiếp tục phát huy truyền thống/);
  });

  it('without a name given, changes carry the system user', async () => {
    const b = tempBackend();
    const session = await ok(b, 'session.get', {});
    expect(session.actor).toBe(session.systemUser);
    expect(session.actor.length).toBeGreaterThan(0);
  });
});
