import { RECEIVED_VIA } from '../../../shared/codes';
import { isValidIsoDate, isoDate, lastDayOfMonth, toDisplayDate } from '../../../shared/dates';

// Display helpers: Vietnamese number grouping (1.234), dd/mm/yyyy dates, labels of codes.

const numberFormat = new Intl.NumberFormat('vi-VN');

export const formatNumber = (n: number): string => numberFormat.format(n);

/** "1.234 văn bản", or "Hơn 10.000 văn bản" when the server capped the count. */
export function totalLabel(total: number, isLowerBound: boolean): string {
  return isLowerBound ? `Hơn ${formatNumber(total)} văn bản` : `${formatNumber(total)} văn bản`;
}

/** yyyy-mm-dd → dd/mm/yyyy; empty for null. */
export const displayDate = (iso: string | null | undefined): string => (iso ? toDisplayDate(iso) : '');

/** A timestamp (ISO 8601 with time) in the clerk's local time: 28/11/2023 14:05. */
export function displayDateTime(timestamp: string): string {
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return timestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** Today on the clerk's calendar, yyyy-mm-dd. */
export function todayIso(): string {
  const t = new Date();
  return isoDate(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

export function receivedViaLabel(via: string): string {
  return RECEIVED_VIA.find((r) => r.value === via)?.label ?? via;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${formatNumber(Math.round(n / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(n / (1024 * 102.4)) / 10)} MB`;
}

/**
 * Reads a date as a clerk types it: 28/11/2023, 28-11-2023, 28.11.2023, 28112023, 281123, 28/11/23,
 * 28/11 (this year) or 2023-11-28. Returns yyyy-mm-dd, or null when it is not a real date.
 */
export function parseTypedDate(text: string, currentYear = new Date().getFullYear()): string | null {
  const s = text.trim();
  if (!s) return null;
  if (isValidIsoDate(s)) return s;
  let d: number, m: number, y: number;
  let match = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$/.exec(s);
  if (match) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = match[3] === undefined ? currentYear : Number(match[3]);
    if (match[3]?.length === 2) y += 2000;
  } else if ((match = /^(\d{2})(\d{2})(\d{4}|\d{2})?$/.exec(s))) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = match[3] === undefined ? currentYear : Number(match[3]);
    if (match[3]?.length === 2) y += 2000;
  } else {
    return null;
  }
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return isoDate(y, m, d);
}
