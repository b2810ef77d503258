import { INCOMING_SEARCHABLE, type IncomingSearchableKey } from '../../../shared/registers/incoming';
import { foldForSearch } from '../../../shared/text';

/** The text of an entry that search looks into: its searchable fields (shared/registers/incoming.ts). */
export type IndexedText = Record<IncomingSearchableKey, string>;

/**
 * The body of an entry's full-text row: the searchable fields folded (no diacritics, lower case) as the
 * search folds what is typed; `tidied` holds the fields the register rewrote (the symbol). The store writes it (stores/incomingStore.ts) with the entry.
 */
export function searchTextOf(e: IndexedText, tidied: Partial<IndexedText> = {}): string {
  let text = '';
  for (const key of INCOMING_SEARCHABLE) text += `${tidied[key] ?? e[key]} `;
  return foldForSearch(text);
}

/** An entry's full-text body with its files' text (a scan's OCR, a PDF's text layer) folded after its fields. */
export function entryIndexText(fieldsText: string, attachedTexts: readonly string[]): string {
  return `${fieldsText} ${foldForSearch(attachedTexts.join(' '))}`;
}
