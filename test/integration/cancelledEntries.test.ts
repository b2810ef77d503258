/**
 * A cancelled entry (issue 8) stays in the register with its number, but it was a mistake: it is not a
 * document received (statistics) and not an earlier copy of a document (duplicate warnings); the printed
 * book keeps it, marked with its reason and day.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/period';
import { registerBookModel } from '../../electron/backend/reportData/registerBook';
import { statsModel } from '../../electron/backend/reportData/stats';
import { todayIso } from '../../electron/backend/services/clock';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

const year2023 = (() => {
  const r = parsePeriod('2023');
  if (!r.ok) throw new Error(r.reason);
  return r.value;
})();

/** NQ43 registered, then registered again by mistake (same symbol, date, issuer) and that entry cancelled. */
async function withCancelledTwin() {
  const b = tempBackend();
  const kept = (await ok(b, 'incoming.register', { ...NQ43, dueDate: '2023-12-20' })).entry;
  const twin = (await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, receivedVia: 'paper', arrivalDate: '2023-11-29', dueDate: '2023-12-20' })).entry;
  await ok(b, 'incoming.cancel', { id: twin.id, reason: 'Vào sổ trùng với số đến 11646' });
  return { b, kept, twin };
}

describe('a cancelled entry', () => {
  it('is not counted as a document received, nor in the handling figures', async () => {
    const { b } = await withCancelledTwin();
    const m = statsModel(b.services, year2023, { date: '2024-01-05', asOf: '2024-01-05' });
    expect(m.totals.current).toBe(1);
    expect(m.sections.find((x) => x.title === 'Theo loại văn bản')!.rows).toContainEqual({ label: 'Nghị quyết', current: 1, previous: 0, yearAgo: 0 });
    expect(m.handling.current).toEqual({ onTime: 0, late: 1, open: 0 });
  });

  it('is not reported as a duplicate of the same document', async () => {
    const { b, kept, twin } = await withCancelledTwin();
    const query = { symbol: NQ43.symbol, documentDate: NQ43.documentDate, issuer: NQ43.issuer };
    const found = await ok(b, 'incoming.findDuplicates', query);
    expect(found.duplicates.map((d: { id: number }) => d.id)).toEqual([kept.id]);
    expect(found.warnings).toHaveLength(1);
    const again = await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, arrivalDate: '2023-12-01' });
    expect(again.warnings.filter((w: string) => w.includes('đã có trong sổ'))).toHaveLength(1);
    expect((await ok(b, 'incoming.findDuplicates', { ...query, excludeId: kept.id })).duplicates.map((d: { id: number }) => d.id)).not.toContain(twin.id);
  });

  it('stays in the register book with its number, its reason and the day it was cancelled', async () => {
    const { b, twin } = await withCancelledTwin();
    const m = registerBookModel(b.services, { from: '2023-11-01', to: '2023-12-31' }, { date: '2024-01-05' });
    expect(m.rows.map((r) => r.arrivalNumber)).toEqual([11646, twin.arrivalNumber]);
    expect(m.rows[0]!.cancelled).toBeUndefined();
    expect(m.rows[1]!.cancelled).toEqual({ reason: 'Vào sổ trùng với số đến 11646', date: todayIso() });
  });
});
