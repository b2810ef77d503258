import { toDisplayDate } from '../../../shared/dates';

/** A plain-text view of register rows for the terminal. */
export function printEntryTable(total: number, items: Array<Record<string, unknown>>): void {
  console.log(`Tổng số: ${total}`);
  for (const e of items) {
    const date = toDisplayDate(String(e.arrivalDate));
    const abstract = String(e.abstract);
    console.log(`${String(e.arrivalNumber).padStart(6)}  ${date}  ${String(e.symbol || '—').padEnd(16)} ${String(e.issuer).slice(0, 30).padEnd(30)}  ${abstract.length > 70 ? `${abstract.slice(0, 69)}…` : abstract}`);
  }
}
