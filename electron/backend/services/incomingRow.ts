import type { IncomingEntry } from '../../../shared/schemas';

// One mapping between the incoming table and the API's IncomingEntry, used by every reader.

export const ENTRY_COLUMNS = `
  i.id, i.book_id, (SELECT b.name FROM books b WHERE b.id = i.book_id) AS book_name, i.arrival_number, i.arrival_date, i.received_via, i.issuer,
  i.symbol, i.document_date, i.type_code, i.abstract, i.secrecy, i.urgency, i.pages, i.copies,
  i.handling_unit, i.forwarded_date, i.due_date, i.resolved_date, i.reply_symbol, i.received_by,
  i.file_code, i.notes, i.is_sample, i.created_at, i.updated_at, i.cancelled_at, i.cancel_reason,
  (SELECT count(*) FROM attachments a WHERE a.entry_id = i.id) AS attachment_count`;

// No join: the planner would be free to drive the query from books and sort every entry.
export const ENTRY_FROM = 'incoming i';

export interface EntryRow {
  id: number; book_id: number; book_name: string; arrival_number: number; arrival_date: string;
  received_via: IncomingEntry['receivedVia']; issuer: string; symbol: string; document_date: string | null;
  type_code: string; abstract: string; secrecy: IncomingEntry['secrecy']; urgency: IncomingEntry['urgency'];
  pages: number | null; copies: number | null; handling_unit: string; forwarded_date: string | null;
  due_date: string | null; resolved_date: string | null; reply_symbol: string; received_by: string;
  file_code: string; notes: string; is_sample: number; created_at: string; updated_at: string;
  cancelled_at: string | null; cancel_reason: string;
  attachment_count: number;
}

export function toEntry(r: EntryRow, typeName: (code: string) => string): IncomingEntry {
  return {
    id: r.id, bookId: r.book_id, bookName: r.book_name, arrivalNumber: r.arrival_number,
    arrivalDate: r.arrival_date, receivedVia: r.received_via, issuer: r.issuer, symbol: r.symbol,
    documentDate: r.document_date, typeCode: r.type_code, typeName: typeName(r.type_code),
    abstract: r.abstract, secrecy: r.secrecy, urgency: r.urgency, pages: r.pages, copies: r.copies,
    handlingUnit: r.handling_unit, forwardedDate: r.forwarded_date, dueDate: r.due_date,
    resolvedDate: r.resolved_date, replySymbol: r.reply_symbol, receivedBy: r.received_by,
    fileCode: r.file_code, notes: r.notes, isSample: r.is_sample === 1, attachmentCount: r.attachment_count,
    cancelled: r.cancelled_at !== null, cancelledAt: r.cancelled_at, cancelReason: r.cancel_reason,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** Register order key: newest arrival date first, then book, then arrival number (see migration 1). */
export function sortKeyOf(arrivalDate: string, bookId: number, arrivalNumber: number): number {
  const days = Math.round((Date.parse(`${arrivalDate}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);
  return (days + 100_000) * 1e10 + bookId * 1e7 + arrivalNumber;
}

export const MAX_ARRIVAL_NUMBER = 9_999_999;
export const MAX_BOOKS = 999;
