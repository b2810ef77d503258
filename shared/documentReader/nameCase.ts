// Bodies' names written in capitals ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG BỘ TỈNH LẠNG SƠN") in the
// normal case the register uses ("Ban Chấp hành Trung ương", "Đảng bộ tỉnh Lạng Sơn").
import { foldForSearch } from '../text';

// Phrases whose capitals are fixed, as written in the register (folded key → the words' capitals).
// Each entry lists which words of the phrase start with a capital.
const PHRASES: Array<[string, boolean[]]> = [
  ['ban chap hanh trung uong', [true, true, false, true, false]],
  ['ban chap hanh', [true, true, false]],
  ['ban thuong vu', [true, true, false]],
  ['ban bi thu', [true, true, false]],
  ['bo chinh tri', [true, true, false]],
  ['trung uong', [true, false]],
  ['tinh uy', [true, false]], ['huyen uy', [true, false]], ['thanh uy', [true, false]], ['dang uy', [true, false]],
  ['quan uy', [true, false]], ['thi uy', [true, false]],
  ['uy ban kiem tra', [true, false, true, false]],
  ['uy ban nhan dan', [true, false, false, false]],
  ['hoi dong nhan dan', [true, false, false, false]],
  ['mat tran to quoc viet nam', [true, false, true, false, true, true]],
  ['viet nam', [true, true]],
  ['quoc hoi', [true, false]], ['chinh phu', [true, false]],
  ['van phong', [true, false]],
  ['dang', [true]],
];
// A Ban of a committee: "Ban Dân vận", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Nội chính", "Ban Kinh tế".
const BAN_NAMES = ['dan van', 'tuyen giao', 'to chuc', 'noi chinh', 'kinh te', 'tuyen giao va dan van', 'doi ngoai', 'bao ve suc khoe'];
// Words after which a place name follows: every word of it takes a capital.
const PLACE_WORDS = new Set(['tinh', 'huyen', 'quan', 'xa', 'phuong', 'thi tran', 'thi xa', 'thanh pho']);
const ROMAN_RE = /^[IVXLC]+$/u;
// Abbreviations stay in capitals: no vowel, or three consonants in a row ("UBND", "HĐND", "BCH", "TW").
function isAbbreviation(word: string): boolean {
  const f = foldForSearch(word).replace(/^ngh/, 'n');
  return f.length > 1 && /^\p{L}+$/u.test(f) && (!/[aeiouy]/.test(f) || /[^aeiouy]{3}/.test(f));
}

const capitalize = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/** A name in capitals in normal case; a name already in normal case is returned as it is. */
export function nameCase(text: string): string {
  const original = text.trim().split(/\s+/u);
  if (original.length === 0 || original[0] === '') return '';
  if (/\p{Ll}{2}/u.test(text)) return original.join(' '); // already written in normal case
  const words = original.map((w) => w.toLocaleLowerCase('vi'));
  const keys = words.map((w) => foldForSearch(w));
  const caps = words.map(() => false);
  caps[0] = true;
  for (let i = 0; i < words.length; i++) {
    for (const [phrase, marks] of PHRASES) {
      const parts = phrase.split(' ');
      if (parts.every((p, k) => keys[i + k] === p)) {
        marks.forEach((m, k) => { if (m) caps[i + k] = true; });
      }
    }
    if (keys[i] === 'ban') {
      for (const name of BAN_NAMES) {
        const parts = name.split(' ');
        if (parts.every((p, k) => keys[i + 1 + k] === p)) caps[i + 1] = true;
      }
    }
    // "Sở Nội vụ", "Bộ Tài chính": the department's own name starts with a capital.
    if ((keys[i] === 'so' || keys[i] === 'bo') && keys[i + 1] !== undefined && !PLACE_WORDS.has(keys[i + 1]) && keys[i + 1] !== 'chinh') caps[i + 1] = true;
    const two = `${keys[i]} ${keys[i + 1] ?? ''}`;
    const placeStart = PLACE_WORDS.has(two) ? i + 2 : PLACE_WORDS.has(keys[i]) && i > 0 ? i + 1 : -1;
    if (placeStart > 0) for (let k = placeStart; k < words.length; k++) caps[k] = true;
    // "Tỉnh ủy Lạng Sơn": a committee followed by its place.
    if (/^(tinh|huyen|thanh|thi|dang) uy$/.test(two)) for (let k = i + 2; k < words.length; k++) caps[k] = true;
  }
  return words
    .map((w, i) => {
      if (ROMAN_RE.test(original[i]) && i > 0) return original[i];
      if (isAbbreviation(original[i])) return original[i];
      return caps[i] ? capitalize(w) : w;
    })
    .join(' ');
}
