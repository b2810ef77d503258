import type { z } from 'zod';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { type EntryDates, entryDateProblems } from '../../../shared/entryDates';
import { type IncomingEntry, IncomingInput, IncomingPatch } from '../../../shared/schemas';
import { vietnameseSortKey } from '../../../shared/collation';
import { parseSymbol } from '../../../shared/symbol';
import { foldForSearch } from '../../../shared/text';
import { INCOMING_EDITABLE } from '../../../shared/registers/incoming';
import { MAX_ARRIVAL_NUMBER, MAX_BOOKS, sortKeyOf } from '../stores/incomingRow';
import type { Derived, IncomingStore, IncomingValues, TypedValues } from '../stores/incomingStore';
import { type BookService, defaultBookName } from './books';
import { nowIso, todayIso } from './clock';
import { diff, type History } from './history';
import { searchTextOf } from './incomingIndex';
import type { KnownValues } from './knownValues';
import type { TypeCodeService } from './typeCodes';

type Input = z.output<typeof IncomingInput>;
type Patch = z.output<typeof IncomingPatch>;
type Stored = IncomingValues;

export interface IncomingDeps { books: BookService; history: History; known: KnownValues; typeCodes: TypeCodeService }

/** Registering and editing incoming documents: numbering, symbol parsing, duplicates, history. */
export function createIncomingService(store: IncomingStore, deps: IncomingDeps) {
  const { books, history, known, typeCodes } = deps;

  function get(id: number): IncomingEntry {
    const entry = store.get(id);
    if (!entry) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đến có mã ${id}.`);
    return entry;
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
    return store.lastNumber(bookId) + 1;
  }

  function assertNumberFree(bookId: number, arrivalNumber: number, selfId: number | null): void {
    if (arrivalNumber > MAX_ARRIVAL_NUMBER) {
      throw new AppError('VALIDATION', `Số đến quá lớn (tối đa ${MAX_ARRIVAL_NUMBER}).`, { arrivalNumber: 'Số đến quá lớn.' });
    }
    const h = store.holderOf(bookId, arrivalNumber);
    if (h && h.id !== selfId) {
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

  /** What the register decides for an entry in `bookId` under `arrivalNumber`: the symbol tidied, and what derives. */
  function decide(e: TypedValues, bookId: number, arrivalNumber: number): Derived {
    const p = symbolParts(e.symbol, e.typeCode);
    return {
      bookId, arrivalNumber, symbol: p.symbol, typeCode: p.typeCode,
      sortKey: sortKeyOf(e.arrivalDate, bookId, arrivalNumber), symbolNumber: p.symbolNumber, issuerCode: p.issuerCode,
      searchText: searchTextOf(e, { symbol: p.symbol }),
    };
  }

  /**
   * The same directive often arrives twice (network, then paper): warn and name the earlier entry. A cancelled
   * entry is no earlier entry (it was a mistake, often this very duplicate).
   */
  function duplicatesOf(entry: DuplicateProbe): IncomingEntry[] {
    if (!entry.symbol) return [];
    const issuer = foldForSearch(entry.issuer);
    return store.sameSymbol(entry.symbol, entry.documentDate, entry.id)
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
    store.rememberIssuer(e.issuer, vietnameseSortKey(e.issuer));
    known.remember('issuer', e.issuer);
    if (e.handlingUnit) known.remember('handlingUnit', e.handlingUnit);
    if (e.fileCode) known.remember('fileCode', e.fileCode);
  }

  /** Inserts one entry into `bookId`; the caller holds the write transaction and checked the number. */
  function insertEntry(input: Input, bookId: number, arrivalNumber: number, isSample: boolean, now = nowIso(), today = todayIso()): number {
    checkDates(input, today);
    // Values straight from the input, no copy of the entry: bulk imports insert a million of them.
    return store.insert(input, decide(input, bookId, arrivalNumber), isSample, now);
  }

  /** Registers one entry; number assignment and insert share one IMMEDIATE transaction. */
  function register(input: Input & { confirmJump?: boolean }, options: { isSample?: boolean } = {}) {
    let jumped: string | null = null;
    const entry = store.writing(() => {
      const book = resolveBook(input.bookId, input.arrivalDate);
      const next = nextNumberIn(book.id);
      const arrivalNumber = input.arrivalNumber ?? next;
      assertNumberFree(book.id, arrivalNumber, null);
      jumped = checkJump(book, next, arrivalNumber, input.confirmJump === true);
      const id = insertEntry(input, book.id, arrivalNumber, options.isSample ?? false);
      rememberTyped(input);
      return get(id);
    });
    return { entry, warnings: [...(jumped ? [jumped] : []), ...warningsFor(entry)] };
  }

  /**
   * Registers many entries in one transaction (sample data, imports, the benchmark): the same checks
   * and numbering as register(), without per-entry reads back or duplicate warnings.
   */
  function importMany(inputs: Input[], options: { isSample?: boolean } = {}): number {
    return store.loading(inputs.length, () => {
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
    });
  }

  function updateEntry(id: number, patch: Patch, options: { confirmJump?: boolean } = {}) {
    let jumped: string | null = null;
    const entry = store.writing(() => {
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
      store.update(id, next, decide(next, next.bookId, next.arrivalNumber), nowIso());
      const after = get(id);
      const changes = diff(editableFields(before), editableFields(after));
      if (Object.keys(changes).length) history.record(id, 'update', changes);
      rememberTyped(next);
      return after;
    });
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

/** The fields the clerk edits, from a saved entry (the register's description names them). */
function editableFields(e: IncomingEntry): Stored {
  return Object.fromEntries(INCOMING_EDITABLE.map((key) => [key, e[key]])) as Stored;
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
