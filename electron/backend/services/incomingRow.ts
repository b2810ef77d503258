// The row mapping moved to the incoming store (stores/incomingRow.ts). The search (incomingQuery.ts) still
// imports it from here until it moves into stores/incomingSearch.ts.
export { ENTRY_COLUMNS, ENTRY_FROM, type EntryRow, toEntry } from '../stores/incomingRow';
