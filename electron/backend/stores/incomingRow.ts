import { INCOMING_FIELDS } from '../../../shared/registers/incoming';
import type { IncomingEntry } from '../../../shared/schemas';

// One mapping between the incoming table and the API's IncomingEntry, used by every reader. The columns
// and the mapping come from the register's description (shared/registers/incoming.ts).

/** The select list of an entry: the described fields, then what the register computes. */
export const ENTRY_COLUMNS = `
  i.id, ${INCOMING_FIELDS.map((f) => `i.${f.column}`).join(', ')},
  (SELECT b.name FROM books b WHERE b.id = i.book_id) AS book_name, i.is_sample, i.created_at, i.updated_at,
  (SELECT count(*) FROM attachments a WHERE a.entry_id = i.id) AS attachment_count`;

// No join: the planner would be free to drive the query from books and sort every entry.
export const ENTRY_FROM = 'incoming i';

/** A row of ENTRY_COLUMNS: every described field's column, and the computed ones named here. */
export interface EntryRow {
  [column: string]: unknown;
  id: number; book_name: string; type_code: string; is_sample: number; created_at: string; updated_at: string;
  cancelled_at: string | null; attachment_count: number;
}

export function toEntry(r: EntryRow, typeName: (code: string) => string): IncomingEntry {
  const e: Record<string, unknown> = { id: r.id, bookName: r.book_name, typeName: typeName(r.type_code) };
  for (const f of INCOMING_FIELDS) e[f.key] = r[f.column];
  e.isSample = r.is_sample === 1;
  e.attachmentCount = r.attachment_count;
  e.cancelled = r.cancelled_at !== null;
  e.createdAt = r.created_at;
  e.updatedAt = r.updated_at;
  return e as IncomingEntry;
}

/** Register order key: newest arrival date first, then book, then arrival number (see migration 1). */
export function sortKeyOf(arrivalDate: string, bookId: number, arrivalNumber: number): number {
  const days = Math.round((Date.parse(`${arrivalDate}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);
  return (days + 100_000) * 1e10 + bookId * 1e7 + arrivalNumber;
}

export const MAX_ARRIVAL_NUMBER = 9_999_999;
export const MAX_BOOKS = 999;
