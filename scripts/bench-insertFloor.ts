// insertFloorPerSec: what SQLite alone gives for the bulk insert, the limit insertPerSec is measured against.
// The rows the benchmark registered are read back with their full-text text folded beforehand, then written into
// an empty register as importMany writes them (one transaction, rollback journal, plain indexes rebuilt once),
// bound straight into the same statements: no validation, numbering, symbol parsing or folding is timed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { withPlainIndexesRebuilt, withRollbackJournal } from '../electron/backend/db/bulkLoad';
import type { Db } from '../electron/backend/db/openDatabase';
import { searchTextOf } from '../electron/backend/services/incomingIndex';
import { INCOMING_FIELDS, INCOMING_SEARCHABLE } from '../shared/registers/incoming';
import { measure } from './bench-lib';

export function measureInsertFloor(source: Db): { insertFloorPerSec: number; insertFloorTextMs: number } {
  const columns = (source.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('incoming') as string[]).filter((c) => c !== 'id');
  const rows = source.prepare(`SELECT ${columns.join(', ')} FROM incoming ORDER BY id`).raw().all() as unknown[][];
  const at = (column: string) => columns.indexOf(column);
  const searchableAt = INCOMING_SEARCHABLE.map((key) => [key, at(INCOMING_FIELDS.find((f) => f.key === key)!.column)] as const);
  const texts = rows.map((r) => searchTextOf(Object.fromEntries(searchableAt.map(([key, i]) => [key, String(r[i] ?? '')])) as never));

  const ms = loadIntoEmptyRegister(source, columns, rows, texts);
  // The share of the full-text rows: the same load without them.
  const withoutTextMs = loadIntoEmptyRegister(source, columns, rows, null);
  return { insertFloorPerSec: Math.round(rows.length / (ms / 1000)), insertFloorTextMs: Math.round(ms - withoutTextMs) };
}

/** Milliseconds of one load of `rows` (and their full-text rows, unless `texts` is null) into a new register. */
function loadIntoEmptyRegister(source: Db, columns: string[], rows: unknown[][], texts: string[] | null): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-floor-'));
  const backend = createBackend({ dbPath: path.join(dir, 'floor.db'), mode: 'bench' });
  try {
    const db = backend.services.db;
    for (const book of source.prepare('SELECT * FROM books').all() as Record<string, unknown>[]) {
      const keys = Object.keys(book);
      db.prepare(`INSERT OR REPLACE INTO books (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(...Object.values(book));
    }
    const insertRow = db.prepare(`INSERT INTO incoming (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const insertText = db.prepare('INSERT INTO incoming_fts (rowid, body) VALUES (?, ?)');
    const sortKeyAt = columns.indexOf('sort_key');
    return measure(() => withRollbackJournal(db, () => db.transaction(() => withPlainIndexesRebuilt(db, 'incoming', () => {
      for (let i = 0; i < rows.length; i++) {
        insertRow.run(...rows[i]!);
        if (texts) insertText.run(rows[i]![sortKeyAt], texts[i]);
      }
    })).immediate()));
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
