// The bulk path of importMany (≥ 50,000 entries: first imports of past registers, the benchmark):
// indexes dropped and rebuilt, a rollback journal instead of WAL when the connection is alone.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrivalDates, createRng, plausibleEntry } from '../../electron/backend/sample/generator';
import { IncomingInput } from '../../shared/schemas';
import { ok, tempBackend } from '../helpers/tempBackend';

const ROWS = 50_000;

function entries(count = ROWS) {
  const rng = createRng(7);
  return arrivalDates(rng, '2024-01-02', '2024-12-30', count).map((d) => IncomingInput.parse(plausibleEntry(rng, d)));
}

/** Bytes in the write-ahead log: a bulk load under a rollback journal writes none there. */
const walBytes = (db: Database.Database) => (fs.existsSync(`${db.name}-wal`) ? fs.statSync(`${db.name}-wal`).size : 0);

const indexNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incoming' ORDER BY name").all() as Array<{ name: string }>)
    .map((r) => r.name);

describe('bulk import', () => {
  it('numbers every entry without gaps, keeps the indexes and search, and leaves the database in WAL', async () => {
    const b = tempBackend();
    const db = b.services.db;
    const before = indexNames(db);
    const batch = entries();
    expect(b.services.incoming.importMany(batch as never)).toBe(ROWS);

    const numbers = db.prepare('SELECT count(*) AS n, min(arrival_number) AS lo, max(arrival_number) AS hi, count(DISTINCT arrival_number) AS d FROM incoming').get() as Record<string, number>;
    expect(numbers).toEqual({ n: ROWS, lo: 1, hi: ROWS, d: ROWS });
    expect(indexNames(db)).toEqual(before);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(walBytes(db)).toBeLessThan(1_000_000);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Migration 5: the full-text index buffers 32 MB before writing a segment.
    expect(db.prepare("SELECT v FROM incoming_fts_config WHERE k = 'hashsize'").get()).toEqual({ v: 32 * 1024 * 1024 });

    // The full-text index holds the imported entries: a word of the last abstract finds it.
    const last = batch[batch.length - 1]!;
    const found = await ok(b, 'incoming.list', { q: last.symbol || last.abstract.split(' ').slice(0, 3).join(' '), limit: 5 });
    expect(found.total).toBeGreaterThan(0);
  });

  it('stays in WAL when another connection has the file open, and still imports', () => {
    const b = tempBackend();
    const other = new Database(b.services.db.name);
    try {
      other.prepare('SELECT count(*) FROM incoming').get(); // a reader that has used the file
      expect(b.services.incoming.importMany(entries() as never)).toBe(ROWS);
      expect(b.services.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(walBytes(b.services.db)).toBeGreaterThan(10_000_000); // the import went through the log
      expect((other.prepare('SELECT count(*) AS n FROM incoming').get() as { n: number }).n).toBe(ROWS);
    } finally {
      other.close();
    }
  });

  it('imports nothing when one entry is refused, and gives back the indexes and WAL', async () => {
    const b = tempBackend();
    const db = b.services.db;
    await ok(b, 'incoming.register', { ...entries(1)[0], arrivalDate: '2024-01-02', arrivalNumber: 7 });
    const before = indexNames(db);
    const batch = entries();
    batch[ROWS - 1] = { ...batch[ROWS - 1]!, arrivalNumber: 7 }; // already held by the entry above
    expect(() => b.services.incoming.importMany(batch as never)).toThrow(/Số đến 7 đã dùng/);
    expect((db.prepare('SELECT count(*) AS n FROM incoming').get() as { n: number }).n).toBe(1);
    expect((await ok(b, 'incoming.list', { limit: 1 })).total).toBe(1);
    expect(indexNames(db)).toEqual(before);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
