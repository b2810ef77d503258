// Text hygiene for Vietnamese text pasted from PDFs and Word (docs/trade.md, "Text hygiene").

// Characters removed from every text before it is stored or parsed:
// - invisible characters that PDF and Word copies leave behind (soft hyphen, zero-width spaces, BOM);
// - control characters other than tab and line breaks (NUL, ESC, DEL, the C1 range);
// - bidirectional marks, overrides and isolates, which can make "x.pdf\u202Efdp.exe" look like "x.pdfexe.pdf";
// - lone halves of a surrogate pair, which no font can show and no file format can store.
const UNSAFE_RE =
  /[\u00AD\u200B-\u200F\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A terminal escape sequence (colours, cursor moves, window titles) goes whole, not just its ESC.
const ESCAPE_SEQUENCE_RE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])?/g;

/** The text without the characters above (line breaks and tabs are kept). */
export function removeUnsafeCharacters(s: string): string {
  const withoutEscapes = s.includes('\u001B') ? s.replace(ESCAPE_SEQUENCE_RE, '') : s;
  return withoutEscapes.replace(UNSAFE_RE, '');
}

/**
 * NFC plus the letter fixes PDF extraction needs ("ƣ"/"Ƣ", a legacy-font artefact, for "ư"/"Ư"),
 * unsafe characters removed, without touching line breaks or spacing. Use it when the line
 * structure still matters.
 */
export function fixBrokenLetters(s: string): string {
  // Replace first, then compose: a broken "ƣ" may carry a combining tone mark after it.
  return removeUnsafeCharacters(s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư')).normalize('NFC');
}

/**
 * Text that normalizeText leaves as it is but for spaces: printable ASCII and the precomposed Latin letters
 * Vietnamese uses (Latin-1, Extended-A and -B but the broken "Ƣ"/"ƣ", Extended Additional). None of them changes
 * under NFC or is unsafe, and the only whitespace is the plain space.
 */
const PLAIN_TEXT_RE = /^[\x20-\x7E\u00C0-\u01A1\u01A4-\u024F\u1E00-\u1EFF]*$/;

/** NFC, broken letters fixed, every run of whitespace (line breaks included) made one space, trimmed. */
export function normalizeText(s: string): string {
  // Most text is already clean (every cell of an imported register, every field checked at the contract):
  // one test of the characters instead of normalising, removing and replacing.
  if (PLAIN_TEXT_RE.test(s)) return (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s).trim();
  return fixBrokenLetters(s).replace(/\s+/g, ' ').trim();
}

/**
 * Key for search and matching: no tone or vowel marks, "đ" → "d", lower case.
 * Unlike SQLite's remove_diacritics, this folds "đ/Đ" too; apply it to the index and to every query.
 */
export function foldForSearch(s: string): string {
  // A table of every Latin letter's folding (built once from foldSlowly) makes the common case a
  // lookup per character, written into a reusable buffer and decoded once: it runs once per indexed
  // entry (a million in a bulk import) and per query.
  const n = s.length;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    const folded = code < FOLD_TABLE_END ? FOLD_CODES[code] : MANY_UNITS;
    if (folded === DROPPED) continue;
    if (folded === MANY_UNITS) return foldCharByChar(s); // rare: a letter folding to several units
    foldBuffer[k++] = folded;
  }
  return UTF16.decode(new Uint8Array(foldBuffer.buffer, 0, k * 2));
}

function foldCharByChar(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += code < FOLD_TABLE_END ? FOLD_TABLE[code] : foldSlowly(ch);
  }
  return out;
}

/** The definition of the folding: NFD, marks and invisible characters removed, đ/ƣ folded, lower case. */
export function foldSlowly(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS_AND_INVISIBLE_RE, '')
    .replace(/[đĐƣƢ]/g, (c) => FOLDED_LETTERS[c])
    .toLowerCase();
}

const MARKS_AND_INVISIBLE_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const FOLDED_LETTERS: Record<string, string> = { đ: 'd', Đ: 'D', ƣ: 'u', Ƣ: 'U' };
// Up to the end of Latin Extended Additional (U+1EFF), which holds the precomposed Vietnamese letters.
const FOLD_TABLE_END = 0x1f00;
const FOLD_TABLE: string[] = Array.from({ length: FOLD_TABLE_END }, (_, code) => foldSlowly(String.fromCharCode(code)));
// The same table as UTF-16 code units, with two markers that no letter folds to.
const DROPPED = 0xfffe;
const MANY_UNITS = 0xffff;
const FOLD_CODES = Uint16Array.from(FOLD_TABLE, (f) => (f.length === 1 ? f.charCodeAt(0) : f.length === 0 ? DROPPED : MANY_UNITS));
const UTF16 = new TextDecoder('utf-16le');
let foldBuffer = new Uint16Array(1024);

/**
 * "Tên loại và trích yếu" as the register shows it: the type name first unless the abstract already
 * starts with it. Only a leading "Về" is lowered ("Công văn về việc…"); names keep their capitals.
 */
export function typeAndAbstract(typeName: string, abstract: string): string {
  if (!typeName || abstract.toLocaleLowerCase('vi').startsWith(typeName.toLocaleLowerCase('vi'))) return abstract;
  return `${typeName} ${abstract.replace(/^Về(?=\s)/u, 'về')}`;
}
