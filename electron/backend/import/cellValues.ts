import { dateProblem, isoDate, isValidIsoDate, parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { normalizeSymbolText } from '../../../shared/symbol';
import { normalizeText } from '../../../shared/text';
import type { Cell } from './readSheet';

// A cell of an old register read as the value the register stores, or the reason it cannot be.

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What the clerk sees in the cell (for the refusal list and text columns): numbers as typed, dates as dd/mm/yyyy. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : toDisplayDate(utcIso(cell));
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return normalizeText(cell);
}

/** A cell that shows nothing: what cellText gives as '' (without writing dates out as text). */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (cell instanceof Date) return Number.isNaN(cell.getTime());
  return typeof cell === 'string' && normalizeText(cell) === '';
}

// ExcelJS gives date cells as the UTC midnight of the day shown.
const utcIso = (d: Date) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** Excel's day 1 is 1900-01-01 and it counts a 29/02/1900 that never was: serials from 61 are off by one. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials a register's date can be (1945..2200) without mistaking an ordinary number for a day. */
const SERIAL_MIN = 16_438; // 1945-01-01
const SERIAL_MAX = 109_574; // 2200-12-31

/** "5/9/21" → 2021-09-05: two-digit years of old registers, 50..99 in the 1900s. */
function parseShortYearDate(text: string): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2})$/.exec(text);
  if (!m) return null;
  const yy = Number(m[3]);
  return parseDisplayDate(`${m[1]}/${m[2]}/${yy >= 50 ? 1900 + yy : 2000 + yy}`);
}

/** A date cell: an Excel date, its serial number, dd/mm/yyyy, d/m/yy or yyyy-mm-dd text. Empty → null. */
export function readDate(cell: Cell | undefined): Read<string | null> {
  if (cell === null || cell === undefined || cell === '') return { ok: true, value: null };
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { ok: false, reason: 'Ô ngày không đọc được.' } : { ok: true, value: utcIso(cell) };
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= SERIAL_MIN && cell <= SERIAL_MAX) {
      return { ok: true, value: utcIso(new Date(EXCEL_EPOCH_MS + cell * DAY_MS)) };
    }
    return { ok: false, reason: 'Không phải ngày: cần dạng dd/mm/yyyy, ví dụ 28/11/2023.' };
  }
  const text = String(cell).trim();
  if (text === '') return { ok: true, value: null };
  const iso = parseDisplayDate(text) ?? parseShortYearDate(text) ?? (isValidIsoDate(text) ? text : null);
  if (iso) return { ok: true, value: iso };
  return { ok: false, reason: dateProblem(text) ?? 'Ngày phải có dạng dd/mm/yyyy, ví dụ 28/11/2023.' };
}

/** An arrival number: a whole number, typed as a number or as text ("0125", " 125 "). Empty → null. */
export function readArrivalNumber(cell: Cell | undefined): Read<number | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === '') return { ok: true, value: null };
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) return { ok: false, reason: 'Số đến phải là số nguyên dương, ví dụ 125.' };
  return { ok: true, value: Number(text) };
}

/** A symbol (the cell's text) as the register keeps it: stray spaces and dashes tidied ("12 - NQ / TW" → "12-NQ/TW"). */
export function readSymbol(text: string): string {
  return text ? normalizeSymbolText(text) : '';
}
