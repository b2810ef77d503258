// The place and date line: "Hà Nội, ngày 24 tháng 11 năm 2023", also broken over two lines.
import { isoDate } from './lineShape';
import type { Found, Line } from './types';

const PLACE_DATE_RE = /(?:^|\s)([\p{L}][\p{L} .'-]*?)\s*,\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
const DATE_ONLY_RE = /^ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;

export interface PlaceDate { placeName: string | null; documentDate: string }

export function readPlaceDate(lines: Line[], skip: Set<Line>): Found<PlaceDate> | null {
  const head = lines.slice(0, 50).filter((l) => !skip.has(l));
  for (let i = 0; i < head.length; i++) {
    const line = head[i];
    const candidates: Array<[string, Line[]]> = [[line.text, [line]]];
    if (head[i + 1] && /(,|ngày|tháng|năm)\s*$/iu.test(line.text)) candidates.push([`${line.text} ${head[i + 1].text}`, [line, head[i + 1]]]);
    for (const [text, used] of candidates) {
      const m = PLACE_DATE_RE.exec(text);
      if (m) {
        const date = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
        if (date) return { value: { placeName: m[1].trim(), documentDate: date }, confidence: used.length > 1 ? 0.85 : 0.95, lines: used };
      }
      const d = DATE_ONLY_RE.exec(text);
      const date = d && isoDate(Number(d[1]), Number(d[2]), Number(d[3]));
      if (date) return { value: { placeName: null, documentDate: date }, confidence: 0.8, lines: used };
    }
  }
  return null;
}
