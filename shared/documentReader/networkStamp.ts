// Two marks of a document received over the Party network: the digital signature's body and time
// ("Ban Chấp hành Trung ương Đảng" / "27-11-2023 16:56:53 +07:00") and the arrival stamp
// ("VĂN BẢN ĐẾN QUA MẠNG" / "Số: 11646 Ngày: 28/11/2023" / "Chuyển:" / "Lưu hồ sơ:").
import { folded, isoDate } from './lineShape';
import type { Found, Line } from './types';

const SIGNED_AT_RE = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2})?/u;
const SIGNED_BY_PREFIX_RE = /^(?:ký bởi|người ký|cơ quan ký|signed by)\s*:?\s*/iu;

export interface NetworkSignature { signedBy: string | null; signedAt: string }

/** The digital signature: a date-time with seconds among the first lines, its body on that line or the one above. */
export function readNetworkSignature(lines: Line[]): Found<NetworkSignature> | null {
  for (const line of lines.slice(0, 40)) {
    const m = SIGNED_AT_RE.exec(line.text);
    if (!m || m[6] === undefined) continue; // a signing time carries seconds; a plain date does not
    const day = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) continue;
    const zone = m[7] ? (m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`) : '';
    const signedAt = `${day}T${m[4].padStart(2, '0')}:${m[5]}:${m[6]}${zone}`;
    const before = line.text.slice(0, m.index).replace(/(?:ngày ký|thời gian ký)\s*:?\s*$/iu, '').trim();
    const above = lines[line.index - 1];
    const byText = before || (above && !SIGNED_AT_RE.test(above.text) ? above.text : '');
    const signedBy = byText.replace(SIGNED_BY_PREFIX_RE, '').trim() || null;
    const used = before || !signedBy ? [line] : [above, line];
    return { value: { signedBy, signedAt }, confidence: signedBy ? 0.9 : 0.6, lines: used };
  }
  return null;
}

export interface ArrivalStamp { arrivalNumber: number | null; arrivalDate: string | null }

const STAMP_NUMBER_RE = /s[ốo]\s*(?:đến)?\s*:?\s*(\d{1,7})\b/iu;
const STAMP_DATE_RE = /ngày\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/iu;
const STAMP_LINE_RE = /^(chuyen|luu ho so|so|ngay|gio|don vi|nguoi nhan)\b[^:]*:/;

/** The arrival stamp: "VĂN BẢN ĐẾN [QUA MẠNG]" (or "ĐẾN") and, in the lines under it, the number and date. */
export function readArrivalStamp(lines: Line[]): Found<ArrivalStamp> | null {
  const head = lines.slice(0, 60).find((l) => /^(van ban )?den( qua mang)?\b/.test(folded(l.text)) && /ĐẾN/u.test(l.text));
  if (!head) return null;
  const block = [head];
  for (const l of lines.slice(head.index + 1, head.index + 6)) {
    if (!STAMP_LINE_RE.test(folded(l.text))) break;
    block.push(l);
  }
  let arrivalNumber: number | null = null;
  let arrivalDate: string | null = null;
  for (const l of block) {
    const n = STAMP_NUMBER_RE.exec(l.text);
    if (n && arrivalNumber === null && !/\d\s*-\s*\p{L}/u.test(l.text)) arrivalNumber = Number(n[1]);
    const d = STAMP_DATE_RE.exec(l.text);
    if (d && arrivalDate === null) {
      const year = Number(d[3]) < 100 ? 2000 + Number(d[3]) : Number(d[3]);
      arrivalDate = isoDate(Number(d[1]), Number(d[2]), year);
    }
  }
  const sure = arrivalNumber !== null && arrivalDate !== null;
  return { value: { arrivalNumber, arrivalDate }, confidence: sure ? 0.9 : 0.5, lines: block };
}
