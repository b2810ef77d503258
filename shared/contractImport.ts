import { z } from 'zod';
import { method } from './contractMethod';
import { ATTACHMENT_MAX_BYTES, base64Content, requiredText } from './schemas';

// API methods of importing an old register kept in Excel or CSV (issue 10): a dry run that maps the
// columns and lists every refused row, then the import itself, all rows or none.

/** The register's columns an old sheet can fill, in the order of the paper register. */
export const IMPORT_FIELDS = ['arrivalNumber', 'arrivalDate', 'issuer', 'symbol', 'documentDate', 'abstract', 'handlingUnit', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The register's names of those columns (the headings the clerk sees and the refusal list names). */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  arrivalNumber: 'Số đến',
  arrivalDate: 'Ngày đến',
  issuer: 'Tác giả',
  symbol: 'Số, ký hiệu',
  documentDate: 'Ngày tháng văn bản',
  abstract: 'Tên loại và trích yếu',
  handlingUnit: 'Đơn vị hoặc người nhận',
  notes: 'Ghi chú',
};

/** Field → index of the sheet's column (0 = column A); null or absent: not imported. */
export const ImportMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(16_383).nullable());
export type ImportMapping = z.infer<typeof ImportMapping>;

const ImportSource = z.object({
  fileName: requiredText(255),
  contentBase64: base64Content(ATTACHMENT_MAX_BYTES),
  /** The worksheet (xlsx); the first one when absent. */
  sheet: z.string().max(200).optional(),
  /** The clerk's corrections of the automatic mapping; absent: the automatic one. */
  mapping: ImportMapping.optional(),
}).strict();

/** One refused row: `row` as Excel shows it (1 = the sheet's first row), the column's heading, why. */
export const ImportRefusal = z.object({ row: z.number().int(), column: z.string(), value: z.string(), reason: z.string() });
export type ImportRefusal = z.infer<typeof ImportRefusal>;

export const ImportPreviewRow = z.object({
  row: z.number().int(),
  arrivalNumber: z.number().int().nullable(),
  arrivalDate: z.string(),
  issuer: z.string(),
  symbol: z.string(),
  documentDate: z.string().nullable(),
  abstract: z.string(),
  handlingUnit: z.string(),
  notes: z.string(),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

const ImportOutcome = {
  refused: z.array(ImportRefusal),
  warnings: z.array(z.string()),
};

export const ImportPreviewOut = z.object({
  sheets: z.array(z.string()),
  sheet: z.string(),
  /** The heading row as Excel numbers it. */
  headerRow: z.number().int(),
  columns: z.array(z.object({ index: z.number().int(), letter: z.string(), header: z.string() })),
  mapping: ImportMapping,
  /** Data rows below the heading (blank rows not counted). */
  rowCount: z.number().int(),
  /** The first rows as they would be registered. */
  preview: z.array(ImportPreviewRow),
  /** How many rows the import would register (rowCount minus the refused ones). */
  accepted: z.number().int(),
  ...ImportOutcome,
});
export type ImportPreviewOut = z.infer<typeof ImportPreviewOut>;

export const ImportRunOut = z.object({ imported: z.number().int(), ...ImportOutcome });

export const importMethods = {
  /** The dry run: nothing is written. */
  'incoming.importPreview': method(ImportSource, ImportPreviewOut),
  /** Registers every row, or none when a row is refused (imported 0 and the refusals). */
  'incoming.importRun': method(ImportSource, ImportRunOut),
  /** The refusal list as an Excel file the clerk can save ("Lưu danh sách lỗi"). */
  'incoming.importRefusalsXlsx': method(
    z.object({ fileName: z.string().max(255).default(''), refused: z.array(ImportRefusal).max(1_000_000) }).strict(),
    z.object({ fileName: z.string(), contentBase64: z.string() }),
  ),
};
