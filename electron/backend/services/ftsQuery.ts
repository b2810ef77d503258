import { foldForSearch } from '../../../shared/text';

/**
 * Turns what the clerk typed into an FTS5 query over the folded index: every word must match,
 * the last one as a prefix so results follow the typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return null;
  const endsWithSpace = /\s$/u.test(text);
  return words
    .map((w, i) => (i === words.length - 1 && !endsWithSpace ? `"${w}"*` : `"${w}"`))
    .join(' ');
}
