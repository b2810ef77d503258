import type { z } from 'zod';
import type { IncomingEntry, IncomingFilter } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { todayIso } from '../services/clock';
import { ENTRY_COLUMNS, ENTRY_FROM, type EntryRow, toEntry } from './incomingRow';

// The SQL of the register's search and filters: the full-text index (FTS5 over folded text, its rowid the
// entry's sort key), the filters on indexed columns, and the look-ups that put a document found by its own
// number or symbol first. What to look up is decided in services/incomingQuery.ts.

export type SearchFilter = z.output<typeof IncomingFilter>;

const SORT_COLUMNS: Record<SearchFilter['sort'], string> = {
  arrival: 'i.sort_key',
  arrivalNumber: 'i.arrival_number',
  documentDate: 'i.document_date',
  symbol: 'i.symbol',
  issuer: '(SELECT k.sort_key FROM issuer_sort_keys k WHERE k.issuer = i.issuer)', // Vietnamese order
};

/** Sort keys as one JSON parameter (read by json_each): any number of them in one prepared statement. */
const asJson = (keys: readonly number[]) => JSON.stringify(keys);

export function createIncomingSearch(db: Db, typeName: (code: string) => string) {
  function where(f: SearchFilter): { clauses: string[]; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => { clauses.push(sql); params.push(...values); };
    if (f.bookId !== undefined) add('i.book_id = ?', f.bookId);
    if (f.year !== undefined) add('i.arrival_date >= ? AND i.arrival_date < ?', `${f.year}-01-01`, `${f.year + 1}-01-01`);
    if (f.arrivalFrom) add('i.arrival_date >= ?', f.arrivalFrom);
    if (f.arrivalTo) add('i.arrival_date <= ?', f.arrivalTo);
    if (f.documentFrom) add('i.document_date >= ?', f.documentFrom);
    if (f.documentTo) add('i.document_date <= ?', f.documentTo);
    if (f.typeCode) add('i.type_code = ?', f.typeCode);
    if (f.issuer) add('i.issuer = ?', f.issuer);
    if (f.handlingUnit) add('instr(i.handling_unit, ?) > 0', f.handlingUnit);
    if (f.secrecy !== undefined) add('i.secrecy = ?', f.secrecy);
    if (f.urgency !== undefined) add('i.urgency = ?', f.urgency);
    if (f.state === 'not_forwarded') add('i.forwarded_date IS NULL');
    if (f.state === 'forwarded') add('i.forwarded_date IS NOT NULL');
    if (f.state === 'overdue') add('i.due_date < ? AND i.resolved_date IS NULL', f.today ?? todayIso());
    return { clauses, params };
  }

  const orderOf = (f: SearchFilter) => {
    const direction = f.order === 'asc' ? 'ASC' : 'DESC';
    return f.sort === 'arrival' ? `i.sort_key ${direction}` : `${SORT_COLUMNS[f.sort]} ${direction}, i.sort_key DESC`;
  };

  /** The full-text match with the filters, leaving out the entries already listed first (`except`). */
  function matchSql(f: SearchFilter, except: readonly number[]) {
    const { clauses, params } = where(f);
    const conditions = ['incoming_fts MATCH ?', ...clauses];
    const exceptParams = except.length ? [asJson(except)] : [];
    if (except.length) conditions.push('f.rowid NOT IN (SELECT value FROM json_each(?))');
    // CROSS JOIN keeps the index as the outer loop, so its rowid order needs no sort; without filters
    // the index alone answers, with no look-up of each matching entry.
    const from = clauses.length ? 'incoming_fts f CROSS JOIN incoming i ON i.sort_key = f.rowid' : 'incoming_fts f';
    return { from, whereSql: conditions.join(' AND '), params: (fts: string) => [fts, ...params, ...exceptParams] };
  }

  const selectByKeys = db.prepare<[string], EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM json_each(?) j CROSS JOIN ${ENTRY_FROM} ON i.sort_key = j.value ORDER BY j.key`);
  const selectByArrivalNumber = db.prepare<[number], number>(
    'SELECT i.sort_key FROM books b CROSS JOIN incoming i ON i.book_id = b.id AND i.arrival_number = ?').pluck();
  const selectSymbolsFrom = db.prepare<[string, string], { sortKey: number; symbol: string }>(
    'SELECT sort_key AS sortKey, symbol FROM incoming WHERE symbol >= ? AND symbol < ?');

  return {
    /** A page of the register without text search, and how many entries the filters keep. */
    browse(f: SearchFilter): { total: number; items: IncomingEntry[] } {
      const { clauses, params } = where(f);
      const whereSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      const rows = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} ${whereSql} ORDER BY ${orderOf(f)} LIMIT ? OFFSET ?`)
        .all(...params, f.limit, f.offset) as EntryRow[];
      const total = db.prepare(`SELECT count(*) FROM incoming i ${whereSql}`).pluck().get(...params) as number;
      return { total, items: rows.map((r) => toEntry(r, typeName)) };
    },

    /**
     * Sort keys of the entries matching the full-text query and the filters, in register order (the
     * direction asked), at most `max`: one walk of the index gives both the page and the count.
     */
    matchingInRegisterOrder(fts: string, f: SearchFilter, except: readonly number[], max: number): number[] {
      const m = matchSql(f, except);
      const direction = f.order === 'asc' ? 'ASC' : 'DESC';
      return db.prepare(`SELECT f.rowid FROM ${m.from} WHERE ${m.whereSql} ORDER BY f.rowid ${direction} LIMIT ?`)
        .pluck().all(...m.params(fts), max) as number[];
    },

    /** A page of the entries matching, sorted by another column than the register order (every match is sorted). */
    matchingSorted(fts: string, f: SearchFilter, except: readonly number[], limit: number, offset: number): number[] {
      const { clauses } = where(f);
      const m = matchSql(f, except);
      // The sort reads entry columns: join even without filters.
      const from = clauses.length ? m.from : 'incoming_fts f CROSS JOIN incoming i ON i.sort_key = f.rowid';
      return db.prepare(`SELECT i.sort_key FROM ${from} WHERE ${m.whereSql} ORDER BY ${orderOf(f)} LIMIT ? OFFSET ?`)
        .pluck().all(...m.params(fts), limit, offset) as number[];
    },

    /** How many entries match, counting no further than `cap`. */
    countMatching(fts: string, f: SearchFilter, except: readonly number[], cap: number): number {
      const m = matchSql(f, except);
      return db.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${m.from} WHERE ${m.whereSql} LIMIT ?)`)
        .pluck().get(...m.params(fts), cap) as number;
    },

    /** Sort keys of the entries holding this arrival number, one per book at most. */
    withArrivalNumber: (n: number): number[] => selectByArrivalNumber.all(n),

    /** Entries whose symbol begins with this number as written ("43", "07") and a separator: "43-…", "43/…". */
    symbolsNumbered(written: string): Array<{ sortKey: number; symbol: string }> {
      // '-' (0x2D), '.' and '/' (0x2F) sort before '0' (0x30): one range of the symbol index holds them all.
      return selectSymbolsFrom.all(`${written}-`, `${written}0`);
    },

    /** The given entries that the filters keep, in the order asked. */
    keep(keys: readonly number[], f: SearchFilter): number[] {
      if (!keys.length) return [];
      const { clauses, params } = where(f);
      const whereSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      return db.prepare(`SELECT i.sort_key FROM json_each(?) j CROSS JOIN incoming i ON i.sort_key = j.value ${whereSql} ORDER BY ${orderOf(f)}`)
        .pluck().all(asJson(keys), ...params) as number[];
    },

    /** The entries of these sort keys, in the same order. */
    entries: (keys: readonly number[]): IncomingEntry[] =>
      keys.length ? selectByKeys.all(asJson(keys)).map((r) => toEntry(r, typeName)) : [],
  };
}

export type IncomingSearch = ReturnType<typeof createIncomingSearch>;
