import { AppError } from '../../../shared/errors';
import { INCOMING_BOOK_FIELDS } from '../../../shared/registers/incoming';
import type { RegisterBookModel, RegisterBookRow } from '../../../shared/reportModels';
import { typeAndAbstract } from '../../../shared/text';
import type { CoreServices as Services } from '../services';
import { todayIso } from '../services/clock';
import { headerFrom, type HeaderChoice } from './header';

// The fields the book's columns show (shared/registers/incoming.ts), and the book of each entry.
const BOOK_FIELDS = [...INCOMING_BOOK_FIELDS, 'bookId'] as const;

export interface RegisterBookQuery { from?: string; to?: string; bookId?: number }

/** The incoming register for a date range or a whole book, in arrival-number order (NĐ 30, Phụ lục IV). */
export function registerBookModel(s: Services, q: RegisterBookQuery, choice: HeaderChoice): RegisterBookModel {
  if (!q.bookId && !(q.from && q.to)) throw new AppError('VALIDATION', 'Cần chọn một sổ hoặc khoảng ngày (từ ngày, đến ngày).');
  if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION', 'Từ ngày phải trước đến ngày.');
  const book = q.bookId ? s.books.get(q.bookId) : null;
  const entries = s.incomingStore.bookRows({ bookId: book?.id, from: q.from, to: q.to }, BOOK_FIELDS);
  const rows: RegisterBookRow[] = entries.map((r) => ({
    arrivalDate: r.arrivalDate,
    arrivalNumber: r.arrivalNumber,
    issuer: r.issuer,
    symbol: r.symbol,
    documentDate: r.documentDate ?? '',
    typeAndAbstract: typeAndAbstract(s.typeCodes.nameOf(r.typeCode), r.abstract),
    handlingUnit: r.handlingUnit,
    forwardedDate: r.forwardedDate ?? '',
    receivedBy: r.receivedBy,
    notes: notesWithMarks(r.notes, r.secrecy, r.urgency),
    // The day of cancelling as the office saw it (the timestamp is UTC).
    ...(r.cancelledAt === null ? {} : { cancelled: { date: todayIso(new Date(r.cancelledAt)), reason: r.cancelReason } }),
  }));
  const books = new Set(entries.map((r) => r.bookId));
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
    volume: volumeBook === null ? null : s.incomingStore.volumeOf(volumeBook),
    rows,
  };
}

/** Secrecy and urgency are marked in the notes column, as clerks do by hand. */
function notesWithMarks(notes: string, secrecy: string, urgency: string): string {
  return [secrecy, urgency, notes].filter(Boolean).join('; ');
}

