import type { z } from 'zod';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { type EntryDates, entryDateProblems } from '../../../shared/entryDates';
import { type IncomingEntry, IncomingInput, IncomingPatch } from '../../../shared/schemas';
import { vietnameseSortKey } from '../../../shared/collation';
import { parseSymbol } from '../../../shared/symbol';
import { foldForSearch } from '../../../shared/text';
import { withPlainIndexesRebuilt, withRollbackJournal } from '../db/bulkLoad';
import type { Db } from '../db/openDatabase';
import { type BookService, defaultBookName } from './books';
import { nowIso, todayIso } from './clock';
import { diff, type History } from './history';
import { ENTRY_COLUMNS, ENTRY_FROM, type EntryRow, MAX_ARRIVAL_NUMBER, MAX_BOOKS, sortKeyOf, toEntry } from './incomingRow';
import { createIncomingIndex } from './incomingIndex';
import type { KnownValues } from './knownValues';
import type { TypeCodeService } from './typeCodes';

type Input = z.output<typeof IncomingInput>;
type Patch = z.output<typeof IncomingPatch>;
type Stored = Omit<Input, 'bookId' | 'arrivalNumber'> & { bookId: number; arrivalNumber: number };

/** From this many entries an import rebuilds the plain indexes once instead of updating them per row. */
const BULK_THRESHOLD = 50_000;

export interface IncomingDeps { books: BookService; history: History; known: KnownValues; typeCodes: TypeCodeService }

/** Registering and editing incoming documents: numbering, symbol parsing, duplicates, history. */
export function createIncomingService(db: Db, deps: IncomingDeps) {
  const { books, history, known, typeCodes } = deps;

  const selectEntry = db.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.id = ?`);
  const selectMaxNumber = db.prepare<[number], { n: number | null }>('SELECT max(arrival_number) AS n FROM incoming WHERE book_id = ?');
  const selectHolder = db.prepare<[number, number], EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.book_id = ? AND i.arrival_number = ?`);
  const selectSameSymbol = db.prepare<[string, string | null, number], EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE i.symbol = ? AND i.document_date IS ? AND i.id <> ? AND i.cancelled_at IS NULL ORDER BY i.sort_key LIMIT 20`);
  // Positional parameters: bulk imports insert a million rows and named binding costs a lookup per value.
  const insert = db.prepare(`
    INSERT INTO incoming (book_id, arrival_number, arrival_date, sort_key, received_via, issuer, symbol,
      symbol_number, issuer_code, document_date, type_code, abstract, secrecy, urgency, pages, copies,
      handling_unit, forwarded_date, due_date, resolved_date, reply_symbol, received_by, file_code, notes,
      is_sample, created_at, updated_at)
    VALUES (${Array(27).fill('?').join(', ')})`);
  const update = db.prepare(`
    UPDATE incoming SET book_id = @bookId, arrival_number = @arrivalNumber, arrival_date = @arrivalDate,
      sort_key = @sortKey, received_via = @receivedVia, issuer = @issuer, symbol = @symbol,
      symbol_number = @symbolNumber, issuer_code = @issuerCode, document_date = @documentDate,
      type_code = @typeCode, abstract = @abstract, secrecy = @secrecy, urgency = @urgency, pages = @pages,
      copies = @copies, handling_unit = @handlingUnit, forwarded_date = @forwardedDate, due_date = @dueDate,
      resolved_date = @resolvedDate, reply_symbol = @replySymbol, received_by = @receivedBy,
      file_code = @fileCode, notes = @notes, updated_at = @now
    WHERE id = @id`);

  // Sorting by issuer reads this key of each distinct name (see migration 6).
  const insertIssuerKey = db.prepare('INSERT OR IGNORE INTO issuer_sort_keys (issuer, sort_key) VALUES (?, ?)');
  const selectSortKey = db.prepare<[number], { sort_key: number }>('SELECT sort_key FROM incoming WHERE id = ?');
  const index = createIncomingIndex(db);

  const entryOf = (row: EntryRow) => toEntry(row, typeCodes.nameOf);

  function get(id: number): IncomingEntry {
    const row = selectEntry.get(id);
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đến có mã ${id}.`);
    return entryOf(row);
  }

  function resolveBook(bookId: number | undefined, arrivalDate: string) {
    const year = Number(arrivalDate.slice(0, 4));
    const book = bookId ? books.get(bookId) : books.defaultFor(year);
    if (book.year !== year) {
      throw new AppError('VALIDATION', `Ngày đến ${toDisplayDate(arrivalDate)} không thuộc năm của sổ "${book.name}" (${book.year}).`,
        { arrivalDate: `Ngày đến phải thuộc năm ${book.year}.` });
    }
    if (book.id > MAX_BOOKS) throw new AppError('VALIDATION', 'Đã vượt quá số sổ tối đa (999).');
    return book;
  }

  /** Next arrival number of a book: the caller holds the write transaction, so no two writers share it. */
  function nextNumberIn(bookId: number): number {
    return (selectMaxNumber.get(bookId)?.n ?? 0) + 1;
  }

  function assertNumberFree(bookId: number, arrivalNumber: number, selfId: number | null): void {
    if (arrivalNumber > MAX_ARRIVAL_NUMBER) {
      throw new AppError('VALIDATION', `Số đến quá lớn (tối đa ${MAX_ARRIVAL_NUMBER}).`, { arrivalNumber: 'Số đến quá lớn.' });
    }
    const holder = selectHolder.get(bookId, arrivalNumber);
    if (holder && holder.id !== selfId) {
      const h = entryOf(holder);
      throw new AppError('CONFLICT',
        `Số đến ${arrivalNumber} đã dùng trong "${h.bookName}" cho văn bản ${describeEntry(h)}.`,
        { arrivalNumber: `Số đến ${arrivalNumber} đã được dùng.` }, { holder: h });
    }
  }

  function checkDates(e: EntryDates, today = todayIso()): void {
    const fields = entryDateProblems(e, today);
    if (fields) throw new AppError('VALIDATION', Object.values(fields)[0], fields);
  }

  /** What the symbol adds to an entry: its tidy form, the type it implies, its number and issuer code. */
  function symbolParts(symbolText: string, typedType: string) {
    const parsed = symbolText ? parseSymbol(symbolText, typeCodes.vocabulary()) : null;
    if (!parsed?.ok) return { symbol: symbolText, typeCode: typedType, symbolNumber: null, issuerCode: '' };
    // Typing a symbol fills in the type when the clerk left it empty.
    return { symbol: parsed.normalized, typeCode: typedType || (parsed.value.typeCode ?? ''), symbolNumber: parsed.value.number, issuerCode: parsed.value.issuerCode };
  }

  function columnsOf(e: Stored, isSample: boolean, now = nowIso()) {
    return {
      ...e, ...symbolParts(e.symbol, e.typeCode),
      pages: e.pages ?? null, copies: e.copies ?? null,
      sortKey: sortKeyOf(e.arrivalDate, e.bookId, e.arrivalNumber),
      isSample: isSample ? 1 : 0, now,
    };
  }


  /**
   * The same directive often arrives twice (network, then paper): warn and name the earlier entry. A cancelled
   * entry is no earlier entry (it was a mistake, often this very duplicate).
   */
  function duplicatesOf(entry: DuplicateProbe): IncomingEntry[] {
    if (!entry.symbol) return [];
    const issuer = foldForSearch(entry.issuer);
    return selectSameSymbol.all(entry.symbol, entry.documentDate, entry.id).map(entryOf)
      .filter((d) => !issuer || !d.issuer || foldForSearch(d.issuer) === issuer);
  }

  function warningsFor(entry: DuplicateProbe, duplicates = duplicatesOf(entry)): string[] {
    return duplicates.map((d) =>
      `Văn bản ${entry.symbol}${entry.documentDate ? ` ngày ${toDisplayDate(entry.documentDate)}` : ''} đã có trong sổ: ` +
      `số đến ${d.arrivalNumber} ngày ${toDisplayDate(d.arrivalDate)} (${d.bookName}, ${receivedLabel(d.receivedVia)}).`);
  }

  /** Duplicates of an entry not saved yet (the form asks while the clerk types), found as register() would. */
  function findDuplicates(q: { symbol: string; documentDate: string | null; issuer: string; excludeId?: number }) {
    const probe = { id: q.excludeId ?? 0, symbol: symbolParts(q.symbol, '').symbol, documentDate: q.documentDate, issuer: q.issuer };
    const duplicates = duplicatesOf(probe);
    return { duplicates, warnings: warningsFor(probe, duplicates) };
  }

  /**
   * A number past the book's next one leaves numbers unused and moves every later entry: refused unless
   * confirmed, and once confirmed the warning that says what it did. A book without entries may start at
   * any number (a register moved into Văn thư mid-year).
   */
  function checkJump(book: { name: string }, next: number, arrivalNumber: number, confirmed: boolean): string | null {
    if (next === 1 || arrivalNumber <= next) return null;
    if (confirmed) return describeDoneJump(book.name, next, arrivalNumber);
    throw new AppError('CONFLICT', describeJump(book.name, next, arrivalNumber),
      { arrivalNumber: `Số tiếp theo của sổ là ${next}.` },
      { jump: { bookName: book.name, next, arrivalNumber }, hint: 'Gửi lại với "confirmJump": true nếu đúng là số này.' });
  }

  function rememberTyped(e: Pick<Stored, 'issuer' | 'handlingUnit' | 'fileCode'>): void {
    insertIssuerKey.run(e.issuer, vietnameseSortKey(e.issuer));
    known.remember('issuer', e.issuer);
    if (e.handlingUnit) known.remember('handlingUnit', e.handlingUnit);
    if (e.fileCode) known.remember('fileCode', e.fileCode);
  }

  /** Inserts one entry into `bookId`; the caller holds the write transaction and checked the number. */
  function insertEntry(input: Input, bookId: number, arrivalNumber: number, isSample: boolean, now = nowIso(), today = todayIso()): number {
    checkDates(input, today);
    // Values straight from the input, no copy of the entry: bulk imports insert a million of them.
    const p = symbolParts(input.symbol, input.typeCode);
    const sortKey = sortKeyOf(input.arrivalDate, bookId, arrivalNumber);
    const id = Number(insert.run(
      bookId, arrivalNumber, input.arrivalDate, sortKey, input.receivedVia, input.issuer, p.symbol,
      p.symbolNumber, p.issuerCode, input.documentDate, p.typeCode, input.abstract, input.secrecy, input.urgency,
      input.pages ?? null, input.copies ?? null, input.handlingUnit, input.forwardedDate, input.dueDate,
      input.resolvedDate, input.replySymbol, input.receivedBy, input.fileCode, input.notes, isSample ? 1 : 0, now, now,
    ).lastInsertRowid);
    index.add(sortKey, { abstract: input.abstract, symbol: p.symbol, issuer: input.issuer, notes: input.notes });
    return id;
  }


  /** Registers one entry; number assignment and insert share one IMMEDIATE transaction. */
  function register(input: Input & { confirmJump?: boolean }, options: { isSample?: boolean } = {}) {
    let jumped: string | null = null;
    const entry = db.transaction(() => {
      const book = resolveBook(input.bookId, input.arrivalDate);
      const next = nextNumberIn(book.id);
      const arrivalNumber = input.arrivalNumber ?? next;
      assertNumberFree(book.id, arrivalNumber, null);
      jumped = checkJump(book, next, arrivalNumber, input.confirmJump === true);
      const id = insertEntry(input, book.id, arrivalNumber, options.isSample ?? false);
      rememberTyped(input);
      return get(id);
    }).immediate();
    return { entry, warnings: [...(jumped ? [jumped] : []), ...warningsFor(entry)] };
  }

  /**
   * Registers many entries in one transaction (sample data, imports, the benchmark): the same checks
   * and numbering as register(), without per-entry reads back or duplicate warnings.
   */
  function importMany(inputs: Input[], options: { isSample?: boolean } = {}): number {
    const bulk = inputs.length >= BULK_THRESHOLD;
    const load = (fn: () => number) => (bulk ? withPlainIndexesRebuilt(db, 'incoming', fn) : fn());
    const journal = (fn: () => number) => (bulk ? withRollbackJournal(db, fn) : fn());
    return journal(() => db.transaction(() => load(() => {
      // Per book (or per year for the default book): the book and the next free number, looked up once.
      const books = new Map<string, { id: number; year: string; next: number }>();
      const typed = new Map<string, Input>();
      const now = nowIso();
      const today = todayIso();
      for (const input of inputs) {
        const key = input.bookId ? `id:${input.bookId}` : `year:${input.arrivalDate.slice(0, 4)}`;
        let book = books.get(key);
        if (!book || book.year !== input.arrivalDate.slice(0, 4)) {
          const found = resolveBook(input.bookId, input.arrivalDate); // throws on a year outside the book
          book = { id: found.id, year: String(found.year), next: nextNumberIn(found.id) };
          books.set(key, book);
        }
        // A number below the book's maximum may already be taken: check it; above it cannot be.
        const arrivalNumber = input.arrivalNumber ?? book.next;
        if (arrivalNumber < book.next) assertNumberFree(book.id, arrivalNumber, null);
        insertEntry(input, book.id, arrivalNumber, options.isSample ?? false, now, today);
        book.next = Math.max(book.next, arrivalNumber + 1);
        typed.set(`${input.issuer}\u0000${input.handlingUnit}\u0000${input.fileCode}`, input);
      }
      for (const stored of typed.values()) rememberTyped(stored);
      return inputs.length;
    })).immediate());
  }

  function updateEntry(id: number, patch: Patch, options: { confirmJump?: boolean } = {}) {
    let jumped: string | null = null;
    const entry = db.transaction(() => {
      const before = get(id);
      const current = editableFields(before);
      const next: Stored = { ...current, ...stripUndefined(patch) } as Stored;
      if (patch.bookId !== undefined || patch.arrivalDate !== undefined) {
        const book = resolveBook(next.bookId, next.arrivalDate);
        if (book.id !== before.bookId && patch.arrivalNumber === undefined) next.arrivalNumber = nextNumberIn(book.id);
        next.bookId = book.id;
      }
      assertNumberFree(next.bookId, next.arrivalNumber, id);
      // A number typed in the edit obeys the same rule as a new entry's.
      if (patch.arrivalNumber !== undefined && (next.arrivalNumber !== before.arrivalNumber || next.bookId !== before.bookId)) {
        jumped = checkJump(books.get(next.bookId), nextNumberIn(next.bookId), next.arrivalNumber, options.confirmJump === true);
      }
      checkDates(next);
      const oldKey = selectSortKey.get(id)!.sort_key;
      const columns = columnsOf(next, before.isSample);
      update.run({ ...columns, id });
      index.replace(oldKey, columns.sortKey, columns);
      const after = get(id);
      const changes = diff(editableFields(before), editableFields(after));
      if (Object.keys(changes).length) history.record(id, 'update', changes);
      rememberTyped(next);
      return after;
    }).immediate();
    return { entry, warnings: [...(jumped ? [jumped] : []), ...warningsFor(entry)] };
  }

  /** The number the next entry would get; the year's default book is only named, not created. */
  function nextNumber(bookId: number | undefined, arrivalDate: string) {
    const year = Number(arrivalDate.slice(0, 4));
    const book = bookId ? resolveBook(bookId, arrivalDate) : books.findDefault(year);
    if (!book) return { bookId: null, bookName: defaultBookName(year), arrivalNumber: 1 };
    return { bookId: book.id, bookName: book.name, arrivalNumber: nextNumberIn(book.id) };
  }

  return { get, register, importMany, update: updateEntry, nextNumber, duplicatesOf, findDuplicates };
}

function editableFields(e: IncomingEntry): Stored {
  return {
    bookId: e.bookId, arrivalNumber: e.arrivalNumber, arrivalDate: e.arrivalDate, receivedVia: e.receivedVia,
    issuer: e.issuer, symbol: e.symbol, documentDate: e.documentDate, typeCode: e.typeCode, abstract: e.abstract,
    secrecy: e.secrecy, urgency: e.urgency, pages: e.pages, copies: e.copies, handlingUnit: e.handlingUnit,
    forwardedDate: e.forwardedDate, dueDate: e.dueDate, resolvedDate: e.resolvedDate, replySymbol: e.replySymbol,
    receivedBy: e.receivedBy, fileCode: e.fileCode, notes: e.notes,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What an entry needs to be compared with the register: a saved entry, or one the clerk is typing (id 0). */
type DuplicateProbe = Pick<IncomingEntry, 'id' | 'symbol' | 'documentDate' | 'issuer'>;

/** The numbers a jump from `next` to `arrivalNumber` leaves unused, in words. */
function unusedNumbers(next: number, arrivalNumber: number): string {
  return arrivalNumber - next === 1 ? `số ${next}` : `${arrivalNumber - next} số, từ ${next} đến ${arrivalNumber - 1}`;
}

/** What registering `arrivalNumber` would do to the book when `next` is its next number. */
function describeJump(bookName: string, next: number, arrivalNumber: number): string {
  return `Số tiếp theo của "${bookName}" là ${next}. Vào sổ số đến ${arrivalNumber} sẽ bỏ trống ${unusedNumbers(next, arrivalNumber)}; ` +
    `các văn bản vào sổ sau sẽ được đánh số tiếp từ ${arrivalNumber + 1}.`;
}

/** The same, once done (a warning of the saved entry). */
function describeDoneJump(bookName: string, next: number, arrivalNumber: number): string {
  return `Đã vào sổ số đến ${arrivalNumber} khi số tiếp theo của "${bookName}" là ${next}: bỏ trống ${unusedNumbers(next, arrivalNumber)}; ` +
    `các văn bản vào sổ sau được đánh số tiếp từ ${arrivalNumber + 1}.`;
}

function describeEntry(e: IncomingEntry): string {
  const symbol = e.symbol ? `${e.symbol} ` : '';
  return `${symbol}(số đến ${e.arrivalNumber}, ngày đến ${toDisplayDate(e.arrivalDate)})`;
}

function receivedLabel(via: IncomingEntry['receivedVia']): string {
  return via === 'network' ? 'qua mạng' : via === 'paper' ? 'bản giấy' : 'hình thức khác';
}

export type IncomingService = ReturnType<typeof createIncomingService>;
