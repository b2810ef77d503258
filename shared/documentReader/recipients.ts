// "Nơi nhận:" and its list: one recipient per "-" line, a line without the dash continuing the one
// above it (the PDF broke it: "- Ban Bí thư Trung ương" / "Đoàn Thanh niên Cộng sản Hồ Chí Minh,").
import { AUTHORITY_RE, folded, isCapitals } from './lineShape';
import type { Found, Line } from './types';

const ITEM_RE = /^[-–+•]\s*/u;
const onLeft = (l: Line): boolean => l.x === undefined || l.pageWidth === undefined || l.x < l.pageWidth * 0.5;

/** The first "Nơi nhận" list in [from, end). */
export function readRecipients(lines: Line[], from: number, end: number): Found<string[]> | null {
  const part = lines.slice(from, end);
  const at = part.findIndex((l) => folded(l.text).startsWith('noi nhan'));
  if (at < 0) return null;
  const head = part[at];
  const items: string[] = [];
  const used: Line[] = [head];
  const sameLine = head.text.replace(/^nơi nhận\s*:?\s*/iu, '');
  const candidates = sameLine ? [{ ...head, text: sameLine }, ...part.slice(at + 1)] : part.slice(at + 1);
  for (const l of candidates) {
    if (!onLeft(l)) continue; // the signature block beside the list
    if (AUTHORITY_RE.test(l.text) || (isCapitals(l.text) && !ITEM_RE.test(l.text))) break;
    if (ITEM_RE.test(l.text)) items.push(l.text.replace(ITEM_RE, ''));
    else if (items.length > 0 && l.text.length <= 80 && !/\.$/.test(items[items.length - 1])) items[items.length - 1] += ` ${l.text}`;
    else break;
    if (l !== candidates[0] || !sameLine) used.push(l);
  }
  if (items.length === 0) return null;
  const clean = items.map((s) => s.replace(/[\s,;.]+$/u, '').trim()).filter((s) => s !== '');
  return { value: clean, confidence: 0.85, lines: used };
}
