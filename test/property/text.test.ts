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

  it('the search query is always valid FTS5 syntax made of quoted folded words', () => {
    fc.assert(fc.property(anyText(120), (s) => {
      const q = quickly(1000, () => toFtsQuery(s));
      if (q === null) {
        expect(foldForSearch(s)).not.toMatch(/[\p{L}\p{N}]/u);
        return;
      }
      expect(q).toMatch(/^"[\p{L}\p{N}]+"(?: "[\p{L}\p{N}]+")*\*?$/u);
    }), { numRuns: 500 });
  });
});
