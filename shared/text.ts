// Text hygiene for Vietnamese text pasted from PDFs and Word (GUIDE §2 "Text hygiene").

// Invisible characters that PDF and Word copies leave behind.
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * NFC plus the letter fixes PDF extraction needs ("ƣ"/"Ƣ", a legacy-font artefact, for "ư"/"Ư"),
 * without touching line breaks or spacing. Use it when the line structure still matters.
 */
export function fixBrokenLetters(s: string): string {
  // Replace first, then compose: a broken "ƣ" may carry a combining tone mark after it.
  return s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư').replace(INVISIBLE_RE, '').normalize('NFC');
}

/** NFC, broken letters fixed, every run of whitespace (line breaks included) made one space, trimmed. */
export function normalizeText(s: string): string {
  return fixBrokenLetters(s).replace(/\s+/g, ' ').trim();
}

/**
 * Key for search and matching: no tone or vowel marks, "đ" → "d", lower case.
 * Unlike SQLite's remove_diacritics, this folds "đ/Đ" too; apply it to the index and to every query.
 */
export function foldForSearch(s: string): string {
  return fixBrokenLetters(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
