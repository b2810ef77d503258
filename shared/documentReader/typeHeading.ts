// The type heading in capitals ("NGHỊ QUYẾT", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), the title lines
// in capitals under it, and the abstract: the lines after it up to the body ("về tiếp tục…",
// "thực hiện Nghị quyết…"), joined across the PDF's hard line breaks. A công văn has "V/v …" instead.
import { DEFAULT_TYPE_CODES, type TypeCodeSeed } from '../codes';
import { folded, isCapitals, isDecoration, isMotto } from './lineShape';
import { nameCase } from './nameCase';
import type { Found, Line } from './types';

export interface TypeAndAbstract { type: TypeCodeSeed | null; abstract: string | null }

// Longest names first: "Nghị quyết liên tịch" before "Nghị quyết". Copy forms are not headings of a document.
const HEADINGS = [...DEFAULT_TYPE_CODES]
  .filter((t) => !/^(SY|SL|TrS|BS)$/.test(t.code))
  .map((t) => ({ type: t, key: folded(t.name) }))
  .sort((a, b) => b.key.length - a.key.length);

// The first line of the body: a section label, or the usual opening words.
// Capitalised: the abstract's own lines start in lower case ("thực hiện Nghị quyết…") or with a name.
const BODY_START_RE = /^(?:[IVX]+\s*[-.–)]|\d{1,2}\s*[.)-]\s|Căn cứ|Thực hiện|Kính gửi|Qua\s|Trên cơ sở|Theo\s|Hôm nay|Để\s|Nhằm\s|Ngày\s+\d|Trong\s|Năm\s+\d|Thời gian qua)/u;

/** The type whose name starts the heading line, of the symbol's system when both have it. */
export function headingType(text: string, system?: 'party' | 'state'): TypeCodeSeed | null {
  const key = folded(text);
  const matches = HEADINGS.filter((h) => key === h.key || key.startsWith(`${h.key} `));
  if (matches.length === 0) return null;
  const longest = matches.filter((m) => m.key.length === matches[0].key.length);
  return (longest.find((m) => m.type.system === system) ?? longest[0]).type;
}

export function readTypeAndAbstract(lines: Line[], skip: Set<Line>, from: number, end: number, system?: 'party' | 'state'): Found<TypeAndAbstract> | null {
  const window = lines.slice(from, Math.min(end, from + 25)).filter((l) => !skip.has(l));
  const headingAt = window.findIndex((l) => isCapitals(l.text) && !isMotto(l.text) && headingType(l.text, system) !== null);
  if (headingAt >= 0) {
    const heading = window[headingAt];
    const { title, used } = titleAndAbstract(window.slice(headingAt + 1));
    const abstract = [nameCase(heading.text), ...title].join(' ').replace(/^(\S+(?: \S+)*?) Về(?=\s)/u, '$1 về').trim();
    return { value: { type: headingType(heading.text, system), abstract }, confidence: used.length > 0 ? 0.9 : 0.7, lines: [heading, ...used] };
  }
  // A công văn's "V/v …" sits under its number, above the place and date.
  const vv = lines.slice(0, Math.min(end, 30)).find((l) => !skip.has(l) && /^v\/v\b/iu.test(l.text));
  if (vv) {
    const after = lines.slice(vv.index + 1, vv.index + 6).filter((l) => !skip.has(l));
    const { title, used } = titleAndAbstract([{ ...vv, text: vv.text.replace(/^v\/v\s*:?\s*/iu, 'về việc ') }, ...after]);
    const abstract = title.join(' ').replace(/^về/u, 'Về');
    return { value: { type: null, abstract }, confidence: 0.8, lines: [vv, ...used.slice(1)] };
  }
  // No heading (it may have been an image): title lines in capitals, then lines starting in lower case.
  const { title, used } = titleAndAbstract(window);
  if (!used.some((l) => /^\p{Ll}/u.test(l.text))) return null;
  return { value: { type: null, abstract: title.join(' ') }, confidence: 0.6, lines: used };
}

/** The title lines in capitals (normal-cased), then the abstract lines up to the body. */
function titleAndAbstract(after: Line[]): { title: string[]; used: Line[] } {
  const title: string[] = [];
  const used: Line[] = [];
  let inAbstract = false;
  for (const line of after) {
    if (isDecoration(line.text)) break;
    if (isCapitals(line.text) && !inAbstract) {
      if (/^([IVX]+|\d+)\s*[-.–)]/u.test(line.text)) break;
      title.push(nameCase(line.text));
      used.push(line);
      continue;
    }
    if (BODY_START_RE.test(line.text)) break;
    if (isCapitals(line.text)) break;
    const previous = used[used.length - 1];
    if (inAbstract && previous && /[.:;]$/.test(previous.text)) break;
    if (used.length >= 8 || line.text.length > 200) break;
    title.push(line.text);
    used.push(line);
    inAbstract = true;
  }
  return { title, used };
}
