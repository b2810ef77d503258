import type { z } from 'zod';
import type { IncomingEntry, IncomingFilter } from '../../../shared/schemas';
import type { IncomingFilter as FilterSchema } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { parseSymbol } from '../../../shared/symbol';
import { todayIso } from './clock';
import { toFtsQuery } from './ftsQuery';
import { ENTRY_COLUMNS, ENTRY_FROM, type EntryRow, toEntry } from './incomingRow';

type Filter = z.output<typeof FilterSchema>;

const SORT_COLUMNS: Record<Filter['sort'], string> = {
  arrival: 'i.sort_key',
  arrivalNumber: 'i.arrival_number',
  documentDate: 'i.document_date',
  symbol: 'i.symbol',
  issuer: '(SELECT k.sort_key FROM issuer_sort_keys k WHERE k.issuer = i.issuer)', // Vietnamese order
};

/** Past this many full-text matches the count is reported as "at least N" to keep typing instant. */
export const COUNT_CAP = 10_000;

/** Searching and filtering the register: FTS5 on folded text, filters on indexed columns. */
export function createIncomingQuery(db: Db, typeName: (code: string) => string) {
  function where(f: Filter): { clauses: string[]; params: unknown[] } {
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
    if (f.handlingUnit) add("instr(i.handling_unit, ?) > 0", f.handlingUnit);
    if (f.secrecy !== undefined) add('i.secrecy = ?', f.secrecy);
    if (f.urgency !== undefined) add('i.urgency = ?', f.urgency);
    if (f.state === 'not_forwarded') add('i.forwarded_date IS NULL');
    if (f.state === 'forwarded') add('i.forwarded_date IS NOT NULL');
    if (f.state === 'overdue') add('i.due_date < ? AND i.resolved_date IS NULL', f.today ?? todayIso());
    return { clauses, params };
  }

  function list(f: Filter): { total: number; totalIsLowerBound: boolean; items: IncomingEntry[] } {
    const { clauses, params } = where(f);
    const fts = f.q ? toFtsQuery(f.q) : null;
    const direction = f.order === 'asc' ? 'ASC' : 'DESC';
    const orderBy = f.sort === 'arrival'
      ? `i.sort_key ${direction}`
      : `${SORT_COLUMNS[f.sort]} ${direction}, i.sort_key DESC`;

    if (fts) {
      // The full-text rowid is the register's sort key: walking it backwards gives newest first and
      // lets SQLite stop after one page instead of sorting every match.
      const whereSql = ['incoming_fts MATCH ?', ...clauses].join(' AND ');
      // CROSS JOIN keeps the index as the outer loop, so the rowid order needs no sort.
      const from = 'incoming_fts f CROSS JOIN incoming i ON i.sort_key = f.rowid';
      const ftsOrder = f.sort === 'arrival' ? `f.rowid ${direction}` : orderBy;
      // A full symbol typed ("43-NQ/TW") puts that document before those that merely cite it.
      const symbol = parseSymbol(f.q!);
      const exactFirst = symbol.ok ? `i.symbol = ? DESC, ` : '';
      const rows = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM ${from} WHERE ${whereSql} ORDER BY ${exactFirst}${ftsOrder} LIMIT ? OFFSET ?`)
        .all(...(symbol.ok ? [fts, ...params, symbol.normalized] : [fts, ...params]), f.limit, f.offset) as EntryRow[];
      // Without filters the index alone can count: no lookup of each matching entry.
      const countFrom = clauses.length ? 'incoming_fts f CROSS JOIN incoming i ON i.sort_key = f.rowid' : 'incoming_fts f';
      const counted = db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM ${countFrom} WHERE ${whereSql} LIMIT ?)`)
        .get(fts, ...params, COUNT_CAP + 1) as { n: number };
      return {
        total: Math.min(counted.n, COUNT_CAP),
        totalIsLowerBound: counted.n > COUNT_CAP,
        items: rows.map((r) => toEntry(r, typeName)),
      };
    }

    const whereSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} ${whereSql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
      .all(...params, f.limit, f.offset) as EntryRow[];
    const counted = db.prepare(`SELECT count(*) AS n FROM incoming i ${whereSql}`).get(...params) as { n: number };
    return { total: counted.n, totalIsLowerBound: false, items: rows.map((r) => toEntry(r, typeName)) };
  }

  return { list };
}

export type { IncomingFilter };
export type IncomingQuery = ReturnType<typeof createIncomingQuery>;
