// Calendar dates kept as ISO strings (yyyy-mm-dd), the form stored everywhere in the app.
// Pure arithmetic: no time zones are involved, a date is a day on the calendar.

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_RE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DAY_MS = 86_400_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month m (1-12) of year y. */
export function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Formats a date as yyyy-mm-dd. Does not validate: see isValidIsoDate. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

/** True for a yyyy-mm-dd string naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** yyyy-mm-dd → dd/mm/yyyy. Anything that is not a valid ISO date is returned unchanged. */
export function toDisplayDate(iso: string): string {
  if (!isValidIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** '28/11/2023' or '5/9/2021' (also with '.' or '-') → yyyy-mm-dd; null unless it is a real date. */
export function parseDisplayDate(s: string): string | null {
  const m = DISPLAY_RE.exec(s.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** The ISO date n days after (n < 0: before) a valid ISO date. */
export function addDays(iso: string, n: number): string {
  if (!isValidIsoDate(iso)) throw new RangeError(`Not a valid ISO date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) + n * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The years a register book can have: an arrival date outside them is a typing mistake. */
export const FIRST_BOOK_YEAR = 1945;
export const LAST_BOOK_YEAR = 2200;

const ISO_SHAPE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Why a typed date is not one, in Vietnamese, or null when it is a real day. A text of the right shape
 * naming a day that does not exist ("30/02/2024", "2023-04-31") is named as such, with the month's
 * length; anything else is told the expected form: dd/mm/yyyy for the clerk, yyyy-mm-dd for the API.
 */
export function dateProblem(text: string, form: 'display' | 'iso' = 'display'): string | null {
  const s = text.trim();
  const iso = ISO_SHAPE_RE.exec(s);
  const display = iso ? null : DISPLAY_RE.exec(s);
  const formMessage = form === 'iso' ? 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2023-11-28.' : 'Ngày phải có dạng dd/mm/yyyy, ví dụ 28/11/2023.';
  if (!iso && !display) return formMessage;
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(display![3]), Number(display![2]), Number(display![1])];
  if (m < 1 || m > 12) return `Không có tháng ${m}: tháng chỉ từ 1 đến 12.`;
  const days = lastDayOfMonth(y, m);
  if (d < 1) return `Không có ngày ${pad2(d)}/${pad2(m)}/${y}: ngày bắt đầu từ 01.`;
  if (d > days) return `Không có ngày ${pad2(d)}/${pad2(m)}/${y}: tháng ${m} năm ${y} chỉ có ${days} ngày.`;
  // A real day written in the other form, or without its leading zeros where they are required.
  if (iso ? !ISO_RE.test(s) : form === 'iso') return formMessage;
  return null;
}

/** Why an arrival date cannot be a book's date (its year outside the books' range), or null. */
export function bookYearProblem(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  if (year >= FIRST_BOOK_YEAR && year <= LAST_BOOK_YEAR) return null;
  return `Năm ${year} nằm ngoài khoảng năm của sổ (${FIRST_BOOK_YEAR}–${LAST_BOOK_YEAR}); kiểm tra lại ngày.`;
}
