/**
 * What describes a kind of register once: its fields (label, type, column in the printed book, searchable,
 * editable), its numbering rule and its book. The store derives its SQL column list and row mapping from
 * the fields, the printed book its columns from the book description.
 */

export type FieldType = 'text' | 'date' | 'integer' | 'textList' | 'reference';

export interface RegisterField<K extends string = string> {
  /** The field's name in the API (camelCase). */
  readonly key: K;
  /** Its column in the database (snake_case). */
  readonly column: string;
  /** Its name on screen, in Vietnamese. */
  readonly label: string;
  readonly type: FieldType;
  /** Found by the list's free-text search. */
  readonly searchable: boolean;
  /** The clerk may change it after saving. */
  readonly editable: boolean;
}

/** One column of the printed book: its heading (NĐ 30 Phụ lục IV), width in characters, the fields it shows. */
export interface BookColumn<K extends string = string> {
  readonly title: string;
  readonly width: number;
  readonly align: 'left' | 'center';
  readonly fields: readonly K[];
}

export interface RegisterKind<K extends string = string> {
  readonly key: string;
  readonly label: string;
  readonly fields: readonly RegisterField<K>[];
  readonly book: { readonly title: string; readonly columns: readonly BookColumn<K>[] };
}

/** The field of this key; throws on a key the description does not hold (a programming error). */
export function fieldOf<K extends string>(kind: RegisterKind<K>, key: K): RegisterField<K> {
  const f = kind.fields.find((x) => x.key === key);
  if (!f) throw new Error(`register ${kind.key} has no field ${key}`);
  return f;
}
