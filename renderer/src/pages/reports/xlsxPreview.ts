import JSZip from 'jszip';

/**
 * A small reader of the workbooks the app writes, for the preview: every sheet's cells as text with
 * their merges, column widths, bold/italic and alignment. Not a spreadsheet engine: formulas show their
 * cached value, and only what a report workbook uses is read (shared and inline strings, numbers, dates).
 */

export interface SheetCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center' | 'right' | undefined;
  numeric: boolean;
}

export interface SheetRow {
  /** 1-based row number in the sheet. */
  r: number;
  /** One entry per column; null where a merged cell covers it. */
  cells: (SheetCell | null)[];
}

export interface Sheet {
  name: string;
  /** Column widths in pixels. */
  widths: number[];
  rows: SheetRow[];
  /** Number of frozen rows at the top (the header), 0 if none. */
  frozenRows: number;
}

interface CellStyle { bold: boolean; italic: boolean; align: SheetCell['align']; date: boolean }

const parseXml = (text: string): Document => new DOMParser().parseFromString(text, 'application/xml');
const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));
const first = (node: Document | Element, tag: string): Element | undefined => node.getElementsByTagName(tag)[0];

/** "AB12" → { col: 27, row: 12 } (1-based). */
function cellRef(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return { col: 0, row: 0 };
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** Text of a shared or inline string: plain <t> or rich runs <r><t>. */
const stringText = (si: Element): string => all(si, 't').map((t) => t.textContent ?? '').join('');

const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function readStyles(doc: Document | null): CellStyle[] {
  if (!doc) return [];
  const fonts = all(first(doc, 'fonts') ?? doc.createElement('x'), 'font').map((f) => ({
    bold: Boolean(first(f, 'b')) && first(f, 'b')!.getAttribute('val') !== '0',
    italic: Boolean(first(f, 'i')) && first(f, 'i')!.getAttribute('val') !== '0',
  }));
  const customDates = new Set(
    all(doc, 'numFmt')
      .filter((n) => /[dy]/i.test((n.getAttribute('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '')))
      .map((n) => Number(n.getAttribute('numFmtId'))),
  );
  const xfs = first(doc, 'cellXfs');
  if (!xfs) return [];
  return all(xfs, 'xf').map((xf) => {
    const font = fonts[Number(xf.getAttribute('fontId') ?? 0)];
    const h = first(xf, 'alignment')?.getAttribute('horizontal');
    const fmt = Number(xf.getAttribute('numFmtId') ?? 0);
    return {
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      align: h === 'center' || h === 'centerContinuous' ? 'center' : h === 'right' ? 'right' : h === 'left' ? 'left' : undefined,
      date: DATE_FORMAT_IDS.has(fmt) || customDates.has(fmt),
    };
  });
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** An Excel serial day number as dd/mm/yyyy (1900 date system). */
function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Reads every sheet of an .xlsx file (its bytes) for display. */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? null;
  const workbookXml = await text('xl/workbook.xml');
  if (!workbookXml) throw new Error('Tệp Excel không có xl/workbook.xml.');
  const workbook = parseXml(workbookXml);
  const relsXml = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  if (relsXml) {
    for (const rel of all(parseXml(relsXml), 'Relationship')) {
      const target = rel.getAttribute('Target') ?? '';
      targets.set(rel.getAttribute('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const sharedXml = await text('xl/sharedStrings.xml');
  const shared = sharedXml ? all(parseXml(sharedXml), 'si').map(stringText) : [];
  const stylesXml = await text('xl/styles.xml');
  const styles = readStyles(stylesXml ? parseXml(stylesXml) : null);

  const sheets: Sheet[] = [];
  for (const sheetEl of all(workbook, 'sheet')) {
    if (sheetEl.getAttribute('state') === 'hidden' || sheetEl.getAttribute('state') === 'veryHidden') continue;
    const path = targets.get(sheetEl.getAttribute('r:id') ?? '');
    const xml = path ? await text(path) : null;
    if (!xml) continue;
    sheets.push(readSheet(sheetEl.getAttribute('name') ?? '', parseXml(xml), shared, styles));
  }
  return sheets;
}

function readSheet(name: string, doc: Document, shared: string[], styles: CellStyle[]): Sheet {
  const cells = new Map<string, SheetCell>();
  let maxCol = 0;
  let maxRow = 0;
  for (const c of all(doc, 'c')) {
    const { col, row } = cellRef(c.getAttribute('r') ?? '');
    if (!col) continue;
    const type = c.getAttribute('t');
    const style = styles[Number(c.getAttribute('s') ?? 0)];
    const v = first(c, 'v')?.textContent ?? '';
    let value = '';
    let numeric = false;
    if (type === 's') value = shared[Number(v)] ?? '';
    else if (type === 'inlineStr') value = stringText(first(c, 'is') ?? c);
    else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
    else if (type === 'str' || type === 'e') value = v;
    else if (v !== '') {
      const n = Number(v);
      numeric = !style?.date;
      value = style?.date ? serialToDate(n) : numberFormat.format(n);
    }
    cells.set(`${row}:${col}`, {
      text: value, colSpan: 1, rowSpan: 1, numeric,
      bold: style?.bold ?? false, italic: style?.italic ?? false, align: style?.align,
    });
    maxCol = Math.max(maxCol, col);
    if (value) maxRow = Math.max(maxRow, row);
  }

  const covered = new Set<string>();
  for (const m of all(doc, 'mergeCell')) {
    const [a, b] = (m.getAttribute('ref') ?? '').split(':');
    if (!a || !b) continue;
    const from = cellRef(a);
    const to = cellRef(b);
    const key = `${from.row}:${from.col}`;
    const cell = cells.get(key) ?? { text: '', colSpan: 1, rowSpan: 1, bold: false, italic: false, align: undefined, numeric: false };
    cell.colSpan = to.col - from.col + 1;
    cell.rowSpan = to.row - from.row + 1;
    cells.set(key, cell);
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) covered.add(`${r}:${c}`);
    }
  }

  const widths: number[] = Array.from({ length: maxCol }, () => 64);
  for (const col of all(doc, 'col')) {
    const min = Number(col.getAttribute('min'));
    const max = Math.min(Number(col.getAttribute('max')), maxCol);
    const width = Number(col.getAttribute('width') ?? 8.43);
    for (let i = min; i <= max; i++) widths[i - 1] = Math.round(width * 7 + 5);
  }

  const rows: SheetRow[] = [];
  for (let r = 1; r <= maxRow; r++) {
    const row: (SheetCell | null)[] = [];
    for (let c = 1; c <= maxCol; c++) {
      row.push(covered.has(`${r}:${c}`) ? null : cells.get(`${r}:${c}`) ?? { text: '', colSpan: 1, rowSpan: 1, bold: false, italic: false, align: undefined, numeric: false });
    }
    rows.push({ r, cells: row });
  }

  const pane = first(doc, 'pane');
  const frozenRows = pane?.getAttribute('state') === 'frozen' ? Number(pane.getAttribute('ySplit') ?? 0) : 0;
  return { name, widths, rows, frozenRows };
}
