import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Unit, UnitGroup, UnitGroupInput, UnitInput } from '../../../shared/taskSchemas';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';
import type { KnownValues } from './knownValues';
import { DEFAULT_GROUPS, DEFAULT_UNITS } from './unitDefaults';

type UnitIn = z.output<typeof UnitInput>;
type GroupIn = z.output<typeof UnitGroupInput>;

const UNIT_COLUMNS = 'id, name, short_name AS shortName, code, category, sort_order AS sortOrder';
const collator = new Intl.Collator('vi');

/** The address book of bodies (đơn vị) and the saved groups that expand to them. */
export function createUnitService(db: Db, deps: { known: KnownValues }) {
  const selectAll = db.prepare<[], Unit>(`SELECT ${UNIT_COLUMNS} FROM units ORDER BY sort_order, id`);
  const selectOne = db.prepare<[number], Unit>(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ?`);
  const selectByFolded = db.prepare<[string], { id: number }>('SELECT id FROM units WHERE folded = ?');
  const maxOrder = db.prepare<[], { n: number | null }>('SELECT max(sort_order) AS n FROM units');
  const insertUnit = db.prepare(`INSERT INTO units (name, short_name, code, category, sort_order, folded)
    VALUES (@name, @shortName, @code, @category, @sortOrder, @folded)`);
  const updateUnit = db.prepare(`UPDATE units SET name = @name, short_name = @shortName, code = @code,
    category = @category, sort_order = @sortOrder, folded = @folded WHERE id = @id`);
  const deleteUnit = db.prepare('DELETE FROM units WHERE id = ?');
  const unitUses = db.prepare<[number, number, number], { tasks: number; rounds: number }>(`SELECT
    (SELECT count(*) FROM tasks WHERE lead_unit_id = ?) + (SELECT count(*) FROM task_coordinators WHERE unit_id = ?) AS tasks,
    (SELECT count(*) FROM round_units WHERE unit_id = ?) AS rounds`);

  const selectGroups = db.prepare<[], { id: number; name: string; note: string }>('SELECT id, name, note FROM unit_groups ORDER BY id');
  const selectMembers = db.prepare<[], { groupId: number; unitId: number }>(
    'SELECT group_id AS groupId, unit_id AS unitId FROM unit_group_members ORDER BY group_id, position');
  const selectGroupByFolded = db.prepare<[string], { id: number }>('SELECT id FROM unit_groups WHERE folded = ?');
  const insertGroup = db.prepare('INSERT INTO unit_groups (name, note, folded) VALUES (?, ?, ?)');
  const updateGroup = db.prepare('UPDATE unit_groups SET name = ?, note = ?, folded = ? WHERE id = ?');
  const deleteGroupRow = db.prepare('DELETE FROM unit_groups WHERE id = ?');
  const clearMembers = db.prepare('DELETE FROM unit_group_members WHERE group_id = ?');
  const insertMember = db.prepare('INSERT INTO unit_group_members (group_id, unit_id, position) VALUES (?, ?, ?)');

  let cache: Unit[] | null = null;

  function list(): Unit[] {
    cache ??= selectAll.all();
    return cache;
  }

  function get(id: number): Unit {
    const unit = selectOne.get(id);
    if (!unit) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${id}.`);
    return unit;
  }

  /** Throws unless every id names a body of the book. */
  function assertExist(unitIds: number[], field = 'unitIds'): void {
    const known = new Set(list().map((u) => u.id));
    const missing = unitIds.filter((id) => !known.has(id));
    if (missing.length) {
      throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${missing.join(', ')} trong danh bạ.`, { [field]: 'Đơn vị không có trong danh bạ.' });
    }
  }

  function search(q: string | undefined): Unit[] {
    const folded = foldForSearch(q ?? '').trim();
    if (!folded) return list();
    return list().filter((u) => [u.name, u.shortName, u.code, u.category].some((s) => foldForSearch(s).includes(folded)));
  }

  function save(input: UnitIn): Unit {
    const folded = foldForSearch(input.name);
    const id = db.transaction(() => {
      const clash = selectByFolded.get(folded);
      if (clash && clash.id !== input.id) {
        throw new AppError('CONFLICT', `Danh bạ đã có đơn vị "${get(clash.id).name}".`, { name: 'Tên đơn vị đã có.' });
      }
      if (input.id !== undefined) {
        const before = get(input.id);
        updateUnit.run({ ...input, sortOrder: input.sortOrder ?? before.sortOrder, folded, id: input.id });
        return input.id;
      }
      const sortOrder = input.sortOrder ?? (maxOrder.get()?.n ?? 0) + 10;
      return Number(insertUnit.run({ ...input, sortOrder, folded }).lastInsertRowid);
    }).immediate();
    cache = null;
    return get(id);
  }

  function remove(id: number): { deleted: true } {
    db.transaction(() => {
      const unit = get(id);
      const uses = unitUses.get(id, id, id)!;
      if (uses.tasks > 0 || uses.rounds > 0) {
        const parts = [uses.tasks ? `${uses.tasks} nhiệm vụ` : '', uses.rounds ? `${uses.rounds} đợt sơ kết, tổng kết` : ''].filter(Boolean);
        throw new AppError('CONFLICT', `Không xóa được "${unit.name}": đơn vị đang có trong ${parts.join(' và ')}. Có thể sửa tên thay vì xóa.`);
      }
      deleteUnit.run(id);
    }).immediate();
    cache = null;
    return { deleted: true };
  }

  function groups(): UnitGroup[] {
    const members = selectMembers.all();
    return selectGroups.all().map((g) => ({ ...g, unitIds: members.filter((m) => m.groupId === g.id).map((m) => m.unitId) }));
  }

  function getGroup(id: number): UnitGroup {
    const group = groups().find((g) => g.id === id);
    if (!group) throw new AppError('NOT_FOUND', `Không tìm thấy nhóm đơn vị có mã ${id}.`);
    return group;
  }

  function saveGroup(input: GroupIn): UnitGroup {
    const folded = foldForSearch(input.name);
    const id = db.transaction(() => {
      const clash = selectGroupByFolded.get(folded);
      if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Đã có nhóm "${input.name}".`, { name: 'Tên nhóm đã có.' });
      assertExist(input.unitIds);
      let groupId = input.id;
      if (groupId !== undefined) {
        getGroup(groupId);
        updateGroup.run(input.name, input.note, folded, groupId);
      } else {
        groupId = Number(insertGroup.run(input.name, input.note, folded).lastInsertRowid);
      }
      clearMembers.run(groupId);
      [...new Set(input.unitIds)].forEach((unitId, i) => insertMember.run(groupId, unitId, i));
      return groupId;
    }).immediate();
    return getGroup(id);
  }

  function removeGroup(id: number): { deleted: true } {
    if (deleteGroupRow.run(id).changes === 0) throw new AppError('NOT_FOUND', `Không tìm thấy nhóm đơn vị có mã ${id}.`);
    return { deleted: true };
  }

  /** The bodies chosen directly and through groups, each once, in address-book order. */
  function expand(selection: { unitIds: number[]; groupIds: number[] }): Unit[] {
    assertExist(selection.unitIds);
    const wanted = new Set(selection.unitIds);
    for (const groupId of selection.groupIds) for (const unitId of getGroup(groupId).unitIds) wanted.add(unitId);
    return list().filter((u) => wanted.has(u.id));
  }

  /** Names for a field naming a body: the book first (by name, short name or code), then names typed before. */
  function suggest(prefix: string, limit: number): string[] {
    const folded = foldForSearch(prefix).trim();
    const score = (u: Unit): number => {
      const keys = [u.name, u.shortName, u.code].map(foldForSearch);
      if (keys.some((k) => k === folded)) return 0;
      if (keys.some((k) => k.startsWith(folded))) return 1;
      return keys.some((k) => k.includes(folded)) ? 2 : 3;
    };
    const fromBook = list().map((u) => ({ u, s: score(u) })).filter((x) => x.s < 3)
      .sort((a, b) => a.s - b.s || a.u.sortOrder - b.u.sortOrder).map((x) => x.u.name);
    const typed = deps.known.suggest('handlingUnit', prefix, limit);
    const seen = new Set(fromBook.map(foldForSearch));
    return [...fromBook, ...typed.filter((t) => !seen.has(foldForSearch(t)))].slice(0, limit);
  }

  /** Fills an empty address book with the bodies of a province and the usual groups. */
  function seedDefaults(): void {
    if ((db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n > 0) return;
    db.transaction(() => {
      let order = 0;
      const idsByCategory = new Map<string, number[]>();
      for (const { category, units } of DEFAULT_UNITS) {
        const ids = units.map((u) => Number(insertUnit.run({
          name: u.name, shortName: u.shortName ?? '', code: u.code ?? '', category, sortOrder: (order += 10), folded: foldForSearch(u.name),
        }).lastInsertRowid));
        idsByCategory.set(category, ids);
      }
      for (const g of DEFAULT_GROUPS) {
        const groupId = Number(insertGroup.run(g.name, g.note, foldForSearch(g.name)).lastInsertRowid);
        g.categories.flatMap((c) => idsByCategory.get(c) ?? []).forEach((unitId, i) => insertMember.run(groupId, unitId, i));
      }
    })();
    cache = null;
  }

  /** Drops the cached address book: another connection may have changed it. */
  function forget(): void {
    cache = null;
  }

  return { list, get, assertExist, search, save, remove, groups, saveGroup, removeGroup, expand, suggest, seedDefaults, collator, forget };
}

export type UnitService = ReturnType<typeof createUnitService>;
