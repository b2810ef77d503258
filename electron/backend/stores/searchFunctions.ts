import type { Db } from '../db/openDatabase';
import { searchWords, symbolMatches, textMatches, type SearchWords } from '../services/ftsQuery';

// The search of the registers read by a scan (outgoing, copies: a few thousand rows a term, no full-text
// index) as SQL functions, with the incoming search's rules (services/ftsQuery.ts): every word typed found
// as a word, and the documents whose own symbol holds the words typed listed first.

/** What was typed, read once per statement rather than once per row. */
let lastTyped: { text: string; words: SearchWords } = { text: '', words: searchWords('') };
function typedOf(text: unknown): SearchWords {
  const t = String(text ?? '');
  if (t !== lastTyped.text) lastTyped = { text: t, words: searchWords(t) };
  return lastTyped.words;
}

/** search_matches(text, typed) and symbol_matches(symbol, typed): 1 or 0. */
export function registerSearchFunctions(db: Db): void {
  db.function('search_matches', { deterministic: true }, (text: unknown, typed: unknown) => (textMatches(String(text ?? ''), typedOf(typed)) ? 1 : 0));
  db.function('symbol_matches', { deterministic: true }, (symbol: unknown, typed: unknown) => (symbolMatches(String(symbol ?? ''), typedOf(typed)) ? 1 : 0));
}
