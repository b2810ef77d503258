// The issuing body: the block in capitals at the top left, closed by "*" in Party documents
// ("ĐẢNG BỘ TỈNH LẠNG SƠN" / "TỈNH ỦY" / "*"). Its last name is the issuer, the lines above it the
// superior body. A short name is completed from the superior ("Tỉnh ủy" under "Đảng bộ tỉnh Lạng
// Sơn" is "Tỉnh ủy Lạng Sơn"; "Ban Dân vận" under the Ban Chấp hành Trung ương is "Ban Dân vận Trung ương").
import { folded, isCapitals, isMotto } from './lineShape';
import { nameCase } from './nameCase';
import type { Found, Line } from './types';

export interface Issuer { issuer: string; superiorBody: string | null }

const COMMITTEES = /^(tinh|huyen|thanh|quan|thi|dang) uy$/;
const PARTY_CHAPTER_RE = /^Đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) (.+)$/iu;
const STAR_RE = /^\*+$/;

/** Is the left block known from positions: the line starts in the left half of its page? */
const onLeft = (l: Line): boolean => l.x === undefined || l.pageWidth === undefined || l.x < l.pageWidth * 0.45;

export function readIssuer(lines: Line[], skip: Set<Line>, end: number): Found<Issuer> | null {
  const head = lines.slice(0, Math.min(end, 25)).filter((l) => !skip.has(l) && l.page === lines[0]?.page);
  const star = head.findIndex((l) => STAR_RE.test(l.text));
  const isName = (l: Line): boolean =>
    isCapitals(l.text) && !isMotto(l.text) && onLeft(l) && !/\d/.test(l.text) && !/^s[ốo]\b/iu.test(l.text);
  let block: Line[];
  if (star >= 0) {
    // The run of names just above the star (mottos and dates on the right may sit between them in the text).
    block = head.slice(0, star).filter(isName);
  } else {
    block = [];
    for (const l of head) {
      if (!onLeft(l)) continue; // the motto's column, wrapped or not
      if (isName(l)) block.push(l);
      else if (block.length > 0 && !isMotto(l.text)) break;
    }
  }
  if (block.length === 0) return null;
  const names = joinWrapped(block.map((l) => l.text));
  const issuerText = nameCase(names[names.length - 1]);
  const superior = names.length > 1 ? nameCase(names.slice(0, -1).join(' ')) : null;
  const issuer = superior ? completeName(issuerText, superior) : issuerText;
  const confidence = star >= 0 ? 0.9 : block.some((l) => l.x !== undefined) ? 0.8 : 0.65;
  return { value: { issuer, superiorBody: superior }, confidence, lines: block };
}

/** A line starting with a place word ("TỈNH LẠNG SƠN") continues the name above it. */
function joinWrapped(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const key = folded(t);
    if (out.length > 0 && /^(tinh|huyen|thanh pho|quan|thi xa|xa|phuong|va|cua)\b/.test(key) && !/^(tinh|huyen|thanh|quan|thi) uy\b/.test(key)) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

function completeName(issuer: string, superior: string): string {
  const key = folded(issuer);
  const superiorKey = folded(superior);
  const chapter = PARTY_CHAPTER_RE.exec(superior);
  if (COMMITTEES.test(key) && chapter) return `${issuer} ${chapter[1]}`;
  const isUnit = /^(ban|van phong|uy ban kiem tra|truong)\b/.test(key) && !key.includes('trung uong');
  if (!isUnit) return issuer;
  if (superiorKey === 'ban chap hanh trung uong' || superiorKey === 'ban chap hanh trung uong dang') {
    return key === 'van phong' ? 'Văn phòng Trung ương Đảng' : `${issuer} Trung ương`;
  }
  if (/^(tinh|huyen|thanh|quan|thi|dang) uy\b/.test(superiorKey)) return `${issuer} ${superior}`;
  return issuer;
}
