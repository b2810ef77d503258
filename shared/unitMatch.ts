// Finds the bodies of the address book named in a heading such as "Quân uỷ Trung ương và Đảng uỷ Công an
// Trung ương": fold-insensitive (tones, marks, đ, "uỷ"/"ủy"), whole words only, by full or short name.
// Where names overlap ("Ban Dân vận" inside "Ban Dân vận Trung ương") the longest one at a place wins.

import { foldForSearch } from './text';

export interface MatchableUnit {
  id: number;
  name: string;
  shortName: string;
}

/** The words of a text, folded and joined by single spaces, padded so " word " tests whole words. */
export function matchKey(text: string): string {
  const words = foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words === '' ? '' : ` ${words} `;
}

interface Hit { start: number; end: number; id: number }

/** Ids of the bodies named in `text`, in the order they are named, each once. */
export function matchUnits(text: string, units: MatchableUnit[]): number[] {
  const hay = matchKey(text);
  if (hay === '') return [];
  const hits: Hit[] = [];
  for (const unit of units) {
    for (const key of new Set([matchKey(unit.name), matchKey(unit.shortName)])) {
      if (key.trim() === '') continue;
      for (let at = hay.indexOf(key); at >= 0; at = hay.indexOf(key, at + 1)) {
        hits.push({ start: at, end: at + key.length - 1, id: unit.id });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: number[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    reached = hit.end;
    if (!found.includes(hit.id)) found.push(hit.id);
  }
  return found;
}
