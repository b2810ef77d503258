// Small tests on the shape of a line shared by the parts of the reader.
import { foldForSearch } from '../text';

/** A line written in capitals (headings, bodies, positions); one stray small letter allowed ("TỔNG Bí THƯ"). */
export function isCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const lower = letters.filter((c) => c !== c.toLocaleUpperCase('vi')).length;
  return lower === 0 || (letters.length >= 8 && lower <= 1);
}

export const folded = (text: string): string => foldForSearch(text).replace(/\s+/g, ' ').trim();

/** The national and Party mottos at the top right, never a body's name. */
export function isMotto(text: string): boolean {
  const f = folded(text);
  return f === 'dang cong san viet nam' || f.startsWith('cong hoa xa hoi chu nghia') ||
    f.startsWith('doc lap - tu do') || f.startsWith('doc lap tu do');
}

/** A signing-authority line: T/M, K/T, T/L, Q. and their dotted forms. */
export const AUTHORITY_RE = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|Q\.|TUQ\.|Q\/)\s*/iu;

/** Lines that are only decoration: "*", rules, underscores. */
export const isDecoration = (text: string): boolean => /^[\s*_\-–—=.·]+$/u.test(text);

/** Dates as the register stores them. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
