import type { ReactNode } from 'react';
import { foldForSearch } from '../../../shared/text';

/** Folded search terms of a query ("Đại đoàn" → ["dai", "doan"]), for highlighting matches. */
export function searchTerms(q: string): string[] {
  return [...new Set(foldForSearch(q).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 2))];
}

/** Positions in `folded` where `term` starts a word. */
function findWordStarts(folded: string, term: string): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) found.push(at);
  }
  return found;
}

/**
 * Marks the words of `text` that start with one of the folded terms, the way the server's search
 * matched them: without diacritics and with đ = d, so "dai doan ket" marks "đại đoàn kết". Where the
 * words occur together as typed, only that phrase is marked, not every "kết" in the text.
 */
export function highlight(text: string, terms: string[]): ReactNode {
  if (!terms.length || !text) return text;
  const chars = Array.from(text);
  // One folded character per original character keeps positions aligned.
  const folded = chars.map((c) => {
    const f = foldForSearch(c);
    return f.length === 1 ? f : c.toLowerCase();
  }).join('').replace(/\s/gu, ' ');
  const phrase = terms.length > 1 ? terms.join(' ') : '';
  const wanted = phrase && findWordStarts(folded, phrase).length ? [phrase] : terms;
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of wanted) {
    for (const at of findWordStarts(folded, term)) for (let i = at; i < at + term.length; i++) marked[i] = true;
  }
  if (!marked.includes(true)) return text;
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || marked[i] !== marked[start]) {
      const piece = chars.slice(start, i).join('');
      parts.push(marked[start] ? <mark key={start}>{piece}</mark> : piece);
      start = i;
    }
  }
  return parts;
}
