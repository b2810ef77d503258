/**
 * The fast path for the rows of Excel tables. ExcelJS takes about 1.5 s to write the 200,000 cells of a
 * 20,000-row register book, almost all of it building XML one attribute at a time; writing the rows as text
 * takes a fraction of that. So xlsxTable leaves, where a table's rows go, one marker row per kind of row
 * (plain, bold, struck, heading) holding the styles those rows need; ExcelJS writes the workbook (and gives each
 * style its number); then this module replaces the marker rows by the table's rows, written here with the
 * style numbers read from the markers. Dates, percentages and text that Excel could take for a formula get
 * variants of those styles (see xlsxStyleVariants); a total row's numbers become SUM formulas.
 */
import JSZip from 'jszip';
import { escapeXml } from './docxXml';
import { cleanText, percentValue, rowShape, type TableCellValue, type TableValue } from './values';
import { StyleVariants } from './xlsxStyleVariants';

export type RowKind = 'plain' | 'bold' | 'struck' | 'heading';

const MARKER = /^VT-ROWS:(\d+):(plain|bold|struck|heading)$/;

/** The text of the marker cell of a table's kind of row. */
export const markerText = (tableId: number, kind: RowKind): string => `VT-ROWS:${tableId}:${kind}`;

/** The kinds of row a table has, in the order of their marker rows. */
export function rowKinds(value: TableValue): RowKind[] {
  const kinds = new Set<RowKind>();
  for (const row of value.rows) {
    const shape = rowShape(row);
    kinds.add('heading' in shape ? 'heading' : shape.bold ? 'bold' : shape.struck ? 'struck' : 'plain');
  }
  return (['plain', 'bold', 'struck', 'heading'] as const).filter((k) => kinds.has(k));
}

/** What the rows of a table need once ExcelJS has written the workbook. */
export interface PendingRows {
  value: TableValue;
  /** First column (1-based). */
  left: number;
  /** Row height in points for each row of the table, in order. */
  heights: number[];
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel refuses a cell longer than this. */
const MAX_CELL_TEXT = 32767;

const DATE_FORMAT = 'dd/mm/yyyy';
const PERCENT_FORMAT = '0.0%';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day 0 of Excel's date serial numbers (as Excel counts, with its 29/02/1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2024-03-05" → Excel's serial number of that day; null for anything else. */
export function excelDate(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  return m ? (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH) / 86_400_000 : null;
}

/** Text Excel would read as a formula if the clerk edited the cell: marked so it stays text. */
const FORMULA_START = /^[=+\-@]/;

function textXml(ref: string, style: string | undefined, text: string, variants: StyleVariants): string {
  const clean = cleanText(text).slice(0, MAX_CELL_TEXT);
  const s = FORMULA_START.test(clean) ? variants.variant(style, { quotePrefix: true }) : style;
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(clean)}</t></is></c>`;
}

function cellXml(ref: string, style: string | undefined, value: TableCellValue, variants: StyleVariants): string {
  if (typeof value === 'string') return value === '' ? `<c r="${ref}"${style ? ` s="${style}"` : ''}/>` : textXml(ref, style, value, variants);
  if (typeof value === 'number') return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  if (value === null) return `<c r="${ref}"${style ? ` s="${style}"` : ''}/>`;
  if (value.kind === 'percent') {
    return `<c r="${ref}" s="${variants.variant(style, { numFmt: PERCENT_FORMAT })}"><v>${percentValue(value)}</v></c>`;
  }
  const s = variants.variant(style, { numFmt: DATE_FORMAT });
  if (value.iso === null) return `<c r="${ref}" s="${s}"/>`;
  const serial = excelDate(value.iso);
  return serial === null ? textXml(ref, style, value.iso, variants) : `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
}

/**
 * The sums of a total row: the numbers of the plain rows above it, back to the previous total row. Runs of
 * plain rows (headings between them do not break a run: they hold no numbers) make the formula's ranges.
 */
class RunningSums {
  private runs: [number, number][] = [];
  private sums: number[] = [];

  addPlain(row: number, cells: readonly TableCellValue[]): void {
    const last = this.runs.at(-1);
    if (last && last[1] === row - 1) last[1] = row;
    else this.runs.push([row, row]);
    cells.forEach((v, j) => {
      if (typeof v === 'number') this.sums[j] = (this.sums[j] ?? 0) + v;
    });
  }

  /** A heading row: part of the run around it. */
  addHeading(row: number): void {
    const last = this.runs.at(-1);
    if (last && last[1] === row - 1) last[1] = row;
  }

  formula(letters: string, j: number): { formula: string; value: number } | null {
    if (this.runs.length === 0) return null;
    const ranges = this.runs.map(([a, b]) => (a === b ? `${letters}${a}` : `${letters}${a}:${letters}${b}`));
    return { formula: `SUM(${ranges.join(',')})`, value: this.sums[j] ?? 0 };
  }

  reset(): void {
    this.runs = [];
    this.sums = [];
  }
}

function totalCellXml(ref: string, style: string | undefined, value: TableCellValue, sum: { formula: string; value: number } | null, variants: StyleVariants): string {
  if (typeof value !== 'number' || sum === null) return cellXml(ref, style, value, variants);
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}><f>${sum.formula}</f><v>${sum.value}</v></c>`;
}

/** The style numbers of the marker rows' cells, by kind and column. */
type MarkerStyles = Map<RowKind, Map<number, string>>;

interface MarkerBlock {
  /** Offsets in the sheet XML of the first marker row and just after the last. */
  start: number;
  end: number;
  firstRow: number;
  styles: MarkerStyles;
}

const ROW = /<row\b[^>]*\br="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b[^>]*\br="([A-Z]+)\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Finds the marker rows of each table in a sheet. */
function findMarkers(sheetXml: string, markerByString: Map<number, { table: number; kind: RowKind }>): Map<number, MarkerBlock> {
  const blocks = new Map<number, MarkerBlock>();
  ROW.lastIndex = 0;
  for (let row = ROW.exec(sheetXml); row !== null; row = ROW.exec(sheetXml)) {
    const body = row[2] ?? '';
    let marker: { table: number; kind: RowKind } | undefined;
    const styles = new Map<number, string>();
    CELL.lastIndex = 0;
    for (let cell = CELL.exec(body); cell !== null; cell = CELL.exec(body)) {
      const tag = cell[0];
      const style = /\ss="(\d+)"/.exec(tag)?.[1];
      if (style) styles.set(columnNumber(cell[1]!), style);
      if (/\st="s"/.test(tag)) {
        const index = Number(/<v>(\d+)<\/v>/.exec(cell[2] ?? '')?.[1]);
        marker ??= markerByString.get(index);
      }
    }
    if (!marker) continue;
    const rowEnd = row.index + row[0].length;
    const block = blocks.get(marker.table);
    if (block) {
      block.end = rowEnd;
      block.styles.set(marker.kind, styles);
    } else {
      blocks.set(marker.table, { start: row.index, end: rowEnd, firstRow: Number(row[1]), styles: new Map([[marker.kind, styles]]) });
    }
  }
  return blocks;
}

function rowsXml(pending: PendingRows, block: MarkerBlock, variants: StyleVariants): { xml: string; merges: string[] } {
  const { value, left, heights } = pending;
  const columns = value.columns.length;
  const letters = Array.from({ length: columns }, (_, j) => columnLetters(left + j));
  const out: string[] = [];
  const merges: string[] = [];
  const sums = new RunningSums();
  value.rows.forEach((row, i) => {
    const r = block.firstRow + i;
    const shape = rowShape(row);
    out.push(`<row r="${r}" ht="${heights[i]}" customHeight="1">`);
    if ('heading' in shape) {
      const styles = block.styles.get('heading')!;
      for (let j = 0; j < columns; j++) out.push(cellXml(`${letters[j]}${r}`, styles.get(left + j), j === 0 ? shape.heading : null, variants));
      if (columns > 1) merges.push(`<mergeCell ref="${letters[0]}${r}:${letters[columns - 1]}${r}"/>`);
      sums.addHeading(r);
    } else if (shape.total) {
      const styles = block.styles.get('bold')!;
      for (let j = 0; j < columns; j++) {
        const ref = `${letters[j]}${r}`;
        out.push(totalCellXml(ref, styles.get(left + j), shape.cells[j] ?? null, sums.formula(letters[j]!, j), variants));
      }
      sums.reset();
    } else {
      const styles = block.styles.get(shape.bold ? 'bold' : shape.struck ? 'struck' : 'plain')!;
      for (let j = 0; j < columns; j++) out.push(cellXml(`${letters[j]}${r}`, styles.get(left + j), shape.cells[j] ?? null, variants));
      if (!shape.bold && !shape.struck) sums.addPlain(r, shape.cells);
    }
    out.push('</row>');
  });
  return { xml: out.join(''), merges };
}

/** Elements that may follow mergeCells in a worksheet, in the schema's order. */
const AFTER_MERGES = ['<phoneticPr', '<conditionalFormatting', '<dataValidations', '<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function addMerges(sheetXml: string, merges: string[]): string {
  if (merges.length === 0) return sheetXml;
  const existing = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(sheetXml);
  if (existing) {
    const count = (existing[1]!.match(/<mergeCell\b/g) ?? []).length + merges.length;
    const replacement = `<mergeCells count="${count}">${existing[1]}${merges.join('')}</mergeCells>`;
    return sheetXml.slice(0, existing.index) + replacement + sheetXml.slice(existing.index + existing[0].length);
  }
  const at = Math.min(...AFTER_MERGES.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>${sheetXml.slice(at)}`;
}

/** The last row of the sheet's dimension, raised to cover the rows written. */
function widenDimension(sheetXml: string, lastRow: number): string {
  return sheetXml.replace(/<dimension ref="([A-Z]+\d+)(?::([A-Z]+)(\d+))?"\/>/, (whole, from: string, toCol?: string, toRow?: string) => {
    if (!toCol || !toRow || Number(toRow) >= lastRow) return whole;
    return `<dimension ref="${from}:${toCol}${lastRow}"/>`;
  });
}

function sharedStringMarkers(sharedStringsXml: string): Map<number, { table: number; kind: RowKind }> {
  const markers = new Map<number, { table: number; kind: RowKind }>();
  let index = 0;
  for (const si of sharedStringsXml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    const text = [...si[1]!.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('');
    const m = MARKER.exec(text);
    if (m) markers.set(index, { table: Number(m[1]), kind: m[2] as RowKind });
    index += 1;
  }
  return markers;
}

/**
 * The sheet without the rows ExcelJS left where a table's rows go, besides its markers: inserting rows above
 * a table moves its cells but may leave an empty row (with a height) at the old number, which would then sit
 * beside the table's own row of that number: two rows 7, out of order, a file Excel repairs or refuses.
 */
function withoutLeftoverRows(sheetXml: string, blocks: ReadonlyMap<number, MarkerBlock>, pending: ReadonlyMap<number, PendingRows>): string {
  const spans = [...blocks].flatMap(([table, b]) => {
    const rows = pending.get(table);
    return rows ? [{ first: b.firstRow, last: b.firstRow + rows.value.rows.length - 1, start: b.start, end: b.end }] : [];
  });
  ROW.lastIndex = 0;
  return sheetXml.replace(ROW, (whole: string, r: string, _body: string | undefined, offset: number) => {
    const n = Number(r);
    const leftover = spans.some((t) => n >= t.first && n <= t.last && (offset < t.start || offset >= t.end));
    return leftover ? '' : whole;
  });
}

/** Replaces the marker rows of the workbook ExcelJS wrote by the rows of the pending tables. */
export async function spliceTableRows(workbook: Uint8Array, pending: ReadonlyMap<number, PendingRows>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const sharedStrings = zip.file('xl/sharedStrings.xml');
  const markers = sharedStrings ? sharedStringMarkers(await sharedStrings.async('string')) : new Map();
  const stylesFile = zip.file('xl/styles.xml');
  const variants = new StyleVariants(stylesFile ? await stylesFile.async('string') : '');
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const original = await zip.file(path)!.async('string');
    const found = findMarkers(original, markers);
    if (found.size === 0) continue;
    let xml = withoutLeftoverRows(original, found, pending);
    const blocks = [...findMarkers(xml, markers).entries()].sort((a, b) => b[1].start - a[1].start);
    const merges: string[] = [];
    let lastRow = 0;
    for (const [table, block] of blocks) {
      const rows = pending.get(table);
      if (!rows) continue;
      const written = rowsXml(rows, block, variants);
      merges.push(...written.merges);
      lastRow = Math.max(lastRow, block.firstRow + rows.value.rows.length - 1);
      xml = xml.slice(0, block.start) + written.xml + xml.slice(block.end);
    }
    zip.file(path, Buffer.from(widenDimension(addMerges(xml, merges), lastRow)));
  }
  if (stylesFile && variants.changed) zip.file('xl/styles.xml', variants.xml());
  // Deflate level 1: a 20,000-row register book compresses several times faster than at level 6, for a file about
  // 1.5 times larger (well under 1 MB). Parts go in as UTF-8 buffers, encoded natively rather than by JSZip.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
