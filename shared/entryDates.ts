import { toDisplayDate } from './dates';

// The rules an incoming entry's dates must keep together, stated once for the backend and the form.

export interface EntryDates {
  arrivalDate: string;
  documentDate?: string | null;
  forwardedDate?: string | null;
  dueDate?: string | null;
  resolvedDate?: string | null;
}

/**
 * Field → Vietnamese message for each rule the dates break, or null when they agree. `today` is the
 * clerk's calendar date: a document cannot have arrived tomorrow. Builds nothing when the dates agree:
 * it runs for every entry of a bulk import.
 */
export function entryDateProblems(e: EntryDates, today: string): Record<string, string> | null {
  const arrivalFuture = e.arrivalDate > today;
  const documentLate = !!e.documentDate && e.documentDate > e.arrivalDate;
  const forwardedEarly = !!e.forwardedDate && e.forwardedDate < e.arrivalDate;
  const dueEarly = !!e.dueDate && e.dueDate < e.arrivalDate;
  const resolvedEarly = !!e.resolvedDate && e.resolvedDate < e.arrivalDate;
  if (!arrivalFuture && !documentLate && !forwardedEarly && !dueEarly && !resolvedEarly) return null;
  const fields: Record<string, string> = {};
  if (arrivalFuture) fields.arrivalDate = `Ngày đến ${toDisplayDate(e.arrivalDate)} là ngày chưa tới (hôm nay là ${toDisplayDate(today)}).`;
  if (documentLate) fields.documentDate = 'Ngày văn bản không thể sau ngày đến.';
  if (forwardedEarly) fields.forwardedDate = 'Ngày chuyển không thể trước ngày đến.';
  if (dueEarly) fields.dueDate = `Hạn xử lý ${toDisplayDate(e.dueDate!)} không thể trước ngày đến ${toDisplayDate(e.arrivalDate)}.`;
  if (resolvedEarly) fields.resolvedDate = 'Ngày giải quyết không thể trước ngày đến.';
  return fields;
}
