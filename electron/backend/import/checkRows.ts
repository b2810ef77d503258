import type { z } from 'zod';
import { IMPORT_FIELD_LABELS, type ImportField, type ImportMapping, type ImportPreviewRow, type ImportRefusal } from '../../../shared/contractImport';
import { entryDateProblems } from '../../../shared/entryDates';
import { IncomingInput } from '../../../shared/schemas';
import { reportProgress } from '../progress';
import { cellText, isBlank, readArrivalNumber, readDate, readSymbol } from './cellValues';
import { isColumnNumberRow } from './headerMap';
import type { Cell } from './readSheet';

// Every data row of an old register turned into the entry it would register, or refused with the row
// as Excel numbers it, the column's heading, the value and why. Nothing here touches the register.

export type ImportEntry = z.output<typeof IncomingInput>;

export interface CheckedRow { row: number; entry: ImportEntry }

export interface CheckedRows {
  rowCount: number;
  accepted: CheckedRow[];
  refused: ImportRefusal[];
}

/** The input field a schema issue is about → the import column that fed it. */
const FIELD_OF_INPUT: Record<string, ImportField> = {
  arrivalNumber: 'arrivalNumber', arrivalDate: 'arrivalDate', issuer: 'issuer', symbol: 'symbol',
  documentDate: 'documentDate', abstract: 'abstract', handlingUnit: 'handlingUnit', notes: 'notes',
};

/**
 * The fields an old register fills, each checked with the register's own rule (its schema in IncomingInput);
 * every other field is the same for all rows and checked once. Parsing the whole input schema per row was
 * about half the time of checking a 50,000-row sheet.
 */
const IMPORTED = { arrivalNumber: true, arrivalDate: true, issuer: true, symbol: true, documentDate: true, abstract: true, handlingUnit: true, notes: true } as const;
type ImportedField = keyof typeof IMPORTED;
const FIELD_SCHEMAS = IncomingInput.pick(IMPORTED).shape;
/** An old register rarely says how each document came. */
const SAME_FOR_EVERY_ROW = IncomingInput.omit(IMPORTED).parse({ receivedVia: 'other' });
/** Values that repeat down a register (days, issuers, units, notes): each distinct one is checked once per sheet. */
const REPEATING: ReadonlySet<ImportedField> = new Set(['arrivalDate', 'documentDate', 'issuer', 'handlingUnit', 'notes']);

type FieldResult = { success: true; data: unknown } | { success: false; error: { issues: Array<{ message: string }> } };

/** Checks one field's value by its schema, remembering the answers for repeating values. */
function fieldChecker() {
  const known = new Map<ImportedField, Map<unknown, FieldResult>>([...REPEATING].map((f) => [f, new Map()]));
  return (field: ImportedField, value: unknown): FieldResult => {
    const cache = known.get(field);
    let result = cache?.get(value);
    if (!result) {
      result = FIELD_SCHEMAS[field].safeParse(value) as FieldResult;
      cache?.set(value, result);
    }
    return result;
  };
}

/** Columns kept as text; the others are numbers and dates. */
const TEXT_FIELDS: ReadonlySet<ImportField> = new Set(['issuer', 'symbol', 'abstract', 'handlingUnit', 'notes']);

const REQUIRED: Partial<Record<ImportField, string>> = {
  arrivalDate: 'Thiếu ngày đến.',
  issuer: 'Thiếu tác giả (cơ quan ban hành).',
  abstract: 'Thiếu tên loại và trích yếu.',
};

/** Checks the rows below the heading; `today` bounds arrival dates (a register cannot hold tomorrow's). */
export function checkRows(rows: Array<Cell[] | undefined>, headingRow: number, mapping: ImportMapping, today: string): CheckedRows {
  const accepted: CheckedRow[] = [];
  const refused: ImportRefusal[] = [];
  const fields = Object.keys(mapping).filter((f) => mapping[f as ImportField] != null) as ImportField[];
  const cellOf = (row: Cell[], field: ImportField): Cell | undefined => {
    const c = mapping[field];
    return c == null ? undefined : row[c];
  };
  const refuse = (row: number, field: ImportField, cells: Cell[], reason: string) =>
    refused.push({ row, column: IMPORT_FIELD_LABELS[field], value: cellText(cellOf(cells, field)), reason });
  let rowCount = 0;
  const total = rows.length;
  const check = fieldChecker();

  for (let r = headingRow + 1; r < total; r++) {
    if (r % 5000 === 0) reportProgress(r, total, `Đang kiểm tra dòng ${r.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')}…`);
    const cells = rows[r];
    if (!cells) continue;
    // Each text cell's text once (tidying text is much of the time a 50,000-row sheet takes); dates and
    // numbers are read below, and only need to be told empty or not here.
    const texts = {} as Record<ImportField, string>;
    let empty = true;
    for (const f of fields) {
      const cell = cellOf(cells, f);
      if (TEXT_FIELDS.has(f)) {
        if ((texts[f] = cellText(cell)) !== '') empty = false;
      } else if (empty && !isBlank(cell)) empty = false;
    }
    if (empty) continue;
    if (r === headingRow + 1 && isColumnNumberRow(cells)) continue;
    rowCount++;
    const before = refused.length;
    const number = readArrivalNumber(cellOf(cells, 'arrivalNumber'));
    if (!number.ok) refuse(r, 'arrivalNumber', cells, number.reason);
    const arrivalDate = readDate(cellOf(cells, 'arrivalDate'));
    if (!arrivalDate.ok) refuse(r, 'arrivalDate', cells, arrivalDate.reason);
    const documentDate = readDate(cellOf(cells, 'documentDate'));
    if (!documentDate.ok) refuse(r, 'documentDate', cells, documentDate.reason);
    const draft = {
      arrivalNumber: number.ok ? number.value ?? undefined : undefined,
      arrivalDate: arrivalDate.ok ? arrivalDate.value ?? '' : '',
      issuer: texts.issuer ?? '',
      symbol: readSymbol(texts.symbol ?? ''),
      documentDate: documentDate.ok ? documentDate.value : null,
      abstract: texts.abstract ?? '',
      handlingUnit: texts.handlingUnit ?? '',
      notes: texts.notes ?? '',
    };
    for (const [field, message] of Object.entries(REQUIRED) as Array<[ImportField, string]>) {
      if (draft[field as 'issuer'] === '' && !refused.slice(before).some((x) => x.column === IMPORT_FIELD_LABELS[field])) refuse(r, field, cells, message);
    }
    if (refused.length > before) continue;
    const value = <F extends ImportedField>(field: F): ImportEntry[F] => {
      const checked = check(field, draft[field]);
      if (!checked.success) for (const issue of checked.error.issues) refuse(r, field, cells, issue.message);
      return (checked.success ? checked.data : undefined) as ImportEntry[F];
    };
    // One shape for every row, from an object literal: the write reads each entry's fields 50,000 times, and an
    // object built by adding fields to {} one by one falls back to a slow dictionary (a spread into a literal is
    // slower still on this V8).
    const entry: ImportEntry = Object.assign({
      arrivalNumber: value('arrivalNumber'), arrivalDate: value('arrivalDate'), issuer: value('issuer'), symbol: value('symbol'),
      documentDate: value('documentDate'), abstract: value('abstract'), handlingUnit: value('handlingUnit'), notes: value('notes'),
    }, SAME_FOR_EVERY_ROW);
    if (refused.length > before) continue;
    const dateProblems = entryDateProblems(entry, today);
    if (dateProblems) {
      for (const [field, message] of Object.entries(dateProblems)) refuse(r, FIELD_OF_INPUT[field] ?? 'arrivalDate', cells, message);
      continue;
    }
    accepted.push({ row: r, entry });
  }
  return { rowCount, accepted, refused };
}

/** A row as the preview shows it: the values the register will hold. */
export function previewRow({ row, entry }: CheckedRow): ImportPreviewRow {
  return {
    row, arrivalNumber: entry.arrivalNumber ?? null, arrivalDate: entry.arrivalDate, issuer: entry.issuer, symbol: entry.symbol,
    documentDate: entry.documentDate, abstract: entry.abstract, handlingUnit: entry.handlingUnit, notes: entry.notes,
  };
}
