import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { IncomingEntry } from '../../../shared/schemas';
import type { RoundDetail, RoundInput, RoundPatch, RoundSummary } from '../../../shared/taskSchemas';
import { matchKey } from '../../../shared/unitMatch';
import type { Db } from '../db/openDatabase';
import type { FollowUpStore, RoundRow } from '../stores/followUpStore';
import type { IncomingStore } from '../stores/incomingStore';
import { nowIso } from './clock';
import type { IncomingQuery } from './incomingQuery';
import type { UnitService } from './units';

type RoundIn = z.output<typeof RoundInput>;
type RoundEdit = z.output<typeof RoundPatch>;

/** Review rounds (sơ kết, tổng kết): which bodies must report, and the incoming entry that is each one's report. */
export function createRoundService(db: Db, deps: {
  units: UnitService; query: IncomingQuery; store: FollowUpStore; entries: Pick<IncomingStore, 'exists'>;
}) {
  const { units, store, entries } = deps;
  const insertRound = db.prepare(`
    INSERT INTO review_rounds (directive_id, title, kind, deadline, note, is_sample, created_at, updated_at)
    VALUES (@directiveId, @title, @kind, @deadline, @note, @isSample, @now, @now)`);
  const updateRound = db.prepare(`UPDATE review_rounds SET title = @title, kind = @kind, deadline = @deadline,
    note = @note, closed = @closed, updated_at = @now WHERE id = @id`);
  const deleteRound = db.prepare('DELETE FROM review_rounds WHERE id = ?');
  const maxPosition = db.prepare<[number], { n: number | null }>('SELECT max(position) AS n FROM round_units WHERE round_id = ?');
  const insertMember = db.prepare('INSERT OR IGNORE INTO round_units (round_id, unit_id, position) VALUES (?, ?, ?)');
  const deleteMember = db.prepare('DELETE FROM round_units WHERE round_id = ? AND unit_id = ?');
  const setReport = db.prepare('UPDATE round_units SET report_entry_id = ? WHERE round_id = ? AND unit_id = ?');

  const toSummary = (r: RoundRow): RoundSummary => ({
    id: r.id, directiveId: r.directive_id, directive: r.directive, title: r.title,
    kind: r.kind as RoundSummary['kind'], deadline: r.deadline, note: r.note,
    closed: r.closed === 1, unitCount: r.unit_count, reportedCount: r.reported_count,
    isSample: r.is_sample === 1,
  });

  function list(directiveId?: number): RoundSummary[] {
    return store.rounds({ directiveId }).map(toSummary);
  }

  function get(id: number): RoundDetail {
    const [row] = store.rounds({ id });
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy đợt sơ kết, tổng kết có mã ${id}.`);
    const round = toSummary(row);
    const rows = store.members(id).map(({ unitId, report }) =>
      ({ unit: units.get(unitId), report, late: !!(report && round.deadline && report.arrivalDate > round.deadline) }));
    return { round, rows };
  }

  function addMembers(roundId: number, selection: { unitIds: number[]; groupIds: number[] }): void {
    let position = maxPosition.get(roundId)?.n ?? 0;
    for (const unit of units.expand(selection)) insertMember.run(roundId, unit.id, ++position);
  }

  function open(input: RoundIn, options: { isSample?: boolean } = {}): RoundDetail {
    const id = db.transaction(() => {
      if (!entries.exists(input.directiveId)) {
        throw new AppError('NOT_FOUND', `Không tìm thấy văn bản chỉ đạo (văn bản đến có mã ${input.directiveId}).`, { directiveId: 'Không có văn bản này.' });
      }
      if (units.expand(input).length === 0) {
        throw new AppError('VALIDATION', 'Chưa chọn đơn vị nào phải báo cáo.', { unitIds: 'Chọn ít nhất một đơn vị hoặc một nhóm.' });
      }
      const roundId = Number(insertRound.run({ ...input, isSample: options.isSample ? 1 : 0, now: nowIso() }).lastInsertRowid);
      addMembers(roundId, input);
      return roundId;
    }).immediate();
    return get(id);
  }

  function update(patch: RoundEdit): RoundDetail {
    db.transaction(() => {
      const { round, rows } = get(patch.id);
      const next = { title: round.title, kind: round.kind, deadline: round.deadline, note: round.note, closed: round.closed };
      for (const key of Object.keys(next) as Array<keyof typeof next>) if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
      updateRound.run({ ...next, closed: next.closed ? 1 : 0, id: patch.id, now: nowIso() });
      for (const unitId of patch.removeUnitIds) {
        const row = rows.find((r) => r.unit.id === unitId);
        if (!row) continue;
        if (row.report) {
          throw new AppError('CONFLICT', `${row.unit.name} đã gửi báo cáo ${row.report.symbol || `số đến ${row.report.arrivalNumber}`}; gỡ liên kết báo cáo trước khi bỏ đơn vị khỏi đợt.`);
        }
        deleteMember.run(patch.id, unitId);
      }
      addMembers(patch.id, { unitIds: patch.addUnitIds, groupIds: patch.addGroupIds });
    }).immediate();
    return get(patch.id);
  }

  function remove(id: number): { deleted: true } {
    if (deleteRound.run(id).changes === 0) throw new AppError('NOT_FOUND', `Không tìm thấy đợt sơ kết, tổng kết có mã ${id}.`);
    return { deleted: true };
  }

  /** Links (or, with entryId null, unlinks) the incoming entry that is a body's report for the round. */
  function linkReport(roundId: number, unitId: number, entryId: number | null): RoundDetail {
    db.transaction(() => {
      const { rows } = get(roundId);
      const row = rows.find((r) => r.unit.id === unitId);
      if (!row) throw new AppError('NOT_FOUND', `${units.get(unitId).name} không thuộc danh sách phải báo cáo của đợt này.`, { unitId: 'Đơn vị không thuộc đợt.' });
      if (entryId !== null) {
        if (!entries.exists(entryId)) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đến có mã ${entryId}.`, { entryId: 'Không có văn bản này.' });
        const holder = rows.find((r) => r.report?.id === entryId && r.unit.id !== unitId);
        if (holder) {
          throw new AppError('CONFLICT', `Văn bản này đã được ghi là báo cáo của ${holder.unit.name} trong đợt này.`, { entryId: 'Văn bản đã gắn với đơn vị khác.' });
        }
      }
      setReport.run(entryId, roundId, unitId);
    }).immediate();
    return get(roundId);
  }

  /** Entries the body issued since the directive arrived: reports citing the directive first, then other reports, newest first. */
  function candidates(roundId: number, unitId: number, limit: number): IncomingEntry[] {
    const { round } = get(roundId);
    const unit = units.get(unitId);
    const names = [unit.name, unit.shortName].map(matchKey).filter((k) => k !== '');
    const found = deps.query.list({ q: unit.name, arrivalFrom: round.directive.arrivalDate, limit: 500, sort: 'arrival', order: 'desc', offset: 0 });
    return found.items
      .filter((e) => names.some((k) => matchKey(e.issuer).includes(k)))
      .map((e) => ({ e, score: (e.abstract.includes(round.directive.symbol) ? 2 : 0) + (e.typeCode === 'BC' ? 1 : 0) }))
      .sort((a, b) => b.score - a.score)
      .map((x) => x.e)
      .slice(0, limit);
  }

  return { list, get, open, update, remove, linkReport, candidates };
}

export type RoundService = ReturnType<typeof createRoundService>;
