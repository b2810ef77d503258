import { AppError } from '../../../shared/errors';
import type { RegisterBookModel, RegisterBookRow } from '../../../shared/reportModels';
import { typeAndAbstract } from '../../../shared/text';
import type { CoreServices as Services } from '../services';
import { todayIso } from '../services/clock';
import { headerFrom, type HeaderChoice } from './header';

export interface RegisterBookQuery { from?: string; to?: string; bookId?: number }

/** The incoming register for a date range or a whole book, in arrival-number order (NĐ 30, Phụ lục IV). */
export function registerBookModel(s: Services, q: RegisterBookQuery, choice: HeaderChoice): RegisterBookModel {
  if (!q.bookId && !(q.from && q.to)) throw new AppError('VALIDATION', 'Cần chọn một sổ hoặc khoảng ngày (từ ngày, đến ngày).');
  if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION', 'Từ ngày phải trước đến ngày.');
  const book = q.bookId ? s.books.get(q.bookId) : null;
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (book) { clauses.push('book_id = ?'); params.push(book.id); }
  if (q.from) { clauses.push('arrival_date >= ?'); params.push(q.from); }
  if (q.to) { clauses.push('arrival_date <= ?'); params.push(q.to); }
  const raw = s.db.prepare(`
    SELECT arrival_date, arrival_number, issuer, symbol, document_date, type_code, abstract, handling_unit,
      forwarded_date, received_by, notes, secrecy, urgency, book_id, cancelled_at, cancel_reason
    FROM incoming WHERE ${clauses.join(' AND ')} ORDER BY arrival_date, book_id, arrival_number`).raw().all(...params) as unknown[][];
  const rows: RegisterBookRow[] = raw.map((r) => ({
    arrivalDate: r[0] as string,
    arrivalNumber: r[1] as number,
    issuer: r[2] as string,
    symbol: r[3] as string,
    documentDate: (r[4] as string | null) ?? '',
    typeAndAbstract: typeAndAbstract(s.typeCodes.nameOf(r[5] as string), r[6] as string),
    handlingUnit: r[7] as string,
    forwardedDate: (r[8] as string | null) ?? '',
    receivedBy: r[9] as string,
    notes: notesWithMarks(r[10] as string, r[11] as string, r[12] as string),
    // The day of cancelling as the office saw it (the timestamp is UTC).
    ...(r[14] === null ? {} : { cancelled: { date: todayIso(new Date(r[14] as string)), reason: r[15] as string } }),
  }));
  const books = new Set(raw.map((r) => r[13] as number));
  const volumeBook = book?.id ?? (books.size === 1 ? [...books][0]! : null);
  const numbers = rows.map((r) => r.arrivalNumber);
  const from = q.from ?? rows[0]?.arrivalDate ?? `${book!.year}-01-01`;
  const to = q.to ?? rows.at(-1)?.arrivalDate ?? `${book!.year}-12-31`;
  return {
    header: headerFrom(s.settings.get(), choice, []),
    bookName: book?.name ?? 'Sổ đăng ký văn bản đến',
    year: book?.year ?? Number(from.slice(0, 4)),
    fromDate: from,
    toDate: to,
    firstNumber: numbers.length ? Math.min(...numbers) : null,
    lastNumber: numbers.length ? Math.max(...numbers) : null,
    volume: volumeBook === null ? null : volumeOf(s, volumeBook),
    rows,
  };
}

/** "Quyển số": the book's place among the books of its year, in the order they were opened. */
function volumeOf(s: Services, bookId: number): number {
  return s.db.prepare('SELECT COUNT(*) FROM books b JOIN books o ON o.year = b.year AND o.id <= b.id WHERE b.id = ?').pluck().get(bookId) as number;
}

/** Secrecy and urgency are marked in the notes column, as clerks do by hand. */
function notesWithMarks(notes: string, secrecy: string, urgency: string): string {
  return [secrecy, urgency, notes].filter(Boolean).join('; ');
}

