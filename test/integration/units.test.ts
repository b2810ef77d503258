import { describe, expect, it } from 'vitest';
import { ok, tempBackend } from '../helpers/tempBackend';
import { createBackend } from '../../electron/backend/backend';
import { registerDirective, simpleTask, unitId } from '../helpers/tasks';

describe('the address book of bodies', () => {
  it('starts with the bodies of a province, grouped, with codes', async () => {
    const b = tempBackend();
    const units = await ok(b, 'units.list', {});
    const names = units.map((u: { name: string }) => u.name);
    for (const name of ['Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy',
      'Văn phòng Tỉnh ủy', 'Thành ủy Lạng Sơn', 'Huyện ủy Đình Lập', 'Đảng ủy Công an tỉnh', 'Hội Cựu chiến binh tỉnh',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Đảng đoàn Hội đồng nhân dân tỉnh']) {
      expect(names).toContain(name);
    }
    expect(units.find((u: { name: string }) => u.name === 'Ban Tuyên giáo Tỉnh ủy')).toMatchObject({ code: 'BTGTU', category: 'Các ban, Văn phòng Tỉnh ủy' });
    expect(units.filter((u: { category: string }) => u.category === 'Huyện ủy, thành ủy')).toHaveLength(11);
  });

  it('expands saved groups to their members, each once', async () => {
    const b = tempBackend();
    const groups = await ok(b, 'units.groups', {});
    const all = groups.find((g: { name: string }) => g.name === 'Các huyện ủy, thành ủy, đảng ủy trực thuộc');
    const districts = groups.find((g: { name: string }) => g.name === 'Các huyện ủy, thành ủy');
    expect(all.unitIds).toHaveLength(16);
    const expanded = await ok(b, 'units.expand', { groupIds: [all.id, districts.id], unitIds: [districts.unitIds[0]] });
    expect(expanded).toHaveLength(16);
    expect(expanded[0].name).toBe('Thành ủy Lạng Sơn');
  });

  it('finds bodies without marks, by short name or code; suggestions put the book before typed names', async () => {
    const b = tempBackend();
    expect((await ok(b, 'units.list', { q: 'dang uy cong an' })).map((u: { name: string }) => u.name)).toEqual(['Đảng ủy Công an tỉnh', 'Đảng ủy Công an Trung ương']);
    expect(await ok(b, 'units.suggest', { prefix: 'BTGTU' })).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    await ok(b, 'incoming.register', { arrivalDate: '2024-01-02', issuer: 'Tỉnh ủy', abstract: 'Công văn', handlingUnit: 'Đồng chí Phó Bí thư Thường trực; Ban Dân vận Tỉnh ủy' });
    const suggested = await ok(b, 'units.suggest', { prefix: 'd' , limit: 50 });
    expect(suggested.indexOf('Đồng chí Phó Bí thư Thường trực')).toBeGreaterThan(suggested.indexOf('Ban Dân vận Tỉnh ủy'));
    expect(suggested.filter((s: string) => s === 'Ban Dân vận Tỉnh ủy')).toHaveLength(1);
  });

  it('adds and renames bodies, refusing a second one of the same name (marks and case aside)', async () => {
    const b = tempBackend();
    const added = await ok(b, 'units.save', { name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH tỉnh', category: 'Cơ quan khác' });
    expect(added.id).toBeGreaterThan(0);
    const renamed = await ok(b, 'units.save', { id: added.id, name: 'Báo và Đài Phát thanh - Truyền hình tỉnh', shortName: '', category: 'Cơ quan khác' });
    expect(renamed).toMatchObject({ name: 'Báo và Đài Phát thanh - Truyền hình tỉnh', sortOrder: added.sortOrder });
    const twin = await b.dispatch('units.save', { name: 'BAN DAN VAN TINH UY' });
    expect(twin.ok).toBe(false);
    if (!twin.ok) expect(twin.error).toMatchObject({ code: 'CONFLICT', message: 'Danh bạ đã có đơn vị "Ban Dân vận Tỉnh ủy".' });
    const empty = await b.dispatch('units.save', { name: '  ' });
    expect(empty.ok || empty.error.message).toContain('Tên: Không được để trống');
  });

  it('refuses to delete a body tasks refer to, and deletes an unused one', async () => {
    const b = tempBackend();
    const directiveId = await registerDirective(b);
    const bdv = await unitId(b, 'Ban Dân vận Tỉnh ủy');
    await ok(b, 'tasks.createMany', { directiveId, tasks: [simpleTask('Tham mưu sơ kết', { leadUnitId: bdv, leadText: '' })] });
    const refused = await b.dispatch('units.delete', { id: bdv });
    expect(refused.ok || refused.error.message).toContain('đang có trong 1 nhiệm vụ');
    const spare = await ok(b, 'units.save', { name: 'Đơn vị tạm' });
    expect(await ok(b, 'units.delete', { id: spare.id })).toEqual({ deleted: true });
    expect((await ok(b, 'units.list', { q: 'don vi tam' }))).toEqual([]);
  });

  it('saves groups and refuses members not in the book', async () => {
    const b = tempBackend();
    const ids = [await unitId(b, 'Ban Tuyên giáo Tỉnh ủy'), await unitId(b, 'Ban Dân vận Tỉnh ủy')];
    const group = await ok(b, 'units.saveGroup', { name: 'Khối tuyên giáo - dân vận', unitIds: ids });
    expect(group.unitIds).toEqual(ids);
    const bad = await b.dispatch('units.saveGroup', { id: group.id, name: 'Khối tuyên giáo - dân vận', unitIds: [...ids, 99999] });
    expect(bad.ok || bad.error.message).toContain('99999');
    expect((await ok(b, 'units.groups', {})).find((g: { id: number }) => g.id === group.id).unitIds).toEqual(ids);
    expect(await ok(b, 'units.deleteGroup', { id: group.id })).toEqual({ deleted: true });
  });
});

describe('two programs on one database (the app and the command line)', () => {
  it('shows a body or a type code another connection added, without a restart', async () => {
    const app = tempBackend();
    const before = await ok(app, 'units.list', {}); // cached by the app from now on
    expect((await ok(app, 'typeCodes.list', {})).some((t: any) => t.code === 'STCT')).toBe(false);

    const cli = createBackend({ dbPath: app.dbPath, mode: 'cli' });
    try {
      await ok(cli, 'units.save', { name: 'Đài Phát thanh và Truyền hình tỉnh', category: 'Cơ quan khác' });
      await ok(cli, 'typeCodes.save', { system: 'party', code: 'STCT', name: 'Sổ tay công tác' });
    } finally {
      cli.close();
    }

    const after = await ok(app, 'units.list', {});
    expect(after.length).toBe(before.length + 1);
    expect(after.some((u: any) => u.name === 'Đài Phát thanh và Truyền hình tỉnh')).toBe(true);
    expect((await ok(app, 'typeCodes.list', {})).some((t: any) => t.code === 'STCT')).toBe(true);
    // The symbol reader uses the new code too.
    expect((await ok(app, 'symbol.parse', { text: '05-STCT/TU' })).value?.typeName ?? '').toBe('Sổ tay công tác');
  });
});
