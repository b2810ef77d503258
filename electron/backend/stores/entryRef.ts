import type { EntryRef } from '../../../shared/taskSchemas';

// How tasks and rounds cite an incoming entry (the directive, a body's report): a few columns read
// under a prefix from whatever join brings the entry in (stores/followUpStore.ts).

const FIELDS: Array<[keyof EntryRef, string]> = [
  ['id', 'id'], ['symbol', 'symbol'], ['typeCode', 'type_code'], ['documentDate', 'document_date'],
  ['arrivalNumber', 'arrival_number'], ['arrivalDate', 'arrival_date'], ['issuer', 'issuer'], ['abstract', 'abstract'],
];

/** SELECT list for the entry joined as `alias`, each column named `<prefix><column>`. */
export function entryRefColumns(alias: string, prefix: string): string {
  return FIELDS.map(([, col]) => `${alias}.${col} AS ${prefix}${col}`).join(', ');
}

/** The EntryRef read back from a row; null when the join found no entry. */
export function toEntryRef(row: Record<string, unknown>, prefix: string): EntryRef | null {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  return Object.fromEntries(FIELDS.map(([key, col]) => [key, row[`${prefix}${col}`]])) as EntryRef;
}
