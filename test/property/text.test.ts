import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../electron/backend/services/ftsQuery';
import { fixBrokenLetters, foldForSearch, foldSlowly, normalizeText, removeUnsafeCharacters } from '../../shared/text';
import { anyText, letter, quickly, vietnameseChar } from './arbitraries';

// What must never survive removeUnsafeCharacters: controls (but tab and line breaks), bidirectional
// controls, lone surrogates.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const vietnameseText = fc.array(fc.oneof(vietnameseChar, fc.constantFrom(' ', '-', '/', '1', '9')), { maxLength: 80 }).map((cs) => cs.join(''));
const typedText = fc.array(fc.oneof(letter, fc.constantFrom(' ', '-', '/', '1', '9', '😀')), { maxLength: 80 }).map((cs) => cs.join(''));

describe('text folding and hygiene (property)', () => {
  it('folding is idempotent, agrees with its definition on Vietnamese text, and leaves no marks', () => {
    fc.assert(fc.property(vietnameseText, (s) => {
      const folded = foldForSearch(s);
      expect(foldForSearch(folded)).toBe(folded);
      expect(folded).toBe(foldSlowly(s));
      expect(folded).toMatch(/^[a-z0-9 /-]*$/);
    }), { numRuns: 500 });
  });

  it('folding any text never throws nor hangs and is idempotent', () => {
    fc.assert(fc.property(anyText(200), (s) => {
      const folded = quickly(1000, () => foldForSearch(s));
      expect(foldForSearch(folded)).toBe(folded);
    }), { numRuns: 500 });
  });

  it('normalizeText is idempotent and leaves one-line text without unsafe characters', () => {
    fc.assert(fc.property(anyText(200), (s) => {
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
      expect(once).not.toMatch(UNSAFE);
      expect(once).not.toMatch(/^\s|\s$|\s\s|[\n\r\t]/);
      expect(once).toBe(once.normalize('NFC'));
    }), { numRuns: 500 });
  });

  it('removing unsafe characters keeps line breaks and everything else a clerk types', () => {
    fc.assert(fc.property(anyText(200), typedText, (s, safe) => {
      const cleaned = removeUnsafeCharacters(s);
      expect(cleaned).not.toMatch(UNSAFE);
      expect(removeUnsafeCharacters(cleaned)).toBe(cleaned);
      expect(fixBrokenLetters(s)).not.toMatch(UNSAFE);
      const lines = `${safe}\n${safe}\t${safe}`;
      expect(removeUnsafeCharacters(lines)).toBe(lines);
    }), { numRuns: 500 });
  });

  it('the search query is always valid FTS5, whatever was typed', () => {
    const fts = searchIndex([]);
    fc.assert(fc.property(anyText(120), (s) => {
      const q = quickly(1000, () => toFtsQuery(s));
      if (q === null) {
        expect(foldForSearch(s)).not.toMatch(/[\p{L}\p{N}]/u);
        return;
      }
      expect(() => fts.match(q)).not.toThrow();
    }), { numRuns: 500 });
  });

  it('the search finds the entries holding every word typed, the last one begun (short ones spelled out through the index)', () => {
    const syllable = fc.array(fc.oneof(letter, fc.constantFrom('1', '4', '9')), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const entries = fc.array(fc.array(syllable, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 30 });
    const typed = fc.array(syllable, { minLength: 1, maxLength: 3 }).chain((ws) =>
      fc.tuple(fc.constant(ws), fc.integer({ min: 1, max: 4 }), fc.boolean()));
    fc.assert(fc.property(entries, typed, (texts, [words, cut, trailingSpace]) => {
      // The last word as typed so far: its first letters, or the whole word then a space.
      const last = trailingSpace ? `${words.at(-1)} ` : words.at(-1)!.slice(0, cut);
      const q = [...words.slice(0, -1), last].join(' ');
      const expected = texts.flatMap((t, i) => {
        const tokens = foldForSearch(t).split(/[^\p{L}\p{N}]+/u);
        const typedWords = foldForSearch(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const found = typedWords.every((w, k) =>
          tokens.some((tok) => (k === typedWords.length - 1 && !trailingSpace ? tok.startsWith(w) : tok === w)));
        return found ? [i + 1] : [];
      });
      const fts = searchIndex(texts);
      expect(fts.match(toFtsQuery(q)!), q).toEqual(expected);
    }), { numRuns: 300 });
  });
});

/** An in-memory full-text index shaped as the register's (migration 13) over the given texts, rowids from 1. */
function searchIndex(texts: string[]) {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='3')");
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  texts.forEach((text, i) => insert.run(i + 1, foldForSearch(text)));
  const select = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
  return { match: (q: string) => select.all(q) as number[] };
}
