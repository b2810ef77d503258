import { foldForSearch } from '../../../shared/text';
import type { NumberingRule, Term } from '../../../shared/registers/numbering';
import { OUTGOING_FIELDS, type OutgoingFieldKey } from '../../../shared/registers/outgoing';
import type { Db } from '../db/openDatabase';
import { registerSearchFunctions } from './searchFunctions';

// The SQL of the outgoing register (sổ văn bản đi), its terms and its numbering rule. Services and report
// code reach these tables only through this module. The column list and the row mapping come from the
// register's description (shared/registers/outgoing.ts).

type Value = string | number | null | string[];
export type OutgoingValues = Record<OutgoingFieldKey, Value>;
export interface OutgoingRecord extends OutgoingValues { id: number; termName: string; answersSymbol: string; isSample: boolean; createdAt: string }

export interface OutgoingQuery { folded?: string; from?: string; to?: string; status?: string; answersIncomingId?: number; offset: number; limit: number }

const COLUMNS = OUTGOING_FIELDS.map((f) => f.column);
const SEARCHABLE = OUTGOING_FIELDS.filter((f) => f.searchable).map((f) => `o.${f.column}`);

/** A stored value as the API carries it: lists are JSON text in the database. */
function fromColumn(type: string, v: unknown): Value {
  if (type === 'textList') return JSON.parse(String(v ?? '[]')) as string[];
  return (v ?? null) as Value;
}
const toColumn = (type: string, v: Value): unknown => (type === 'textList' ? JSON.stringify(v ?? []) : v);

function toRecord(row: Record<string, unknown>): OutgoingRecord {
  const values = Object.fromEntries(OUTGOING_FIELDS.map((f) => [f.key, fromColumn(f.type, row[f.column])])) as OutgoingValues;
  return {
    ...values, id: row.id as number, termName: (row.term_name as string | null) ?? '', answersSymbol: (row.answers_symbol as string | null) ?? '',
    isSample: row.is_sample === 1, createdAt: row.created_at as string,
  };
}

export function createOutgoingStore(db: Db) {
  db.function('fold_search', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
  registerSearchFunctions(db);
  const SELECT = `SELECT o.*, t.name AS term_name, i.symbol AS answers_symbol FROM outgoing o
    LEFT JOIN terms t ON t.id = o.term_id LEFT JOIN incoming i ON i.id = o.answers_incoming_id`;
  const insertRow = db.prepare(`INSERT INTO outgoing (${COLUMNS.join(', ')}, is_sample, created_at)
    VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @is_sample, @created_at)`);
  const selectOne = db.prepare(`${SELECT} WHERE o.id = ?`);
  const lastNumber = db.prepare<[string], number | null>('SELECT max(number) FROM outgoing WHERE series = ?').pluck();
  const holder = db.prepare(`${SELECT} WHERE o.series = ? AND o.number = ?`);
  const selectTerms = db.prepare<[], Term>('SELECT id, name, from_date AS "from", to_date AS "to" FROM terms ORDER BY from_date');
  const insertTerm = db.prepare('INSERT INTO terms (name, from_date, to_date) VALUES (?, ?, ?)');
  const closeTerm = db.prepare('UPDATE terms SET to_date = ?, name = ? WHERE id = ?');
  const selectRule = db.prepare<[string], { rule: 'party' | 'state'; secret: number }>('SELECT rule, secret_own_series AS secret FROM numbering_rules WHERE register = ?');
  const upsertRule = db.prepare(`INSERT INTO numbering_rules (register, rule, secret_own_series) VALUES (?, ?, ?)
    ON CONFLICT (register) DO UPDATE SET rule = excluded.rule, secret_own_series = excluded.secret_own_series`);
  const incomingBySymbol = db.prepare<[string], number>('SELECT id FROM incoming WHERE symbol = ? COLLATE NOCASE ORDER BY id LIMIT 1').pluck();
  const incomingExists = db.prepare<[number], number>('SELECT id FROM incoming WHERE id = ?').pluck();
  const countsByType = db.prepare<[string, string], { typeCode: string; typeName: string; count: number }>(`SELECT type_code AS typeCode,
      max(type_name) AS typeName, count(*) AS count FROM outgoing WHERE status = 'issued' AND document_date BETWEEN ? AND ?
    GROUP BY type_code ORDER BY count DESC, type_code`);
  // The newest issued document of this symbol (a Party symbol recurs only in another term).
  const issuedBySymbol = db.prepare<[string], number>(`SELECT id FROM outgoing WHERE symbol = ? COLLATE NOCASE AND status = 'issued'
    ORDER BY document_date DESC, id DESC LIMIT 1`).pluck();
  const byAnswer = db.prepare(`${SELECT} WHERE o.answers_incoming_id = ? AND o.status = 'issued' ORDER BY o.document_date, o.id`);

  function insertValues(values: OutgoingValues, extra: { isSample: boolean; createdAt: string }): number {
    const params: Record<string, unknown> = { is_sample: extra.isSample ? 1 : 0, created_at: extra.createdAt };
    for (const f of OUTGOING_FIELDS) params[f.column] = toColumn(f.type, values[f.key]);
    return Number(insertRow.run(params).lastInsertRowid);
  }

  function where(q: Omit<OutgoingQuery, 'offset' | 'limit'>): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (q.from) { clauses.push('o.document_date >= ?'); params.push(q.from); }
    if (q.to) { clauses.push('o.document_date <= ?'); params.push(q.to); }
    if (q.status) { clauses.push('o.status = ?'); params.push(q.status); }
    if (q.answersIncomingId !== undefined) { clauses.push('o.answers_incoming_id = ?'); params.push(q.answersIncomingId); }
    if (q.folded) {
      // Every searchable field of the description, each word typed found as a word, diacritics aside
      // ("bao cao" finds "Báo cáo", "BC/TU 15" finds 15-BC/TU).
      clauses.push(`search_matches(${SEARCHABLE.join(" || ' ' || ")}, ?)`);
      params.push(q.folded);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    terms: (): Term[] => selectTerms.all(),
    addTerm: (name: string, from: string, to: string | null): number => Number(insertTerm.run(name, from, to).lastInsertRowid),
    closeTerm: (id: number, to: string, name: string): void => { closeTerm.run(to, name, id); },

    rule: (register = 'outgoing'): NumberingRule => {
      const r = selectRule.get(register);
      return { rule: r?.rule ?? 'party', secretOwnSeries: r?.secret === 1 };
    },
    setRule: (rule: NumberingRule, register = 'outgoing'): void => { upsertRule.run(register, rule.rule, rule.secretOwnSeries ? 1 : 0); },

    /** The next number of a series; call inside the inserting transaction. */
    nextNumber: (series: string): number => (lastNumber.get(series) ?? 0) + 1,
    /** Whether the series has no number yet (its first number may be any: a paper register moved in mid-term). */
    seriesEmpty: (series: string): boolean => lastNumber.get(series) == null,
    holderOf: (series: string, number: number): OutgoingRecord | undefined => {
      const row = holder.get(series, number) as Record<string, unknown> | undefined;
      return row ? toRecord(row) : undefined;
    },
    insert: insertValues,
    get: (id: number): OutgoingRecord | undefined => {
      const row = selectOne.get(id) as Record<string, unknown> | undefined;
      return row ? toRecord(row) : undefined;
    },
    /** Writes the given fields of one entry (keys of the description). */
    update: (id: number, values: Partial<OutgoingValues>): void => {
      const fields = OUTGOING_FIELDS.filter((f) => values[f.key] !== undefined);
      if (!fields.length) return;
      const params: Record<string, unknown> = { id };
      for (const f of fields) params[f.column] = toColumn(f.type, values[f.key]!);
      db.prepare(`UPDATE outgoing SET ${fields.map((f) => `${f.column} = @${f.column}`).join(', ')} WHERE id = @id`).run(params);
    },
    incomingIdOf: (symbol: string): number | undefined => incomingBySymbol.get(symbol),
    issuedIdOf: (symbol: string): number | undefined => issuedBySymbol.get(symbol),
    incomingExists: (id: number): boolean => incomingExists.get(id) !== undefined,

    list(q: OutgoingQuery, order: 'asc' | 'desc' = 'desc'): { total: number; rows: OutgoingRecord[] } {
      const w = where(q);
      const total = db.prepare(`SELECT count(*) FROM outgoing o ${w.sql}`).pluck().get(...w.params) as number;
      const dir = order === 'asc' ? 'ASC' : 'DESC';
      // The documents whose own symbol holds the words typed (its number among them) come first.
      const symbolFirst = q.folded ? 'symbol_matches(o.symbol, ?) DESC, ' : '';
      const rows = db.prepare(`${SELECT} ${w.sql} ORDER BY ${symbolFirst}o.document_date ${dir}, o.series, o.number ${dir} LIMIT ? OFFSET ?`)
        .all(...w.params, ...(q.folded ? [q.folded] : []), q.limit, q.offset) as Array<Record<string, unknown>>;
      return { total, rows: rows.map(toRecord) };
    },
    /** Issued documents by type between two dates (statistics: "ban hành"). */
    issuedByType: (from: string, to: string) => countsByType.all(from, to),
    /** The issued documents that answer or implement an incoming one (the review report). */
    answering: (incomingId: number): OutgoingRecord[] => (byAnswer.all(incomingId) as Array<Record<string, unknown>>).map(toRecord),

    /** Runs fn in a write transaction taken at once (BEGIN IMMEDIATE): two writers cannot read the same last number. */
    writing: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  };
}

export type OutgoingStore = ReturnType<typeof createOutgoingStore>;
