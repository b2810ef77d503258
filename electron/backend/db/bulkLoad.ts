import type { Db } from './openDatabase';

/**
 * Runs a large insert with the table's plain (non-unique) indexes dropped, then builds them again:
 * one sort per index instead of a random B-tree insert per row. The caller holds the transaction,
 * so a failure leaves the indexes as they were. Unique indexes stay: they check the data.
 */
export function withPlainIndexesRebuilt<T>(db: Db, table: string, fn: () => T): T {
  const indexes = db
    .prepare<[string], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
    .all(table);
  for (const i of indexes) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  const result = fn();
  for (const i of indexes) db.exec(i.sql);
  return result;
}

/**
 * Runs a bulk load under a rollback journal instead of WAL when this connection is alone on the file.
 * WAL writes every new page twice (into the log, then back by the checkpoint); a rollback journal
 * writes new pages once and saves only the few existing pages that change, with the same safety
 * against a crash. SQLite refuses the switch while other connections are open: the load then runs in
 * WAL as usual. WAL comes back afterwards; if that fails, the next open sets it again.
 */
export function withRollbackJournal<T>(db: Db, fn: () => T): T {
  if (db.inTransaction || db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return fn();
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  const setJournal = (mode: 'DELETE' | 'WAL'): boolean => {
    db.pragma('busy_timeout = 0'); // another connection means "not now", not a wait
    try {
      return db.pragma(`journal_mode = ${mode}`, { simple: true }) === mode.toLowerCase();
    } catch {
      return false;
    } finally {
      db.pragma(`busy_timeout = ${busyTimeout}`);
    }
  };
  const switched = setJournal('DELETE');
  try {
    return fn();
  } finally {
    if (switched) setJournal('WAL');
  }
}
