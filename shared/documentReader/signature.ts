// The signature block at the end, on the right: the authority ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG",
// "K/T CHÁNH VĂN PHÒNG"), the position in capitals ("TỔNG BÍ THƯ"), then, after the space left for
// the signature, the signer's name in normal case ("Trần Đình Văn").
import { AUTHORITY_RE, folded, isCapitals } from './lineShape';
import type { Found, Line } from './types';

export interface Signature { authority: string | null; position: string | null; name: string | null }

const NAME_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;
const onRightHalf = (l: Line): boolean => l.x === undefined || l.pageWidth === undefined || l.x >= l.pageWidth * 0.35;
const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** The last authority line in [from, end), the position under it and the name after. */
export function readSignature(lines: Line[], from: number, end: number): Found<Signature> | null {
  const part = lines.slice(from, end);
  // A text laid out in one column (converted from plain text) has its signature on the left too.
  const columns = part.some((l) => l.x !== undefined && l.pageWidth !== undefined && l.x >= l.pageWidth * 0.35);
  const onRight = (l: Line): boolean => !columns || onRightHalf(l);
  let at = -1;
  for (let i = part.length - 1; i >= 0; i--) {
    if (AUTHORITY_RE.test(part[i].text) && isCapitals(part[i].text) && onRight(part[i])) { at = i; break; }
  }
  if (at < 0) return readBareSignature(part, onRight);
  const authorityLine = part[at];
  const rest = part.slice(at + 1).filter(onRight);
  const positionLines: Line[] = [];
  for (const l of rest) {
    if (!isCapitals(l.text) || AUTHORITY_RE.test(l.text) || positionLines.length === 2 || l.text.startsWith('-')) break;
    positionLines.push(l);
  }
  const nameLine = rest.slice(positionLines.length).find((l) => NAME_RE.test(l.text) && l.text.length <= 40);
  const authority = upper(authorityLine.text).replace(/\s+/g, ' ');
  const position = positionLines.length ? upper(positionLines.map((l) => l.text).join(' ')) : null;
  const name = nameLine ? nameLine.text : null;
  const used = [authorityLine, ...positionLines, ...(nameLine ? [nameLine] : [])];
  return { value: { authority, position, name }, confidence: name ? 0.85 : 0.7, lines: used };
}

// Positions signed without an authority line (a head of a body signs in his own name).
const POSITIONS = ['bi thu', 'pho bi thu', 'chanh van phong', 'pho chanh van phong', 'truong ban', 'pho truong ban', 'chu nhiem', 'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'tong bi thu'];

function readBareSignature(part: Line[], onRight: (l: Line) => boolean): Found<Signature> | null {
  for (let i = part.length - 1; i >= 0; i--) {
    const l = part[i];
    if (!isCapitals(l.text) || !POSITIONS.includes(folded(l.text)) || !onRight(l)) continue;
    const nameLine = part.slice(i + 1).find((n) => NAME_RE.test(n.text) && n.text.length <= 40);
    return { value: { authority: null, position: upper(l.text), name: nameLine?.text ?? null }, confidence: 0.6, lines: nameLine ? [l, nameLine] : [l] };
  }
  return null;
}
