// Vietnamese dictionary order as a stored key: SQLite compares text byte by byte and better-sqlite3
// cannot register a collation, so the register keeps this key beside the text and sorts on it.

// The alphabet: ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u.
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',
  'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
// Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
// Letters become the characters A… (after digits, spaces and most punctuation) in alphabet order;
// the ASCII signs that sit among or after those codes ([ _ ~ …) all become "@", just before them.
const FIRST_LETTER_CODE = 0x41;
const OTHER_ASCII_SIGN = '@';
const PART_END = '\u0001';

const LETTER_RANK = new Map(ALPHABET.map((letter, rank) => [letter, String.fromCharCode(FIRST_LETTER_CODE + rank)]));

/** One character's part of the key: [primary, tone digit ('' for what is not a letter)]. */
function partsSlowly(ch: string): [string, string] {
  const parts = ch.toLowerCase().normalize('NFD');
  const tone = TONE_MARKS.findIndex((mark) => parts.includes(mark));
  // The letter without its tone, with its own marks (ă, ê, ơ…) put back together.
  const letter = (tone < 0 ? parts : parts.replace(TONE_MARKS[tone]!, '')).normalize('NFC');
  const rank = LETTER_RANK.get(letter);
  if (rank) return [rank, String(tone + 1)];
  const code = ch.charCodeAt(0);
  return [code < FIRST_LETTER_CODE ? ch : code < 0x80 ? OTHER_ASCII_SIGN : ch, ''];
}

// Every character up to the end of Latin Extended Additional (the precomposed Vietnamese letters),
// looked up instead of decomposed: the key is computed for every entry of a bulk import.
const TABLE_END = 0x1f00;
const PRIMARY: string[] = [];
const TONE: string[] = [];
for (let code = 0; code < TABLE_END; code++) [PRIMARY[code], TONE[code]] = partsSlowly(String.fromCharCode(code));

/**
 * A key whose plain (binary) order is Vietnamese dictionary order: letters first, ignoring case and
 * tones ("Đảng" after "Dân", before "Em"), then tones. Texts that differ only in case share a key.
 */
export function vietnameseSortKey(text: string): string {
  const s = text.normalize('NFC');
  let primary = '';
  let tones = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const [p, t] = code < TABLE_END ? [PRIMARY[code]!, TONE[code]!] : partsSlowly(s[i]!);
    primary += p;
    tones += t;
  }
  return `${primary}${PART_END}${tones}`;
}
