import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixBrokenLetters, normalizeText } from '../../shared/text';
import { anyText, letter, vietnameseChar } from './arbitraries';

// normalizeText takes a short way for text that is already clean: it must give exactly what the full
// cleaning gives, for Vietnamese text as typed, as PDFs break it, and for any text at all.

const slowNormalize = (s: string) => fixBrokenLetters(s).replace(/\s+/g, ' ').trim();
const edges = fc.constantFrom(' ', '  ', '\t', '\n', '\u00A0', 'ƣ', 'Ƣ', '\u0300', '\u00AD', '\u200B', '\u202E', '\u0374', '\u037E', '\uD800', '\u007F', 'A\u030A');
const typed = fc.array(fc.oneof(letter, vietnameseChar, fc.constantFrom(' ', '  ', '-', '/', '1', '(', '"')), { maxLength: 80 }).map((cs) => cs.join(''));
const mixed = fc.array(fc.oneof(letter, vietnameseChar, edges), { maxLength: 60 }).map((cs) => cs.join(''));

describe('normalizeText: the short way for clean text (property)', () => {
  it('gives what the full cleaning gives', () => {
    for (const text of [typed, mixed, anyText(200)]) {
      fc.assert(fc.property(text, (s) => {
        expect(normalizeText(s)).toBe(slowNormalize(s));
      }), { numRuns: 1000 });
    }
  });

  it('every precomposed Vietnamese letter is left as it is', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toUpperCase();
    expect(normalizeText(`  ${all}  x `)).toBe(`${all.normalize('NFC')} x`);
    expect(normalizeText('Ban Thƣờng vụ')).toBe('Ban Thường vụ');
  });
});
