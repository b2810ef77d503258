import { describe, expect, it } from 'vitest';
import { registerDirective, unitId } from '../helpers/tasks';
import { ok, tempBackend } from '../helpers/tempBackend';

async function withRound() {
  const b = tempBackend();
  const directiveId = await registerDirective(b);
  const group = (await ok(b, 'units.groups', {})).find((g: { name: string }) => g.name === 'Các huyện ủy, thành ủy');
  const round = await ok(b, 'rounds.open', {
    directiveId, title: 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW', deadline: '2024-11-15',
    groupIds: [group.id], unitIds: [await unitId(b, 'Đảng ủy Khối các cơ quan tỉnh')],
  });
  const report = async (issuer: string, symbol: string, arrivalDate: string) =>
    (await ok(b, 'incoming.register', { arrivalDate, issuer, symbol, abstract: 'Báo cáo sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW' })).entry.id;
  return { b, directiveId, round, report };
}

describe('review rounds', () => {
  it('opens a round with the bodies of a group and those chosen one by one', async () => {
    const { round } = await withRound();
    expect(round.round).toMatchObject({ title: 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW', kind: 'interim', deadline: '2024-11-15', unitCount: 12, reportedCount: 0, closed: false });
    expect(round.rows.map((r: { unit: { name: string } }) => r.unit.name).slice(-2)).toEqual(['Huyện ủy Đình Lập', 'Đảng ủy Khối các cơ quan tỉnh']);
  });

  it('tracks who has reported, with the symbol and date of each report, and who is late', async () => {
    const { b, round, report } = await withRound();
    const caoLoc = await unitId(b, 'Huyện ủy Cao Lộc');
    const huuLung = await unitId(b, 'Huyện ủy Hữu Lũng');
    await ok(b, 'rounds.linkReport', { roundId: round.round.id, unitId: caoLoc, entryId: await report('Huyện ủy Cao Lộc', '389-BC/HU', '2024-11-08') });
    const after = await ok(b, 'rounds.linkReport', { roundId: round.round.id, unitId: huuLung, entryId: await report('Huyện ủy Hữu Lũng', '418-BC/HU', '2024-11-20') });
    expect(after.round).toMatchObject({ unitCount: 12, reportedCount: 2 });
    const rows = Object.fromEntries(after.rows.map((r: { unit: { name: string } }) => [r.unit.name, r]));
    expect(rows['Huyện ủy Cao Lộc']).toMatchObject({ report: { symbol: '389-BC/HU', arrivalDate: '2024-11-08' }, late: false });
    expect(rows['Huyện ủy Hữu Lũng']).toMatchObject({ report: { symbol: '418-BC/HU' }, late: true });
    expect(rows['Huyện ủy Đình Lập']).toMatchObject({ report: null, late: false });
    const unlinked = await ok(b, 'rounds.linkReport', { roundId: round.round.id, unitId: huuLung, entryId: null });
    expect(unlinked.round.reportedCount).toBe(1);
    expect((await ok(b, 'rounds.list', {}))[0]).toMatchObject({ reportedCount: 1, directive: { symbol: '43-NQ/TW' } });
  });

  it('proposes the body\'s own reports citing the directive first', async () => {
    const { b, round, report } = await withRound();
    const caoLoc = await unitId(b, 'Huyện ủy Cao Lộc');
    await ok(b, 'incoming.register', { arrivalDate: '2024-11-02', issuer: 'Huyện ủy Cao Lộc', symbol: '380-CV/HU', abstract: 'Công văn về việc khác' });
    await report('Huyện ủy Văn Lãng', '276-BC/HU', '2024-11-13');
    const own = await report('Huyện ủy Cao Lộc', '389-BC/HU', '2024-11-08');
    const found = await ok(b, 'rounds.candidates', { roundId: round.round.id, unitId: caoLoc });
    expect(found.map((e: { id: number }) => e.id)[0]).toBe(own);
    expect(found.map((e: { symbol: string }) => e.symbol)).toEqual(['389-BC/HU', '380-CV/HU']);
  });

  it('refuses what makes no sense, changing nothing', async () => {
    const { b, round, report, directiveId } = await withRound();
    const caoLoc = await unitId(b, 'Huyện ủy Cao Lộc');
    const entry = await report('Huyện ủy Cao Lộc', '389-BC/HU', '2024-11-08');
    await ok(b, 'rounds.linkReport', { roundId: round.round.id, unitId: caoLoc, entryId: entry });
    const twice = await b.dispatch('rounds.linkReport', { roundId: round.round.id, unitId: await unitId(b, 'Huyện ủy Chi Lăng'), entryId: entry });
    expect(twice.ok || twice.error.message).toBe('Văn bản này đã được ghi là báo cáo của Huyện ủy Cao Lộc trong đợt này.');
    const outsider = await b.dispatch('rounds.linkReport', { roundId: round.round.id, unitId: await unitId(b, 'Ban Tổ chức Tỉnh ủy'), entryId: entry });
    expect(outsider.ok || outsider.error.message).toContain('không thuộc danh sách phải báo cáo');
    const remove = await b.dispatch('rounds.update', { id: round.round.id, removeUnitIds: [caoLoc] });
    expect(remove.ok || remove.error.message).toContain('gỡ liên kết báo cáo trước');
    const empty = await b.dispatch('rounds.open', { directiveId, title: 'Tổng kết', unitIds: [] });
    expect(empty.ok || empty.error.message).toBe('Chưa chọn đơn vị nào phải báo cáo.');
    const badKind = await b.dispatch('rounds.open', { directiveId, title: 'Tổng kết', kind: 'mid', unitIds: [caoLoc] });
    expect(badKind.ok || badKind.error.message).toContain('interim (sơ kết) hoặc final (tổng kết)');
    expect((await ok(b, 'rounds.list', {}))).toHaveLength(1);
    expect((await ok(b, 'rounds.get', { id: round.round.id })).round).toMatchObject({ unitCount: 12, reportedCount: 1 });
  });

  it('edits, closes and deletes a round', async () => {
    const { b, round } = await withRound();
    const edited = await ok(b, 'rounds.update', {
      id: round.round.id, kind: 'final', deadline: '', closed: true, title: 'Tổng kết',
      removeUnitIds: [await unitId(b, 'Huyện ủy Đình Lập')], addUnitIds: [await unitId(b, 'Đảng ủy Công an tỉnh')],
    });
    expect(edited.round).toMatchObject({ kind: 'final', deadline: null, closed: true, title: 'Tổng kết', unitCount: 12 });
    expect(edited.rows.at(-1).unit.name).toBe('Đảng ủy Công an tỉnh');
    expect(await ok(b, 'rounds.delete', { id: round.round.id })).toEqual({ deleted: true });
    expect(await ok(b, 'rounds.list', {})).toEqual([]);
  });
});
