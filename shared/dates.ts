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
