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
