// Secrecy and urgency marks, printed alone in capitals near the top of the first page.
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../codes';
import { folded, isCapitals } from './lineShape';
import type { Found, Line } from './types';

// Folded mark → the value the register stores. Longest first, so "TỐI MẬT" is not read as "MẬT".
const MARKS: Array<[string, 'secrecy' | 'urgency', string]> = [
  ['tuyet mat', 'secrecy', SECRECY_LEVELS[2]], ['toi mat', 'secrecy', SECRECY_LEVELS[1]], ['mat', 'secrecy', SECRECY_LEVELS[0]],
  ['thuong khan', 'urgency', URGENCY_LEVELS[1]], ['hoa toc', 'urgency', URGENCY_LEVELS[2]], ['khan', 'urgency', URGENCY_LEVELS[0]],
];

export interface Marks { secrecy: Found<string> | null; urgency: Found<string> | null }

/** A line made only of marks ("MẬT", "THƯỢNG KHẨN", "TỐI MẬT HỎA TỐC") among the first lines. */
export function readMarks(lines: Line[]): Marks {
  const result: Marks = { secrecy: null, urgency: null };
  for (const line of lines.slice(0, 30)) {
    if (!isCapitals(line.text)) continue;
    let rest = folded(line.text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    const found: Array<[keyof Marks, string]> = [];
    while (rest) {
      const mark = MARKS.find(([key]) => rest === key || rest.startsWith(`${key} `));
      if (!mark) break;
      found.push([mark[1], mark[2]]);
      rest = rest.slice(mark[0].length).trim();
    }
    if (rest || found.length === 0) continue; // other words on the line: a heading, not a mark
    for (const [kind, value] of found) result[kind] ??= { value, confidence: 0.9, lines: [line] };
  }
  return result;
}
