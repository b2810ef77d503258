import { foldForSearch } from '../../../shared/text';

// What the clerk typed in a register's search box, read once for every register: the folded words, the
// full-text query of the incoming register, and whether a document's own symbol matches them.

/** The words typed, folded (no marks, đ → d, lower case); `lastIsPrefix` while the last word is still being typed. */
export interface SearchWords { words: string[]; lastIsPrefix: boolean }

const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function searchWords(text: string): SearchWords {
  return {
    words: wordsOf(foldForSearch(text)),
    lastIsPrefix: !/\s$/u.test(text),
  };
}

// The full-text index keeps every word's first three letters as an index of its own (migration 13), so a
// last word of three letters or more reads one list; a shorter one is spelled out through it below.
const PREFIX_INDEX_LENGTH = 3;
const NEXT_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
const SPELLABLE = /^[a-z0-9]+$/;

/**
 * Turns what the clerk typed into an FTS5 query over the folded index: every word must match,
 * the last one as a prefix so results follow the typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const { words, lastIsPrefix } = searchWords(text);
  if (!words.length) return null;
  const parts = words.map((w) => `"${w}"`);
  if (lastIsPrefix) parts[parts.length - 1] = prefixQuery(words[words.length - 1]!);
  return parts.join(' AND ');
}

/**
 * A word and every longer word it begins. FTS5 answers "w"* by merging the lists of all such words
 * first, which for "k" or "so" meant most of the index (hundreds of milliseconds over a million
 * entries). Below three letters the same set is asked as the word itself, the two-letter words, and
 * the three-letter prefixes, each one list of the index. Folded register text is letters a–z and
 * digits; a word in another script keeps the plain prefix query.
 */
function prefixQuery(word: string): string {
  if (word.length >= PREFIX_INDEX_LENGTH || !SPELLABLE.test(word)) return `"${word}"*`;
  const alternatives = [`"${word}"`];
  let stems = [word];
  while (stems[0]!.length < PREFIX_INDEX_LENGTH - 1) {
    stems = stems.flatMap((s) => NEXT_CHARACTERS.map((c) => s + c));
    alternatives.push(...stems.map((s) => `"${s}"`));
  }
  alternatives.push(...stems.flatMap((s) => NEXT_CHARACTERS.map((c) => `"${s}${c}"*`)));
  return `(${alternatives.join(' OR ')})`;
}

/** The number typed when the search is only a number ("11646"): an arrival or outgoing number. */
export function typedNumber({ words }: SearchWords): number | null {
  return words.length === 1 && /^\d{1,9}$/.test(words[0]!) ? Number(words[0]) : null;
}

/** The numbers among the words ("43" of "NQ 43"): a symbol that matches starts with one of them. */
export function numbersTyped({ words }: SearchWords): number[] {
  return [...new Set(words.filter((w) => /^\d{1,9}$/.test(w)).map(Number))];
}

const isNumber = (w: string) => /^\d+$/.test(w);

/**
 * Whether text holds every word typed as a whole word, the last one begun: the full-text index's rule,
 * for the registers searched by a scan (outgoing, copies).
 */
export function textMatches(text: string, typed: SearchWords): boolean {
  const own = wordsOf(foldForSearch(text));
  const { words, lastIsPrefix } = typed;
  return words.every((w, i) => own.some((o) => (lastIsPrefix && i === words.length - 1 ? o.startsWith(w) : o === w)));
}

/**
 * Whether a document's own symbol holds every word typed, in any order and with any separators:
 * "43-NQ", "NQ 43", "43/NQ-TW", "43 nq tw" all match 43-NQ/TW. Numbers match as numbers ("07" is 7),
 * the last word as a prefix while it is being typed. At least one number is needed: "NQ" alone names a
 * type, not a document.
 */
export function symbolMatches(symbol: string, typed: SearchWords): boolean {
  const { words, lastIsPrefix } = typed;
  if (!words.some(isNumber)) return false;
  const own = wordsOf(foldForSearch(symbol));
  return words.every((w, i) => {
    if (isNumber(w)) return own.some((o) => isNumber(o) && Number(o) === Number(w));
    const prefix = lastIsPrefix && i === words.length - 1;
    return own.some((o) => (prefix ? o.startsWith(w) : o === w));
  });
}
