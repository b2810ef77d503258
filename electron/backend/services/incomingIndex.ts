import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';

/** The text of an entry that search looks into. */
export interface IndexedText { abstract: string; symbol: string; issuer: string; notes: string }

/**
 * Keeps the full-text index in step with the incoming table. Its rowid is the entry's sort key, so
 * a search walks it in register order (see incomingQuery). Callers hold the write transaction.
 */
export function createIncomingIndex(db: Db) {
  const insert = db.prepare('INSERT INTO incoming_fts (rowid, body) VALUES (?, ?)');
  const remove = db.prepare('DELETE FROM incoming_fts WHERE rowid = ?');

  const bodyOf = (e: IndexedText) => foldForSearch(`${e.abstract} ${e.symbol} ${e.issuer} ${e.notes}`);

  return {
    add(sortKey: number, e: IndexedText): void {
      insert.run(sortKey, bodyOf(e));
    },
    replace(oldKey: number, newKey: number, e: IndexedText): void {
      remove.run(oldKey);
      insert.run(newKey, bodyOf(e));
    },
  };
}

export type IncomingIndex = ReturnType<typeof createIncomingIndex>;
