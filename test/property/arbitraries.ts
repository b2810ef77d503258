import fc from 'fast-check';

// Inputs for the parsers' properties: what a clerk types or pastes, and what nobody should.

/** Vietnamese letters (precomposed and decomposed), ASCII, spaces and line breaks. */
const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'
  + 'AĂÂĐÊÔƠƯÁẮẤÉẾÍÓỐỚÚỨÝ';
/** A letter a clerk types: kept as it is by every cleaning step. */
export const letter = fc.constantFrom(...VIETNAMESE);
/** Letters as pasted: also decomposed marks, PDF artefacts and invisible characters. */
export const vietnameseChar = fc.oneof(
  letter,
  fc.constantFrom('a\u0301', 'e\u0323', 'o\u031B\u0300', 'ƣ', 'Ƣ', '\u00AD', '\u200B'),
);

/** Characters that must never be stored: controls, escapes, bidirectional controls, lone surrogates. */
export const unsafeChar = fc.constantFrom(
  '\u0000', '\u0007', '\u001B', '\u001B[31m', '\u001B]0;x\u0007', '\u007F', '\u009B',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
);

/** Any text: Vietnamese, any UTF-16 unit (lone surrogates included), the unsafe ones. */
export function anyText(maxLength: number) {
  const unit = fc.oneof(
    { weight: 4, arbitrary: vietnameseChar },
    { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '-', '/', '.', ',', ':', '{', '}', '{{', '}}', '"', '*', '(', ')') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    { weight: 1, arbitrary: unsafeChar },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
  );
  return fc.array(unit, { maxLength }).map((parts) => parts.join(''));
}

/** Text made of the words a parser looks for, so that the properties reach its rules, not just its refusal. */
export function phraseOf(words: readonly string[], maxWords: number) {
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '/', '-', '.', ',', '\n') },
    { weight: 1, arbitrary: anyText(3) },
  );
  return fc.array(word, { maxLength: maxWords }).map((ws) => ws.join(' '));
}

/**
 * Asserts that fn runs in less than `ms` milliseconds: a parser must never hang, whatever it reads. The
 * limits are far above the usual milliseconds, so that a busy machine does not fail them; a hang does.
 */
export function quickly<T>(ms: number, fn: () => T): T {
  const started = performance.now();
  const value = fn();
  const took = performance.now() - started;
  if (took > ms) throw new Error(`took ${Math.round(took)} ms (limit ${ms} ms)`);
  return value;
}
