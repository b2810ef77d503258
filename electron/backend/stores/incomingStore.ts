import { INCOMING_FIELDS, type IncomingEditableKey, type IncomingFieldKey } from '../../../shared/registers/incoming';
import type { IncomingEntry } from '../../../shared/schemas';
import { withPlainIndexesRebuilt, withRollbackJournal } from '../db/bulkLoad';
import type { Db } from '../db/openDatabase';
import { entryIndexText } from '../services/incomingIndex';
import { ENTRY_COLUMNS, ENTRY_FROM, type EntryRow, toEntry } from './incomingRow';

// The SQL of the incoming register (sổ văn bản đến): its entries, their full-text index, the issuers' sort
// keys, and the queries of the reports. Services and report code reach these tables only through this module
// and the search's (stores/incomingSearch.ts). Column lists come from the register's description
// (shared/registers/incoming.ts).

/** What the clerk's fields hold once checked (z.output of IncomingInput, book and number resolved). */
export type IncomingValues = { [K in IncomingEditableKey]: IncomingEntry[K] };
/** The clerk's fields as given: book and number may be left to the register (Derived). */
export type TypedValues = Omit<IncomingValues, 'bookId' | 'arrivalNumber'> & { bookId?: number; arrivalNumber?: number };

/**
 * What the register decides for an entry, computed by the service: the book and number it takes, the symbol
 * tidied and the type it implies (these four replace what was typed), and the columns derived from them.
 * Apart, not merged into a copy of the entry: a bulk import writes a million entries.
 */
export interface Derived {
  bookId: number;
  arrivalNumber: number;
  symbol: string;
  typeCode: string;
  /** Register order (stores/incomingRow.sortKeyOf); also the full-text row's id. */
  sortKey: number;
  symbolNumber: number | null;
  issuerCode: string;
  /** The folded text the full-text index holds (services/incomingIndex.ts). */
  searchText: string;
}

export interface EntryLabel { arrivalNumber: number; symbol: string; abstract: string }
export interface BookFigures {
  bookId: number; entryCount: number; firstNumber: number | null; lastNumber: number | null; firstDate: string | null; lastDate: string | null;
}
export interface DateRange { from: string; to: string }
export interface BookQuery { from?: string; to?: string; bookId?: number }

/** From this many entries a load rebuilds the plain indexes once instead of updating them per row. */
const BULK_THRESHOLD = 50_000;

// The columns an insert or an update writes: the fields the clerk edits (those the register decides taken from
// Derived), then the derived columns. Positional parameters, spread into the call: bulk imports insert a
// million rows, and named binding costs a lookup per value (an array bound as one argument, 15% more).
const DECIDED = ['bookId', 'arrivalNumber', 'symbol', 'typeCode'] as const satisfies readonly (keyof Derived & IncomingEditableKey)[];
const TYPED = INCOMING_FIELDS.filter((f) => f.editable && !(DECIDED as readonly string[]).includes(f.key)).map((f) => f.key) as
  Exclude<IncomingEditableKey, (typeof DECIDED)[number]>[];
const DERIVED_COLUMNS = { sortKey: 'sort_key', symbolNumber: 'symbol_number', issuerCode: 'issuer_code' } as const;
const DERIVED = Object.keys(DERIVED_COLUMNS) as (keyof typeof DERIVED_COLUMNS)[];
const column = (key: string) => INCOMING_FIELDS.find((f) => f.key === key)!.column;
const WRITTEN = [...TYPED.map(column), ...DECIDED.map(column), ...Object.values(DERIVED_COLUMNS)];

function writtenValues(v: TypedValues, d: Derived, extra: readonly unknown[]): unknown[] {
  const params: unknown[] = [];
  for (const key of TYPED) params.push(v[key] ?? null);
  for (const key of DECIDED) params.push(d[key]);
  for (const key of DERIVED) params.push(d[key]);
  for (const x of extra) params.push(x);
  return params;
}

export function createIncomingStore(db: Db, typeName: (code: string) => string) {
  const entryOf = (row: EntryRow) => toEntry(row, typeName);

  const selectEntry = db.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.id = ?`);
  const selectMaxNumber = db.prepare<[number], number | null>('SELECT max(arrival_number) FROM incoming WHERE book_id = ?').pluck();
  const selectHolder = db.prepare<[number, number], EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.book_id = ? AND i.arrival_number = ?`);
  const selectSameSymbol = db.prepare<[string, string | null, number], EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.symbol = ? AND i.document_date IS ? AND i.id <> ? AND i.cancelled_at IS NULL ORDER BY i.sort_key LIMIT 20`);
  const insertRow = db.prepare(`INSERT INTO incoming (${WRITTEN.join(', ')}, is_sample, created_at, updated_at)
    VALUES (${WRITTEN.map(() => '?').join(', ')}, ?, ?, ?)`);
  const updateRow = db.prepare(`UPDATE incoming SET ${WRITTEN.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`);
  const selectSortKey = db.prepare<[number], number>('SELECT sort_key FROM incoming WHERE id = ?').pluck();
  const markCancelled = db.prepare('UPDATE incoming SET cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ? AND cancelled_at IS NULL');
  // The full-text index's rowid is the entry's sort key, so a search walks it in register order. Kept here,
  // not by triggers: FTS5 flushes its buffer at every trigger's statement savepoint (bulk inserts 10× slower).
  const insertText = db.prepare('INSERT INTO incoming_fts (rowid, body) VALUES (?, ?)');
  const deleteText = db.prepare('DELETE FROM incoming_fts WHERE rowid = ?');
  // The row also holds the text read from the entry's files (a scan's OCR): a word only in the file finds it.
  const selectAttachedText = db.prepare<[number], string>('SELECT text FROM attachments WHERE entry_id = ? AND text IS NOT NULL ORDER BY id').pluck();
  const withAttachedText = (id: number, fieldsText: string): string => {
    const texts = selectAttachedText.all(id);
    return texts.length ? entryIndexText(fieldsText, texts) : fieldsText;
  };
  // Sorting by issuer reads this key of each distinct name (see migration 6).
  const insertIssuerKey = db.prepare('INSERT OR IGNORE INTO issuer_sort_keys (issuer, sort_key) VALUES (?, ?)');
  const countAll = db.prepare<[], number>('SELECT count(*) FROM incoming').pluck();
  const selectNumbers = db.prepare<[number], number>('SELECT arrival_number FROM incoming WHERE book_id = ?').pluck();
  const selectFirstArrival = db.prepare<[], string | null>('SELECT min(arrival_date) FROM incoming').pluck();
  const selectVolume = db.prepare<[number], number>('SELECT count(*) FROM books b JOIN books o ON o.year = b.year AND o.id <= b.id WHERE b.id = ?').pluck();
  const selectExists = db.prepare<[number], number>('SELECT 1 FROM incoming WHERE id = ?').pluck();
  const selectLabel = db.prepare<[number], EntryLabel>('SELECT arrival_number AS arrivalNumber, symbol, abstract FROM incoming WHERE id = ?');
  const selectSampleId = db.prepare<[string, string], number>('SELECT id FROM incoming WHERE issuer = ? AND symbol = ? AND is_sample = 1').pluck();
  // Each book's figures read from the (book_id, arrival_number) index, book by book.
  const selectBookFigures = db.prepare<[], BookFigures>(`
    SELECT b.id AS bookId,
      (SELECT count(*) FROM incoming i WHERE i.book_id = b.id) AS entryCount,
      (SELECT min(arrival_number) FROM incoming i WHERE i.book_id = b.id) AS firstNumber,
      (SELECT max(arrival_number) FROM incoming i WHERE i.book_id = b.id) AS lastNumber,
      (SELECT min(arrival_date) FROM incoming i WHERE i.book_id = b.id) AS firstDate,
      (SELECT max(arrival_date) FROM incoming i WHERE i.book_id = b.id) AS lastDate
    FROM books b`);

  return {
    get: (id: number): IncomingEntry | undefined => {
      const row = selectEntry.get(id);
      return row ? entryOf(row) : undefined;
    },
    /** The book's highest arrival number, 0 for an empty book. Call inside the writing transaction. */
    lastNumber: (bookId: number): number => selectMaxNumber.get(bookId) ?? 0,
    /** Every arrival number used in a book (the import checks a whole sheet against them). */
    numbersIn: (bookId: number): number[] => selectNumbers.all(bookId),
    holderOf: (bookId: number, arrivalNumber: number): IncomingEntry | undefined => {
      const row = selectHolder.get(bookId, arrivalNumber);
      return row ? entryOf(row) : undefined;
    },
    /** Entries not cancelled with this symbol and document date, other than `excludeId`. */
    sameSymbol: (symbol: string, documentDate: string | null, excludeId: number): IncomingEntry[] =>
      selectSameSymbol.all(symbol, documentDate, excludeId).map(entryOf),
    count: (): number => countAll.get()!,
    /** Whether an entry with this id is in the register (cancelled ones too: they keep their number). */
    exists: (id: number): boolean => selectExists.get(id) !== undefined,
    /** What names an entry in the history of changes: its arrival number, symbol and abstract. */
    labelOf: (id: number): EntryLabel | undefined => selectLabel.get(id),
    /** The sample entry with this issuer and symbol (the sample's tasks cite them), null when none. */
    sampleIdOf: (issuer: string, symbol: string): number | null => selectSampleId.get(issuer, symbol) ?? null,
    /** Every book's entry count, first and last arrival number and date (null for an empty book). */
    bookFigures: (): BookFigures[] => selectBookFigures.all(),

    /** Inserts one entry and its full-text row (a new entry has no files yet); the caller holds the write transaction. */
    insert(values: TypedValues, d: Derived, isSample: boolean, now: string): number {
      const id = Number(insertRow.run(...writtenValues(values, d, [isSample ? 1 : 0, now, now])).lastInsertRowid);
      insertText.run(d.sortKey, d.searchText);
      return id;
    },
    /** Writes every field of one entry and moves its full-text row to its new sort key. */
    update(id: number, values: TypedValues, d: Derived, now: string): void {
      const oldKey = selectSortKey.get(id)!;
      updateRow.run(...writtenValues(values, d, [now, id]));
      deleteText.run(oldKey);
      insertText.run(d.sortKey, withAttachedText(id, d.searchText));
    },
    /**
     * Writes the entry's full-text row again after its files changed (a file with text added or removed):
     * `fieldsText` is its fields' folded text (services/incomingIndex.searchTextOf). Call inside the change's transaction.
     */
    rewriteText(id: number, fieldsText: string): void {
      const key = selectSortKey.get(id)!;
      deleteText.run(key);
      insertText.run(key, withAttachedText(id, fieldsText));
    },
    /** Marks an entry cancelled; false when it already was. */
    cancel: (id: number, reason: string, now: string): boolean => markCancelled.run(now, reason, now, id).changes === 1,
    rememberIssuer: (issuer: string, sortKey: string): void => { insertIssuerKey.run(issuer, sortKey); },

    /** Runs fn in a write transaction taken at once (BEGIN IMMEDIATE): two writers cannot read the same last number. */
    writing: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    /**
     * Runs a load of `count` entries in one write transaction; a large one under a rollback journal and with
     * the plain indexes rebuilt once at the end (db/bulkLoad).
     */
    loading<T>(count: number, fn: () => T): T {
      const bulk = count >= BULK_THRESHOLD;
      const load = () => (bulk ? withPlainIndexesRebuilt(db, 'incoming', fn) : fn());
      const run = () => db.transaction(load).immediate();
      return bulk ? withRollbackJournal(db, run) : run();
    },

    // --- What the reports read --------------------------------------------------------------------------

    /**
     * Entries not cancelled that arrived in one of the ranges, counted by key: "1" or "0" for each range, then
     * the type code, issuer, handling unit, urgency and secrecy, joined by \u0001. SQLite reads the period
     * from the arrival-date index alone and sorts the keys itself: a year's register is 400,000 entries but a
     * few thousand keys, and only those cross into JavaScript.
     */
    arrivalCounts(ranges: readonly DateRange[]): Array<[key: string, count: number]> {
      const span = spanOf(ranges);
      // concat_ws builds each key in one allocation (a chain of || allocates at each step).
      const sql = `SELECT concat_ws(char(1), ${ranges.map(() => '(arrival_date BETWEEN ? AND ?)').join(' || ')},
          type_code, issuer, handling_unit, urgency, secrecy) AS k, count(*)
        FROM incoming WHERE arrival_date >= ? AND arrival_date <= ? AND cancelled_at IS NULL GROUP BY k`;
      return db.prepare(sql).raw().all(...ranges.flatMap((r) => [r.from, r.to]), span.from, span.to) as Array<[string, number]>;
    },
    /**
     * Entries not cancelled with a due date that arrived in one of the ranges, counted by their handling state
     * in each range, one letter per range: o = resolved on time, l = late (resolved late, or due before the
     * range's `asOf` and not resolved), p = pending, - = not in that range.
     */
    handlingCounts(ranges: readonly (DateRange & { asOf: string })[]): Array<[key: string, count: number]> {
      const span = spanOf(ranges);
      const state = ranges.map(() => `CASE WHEN arrival_date BETWEEN ? AND ? THEN (CASE WHEN resolved_date IS NOT NULL
          THEN (CASE WHEN resolved_date <= due_date THEN 'o' ELSE 'l' END) WHEN due_date < ? THEN 'l' ELSE 'p' END) ELSE '-' END`).join(' || ');
      const sql = `SELECT ${state} AS k, count(*) FROM incoming
        WHERE arrival_date >= ? AND arrival_date <= ? AND due_date IS NOT NULL AND cancelled_at IS NULL GROUP BY k`;
      return db.prepare(sql).raw().all(...ranges.flatMap((r) => [r.from, r.to, r.asOf]), span.from, span.to) as Array<[string, number]>;
    },
    /** The register's first arrival date (null when empty): before it a period has no figures, not zero. */
    firstArrival: (): string | null => selectFirstArrival.get() ?? null,
    /** The entries of a book or a date range in the book's order (date, book, arrival number): the fields asked. */
    bookRows<F extends IncomingFieldKey>(q: BookQuery, fields: readonly F[]): Array<Pick<IncomingEntry, F>> {
      const clauses: string[] = [];
      const params: unknown[] = [];
      if (q.bookId !== undefined) { clauses.push('book_id = ?'); params.push(q.bookId); }
      if (q.from) { clauses.push('arrival_date >= ?'); params.push(q.from); }
      if (q.to) { clauses.push('arrival_date <= ?'); params.push(q.to); }
      const columns = fields.map((key) => `${INCOMING_FIELDS.find((f) => f.key === key)!.column} AS "${key}"`);
      return db.prepare(`SELECT ${columns.join(', ')} FROM incoming WHERE ${clauses.join(' AND ')} ORDER BY arrival_date, book_id, arrival_number`)
        .all(...params) as Array<Pick<IncomingEntry, F>>;
    },
    /** "Quyển số": the book's place among the books of its year, in the order they were opened. */
    volumeOf: (bookId: number): number => selectVolume.get(bookId)!,
  };
}

function spanOf(ranges: readonly DateRange[]): DateRange {
  return { from: ranges.map((r) => r.from).sort()[0]!, to: ranges.map((r) => r.to).sort().at(-1)! };
}

export type IncomingStore = ReturnType<typeof createIncomingStore>;
