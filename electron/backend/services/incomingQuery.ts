import { INCOMING_SEARCHABLE } from '../../../shared/registers/incoming';
import type { IncomingEntry, IncomingFilter } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { createIncomingSearch, type SearchFilter } from '../stores/incomingSearch';
import { numbersTyped, searchWords, symbolMatches, textMatches, toFtsQuery, typedNumber, type SearchWords } from './ftsQuery';

/** Past this many full-text matches the count is reported as "at least N" to keep typing instant. */
export const COUNT_CAP = 10_000;

/**
 * Searching and filtering the register. What was typed finds entries through the full-text index; the
 * entries it names outright come first — the one holding the number typed as its arrival number, then
 * those whose own symbol holds every word typed ("NQ 43" → 43-NQ/TW) — then the other matches in the
 * order asked (SQL: stores/incomingSearch.ts).
 */
export function createIncomingQuery(db: Db, typeName: (code: string) => string) {
  const store = createIncomingSearch(db, typeName);

  /** The entries listed before the other matches, filters applied, each group in the order asked. */
  function listedFirst(typed: SearchWords, f: SearchFilter): number[] {
    const arrivalNumber = typedNumber(typed);
    const byNumber = arrivalNumber === null ? [] : store.keep(store.withArrivalNumber(arrivalNumber), f);
    const bySymbol = new Set<number>();
    for (const n of numbersTyped(typed)) {
      // "7" also finds a symbol written "07/2021/NĐ-CP".
      for (const written of n < 10 ? [String(n), `0${n}`] : [String(n)]) {
        for (const c of store.symbolsNumbered(written)) if (symbolMatches(c.symbol, typed)) bySymbol.add(c.sortKey);
      }
    }
    for (const k of byNumber) bySymbol.delete(k);
    return [...byNumber, ...store.keep([...bySymbol], f)];
  }

  function list(f: SearchFilter): { total: number; totalIsLowerBound: boolean; items: IncomingEntry[] } {
    const fts = f.q ? toFtsQuery(f.q) : null;
    if (!fts) return { ...store.browse(f), totalIsLowerBound: false };

    const typed = searchWords(f.q!);
    const first = listedFirst(typed, f);
    const firstOnPage = first.slice(f.offset, f.offset + f.limit);
    const restOffset = Math.max(0, f.offset - first.length);
    const restLimit = f.limit - firstOnPage.length;
    let rest: number[];
    let restCount: number;
    if (f.sort === 'arrival') {
      // One walk of the index in register order gives the page and the count (up to the cap): counting
      // apart walked the same lists a second time, half the time of a search.
      const walked = store.matchingInRegisterOrder(fts, f, first, Math.max(COUNT_CAP + 1, restOffset + restLimit));
      rest = walked.slice(restOffset, restOffset + restLimit);
      restCount = walked.length;
    } else {
      rest = restLimit > 0 ? store.matchingSorted(fts, f, first, restLimit, restOffset) : [];
      restCount = store.countMatching(fts, f, first, COUNT_CAP + 1);
    }
    const counted = first.length + restCount;
    return {
      total: Math.min(counted, COUNT_CAP),
      totalIsLowerBound: counted > COUNT_CAP,
      items: [...store.entries(firstOnPage), ...store.entries(rest).map((e) => markFoundInFile(e, typed))],
    };
  }

  /** A text match that the entry's fields alone do not hold came from its files' text (a scan's OCR): the list says so. */
  function markFoundInFile(e: IncomingEntry, typed: SearchWords): IncomingEntry {
    if (!e.attachmentCount || textMatches(INCOMING_SEARCHABLE.map((k) => e[k]).join(' '), typed)) return e;
    return { ...e, foundInFile: true };
  }

  return { list };
}

export type { IncomingFilter };
export type IncomingQuery = ReturnType<typeof createIncomingQuery>;
