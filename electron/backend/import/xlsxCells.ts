import JSZip from 'jszip';
import { AppError } from '../../../shared/errors';
import type { Cell, SheetBook, SheetRows } from './readSheet';

// The cell values of an .xlsx workbook read straight from its XML parts: ExcelJS builds a full object
// model (styles, fonts, borders of every cell) and takes seconds for a 50,000-row register; an import
// needs only each cell's value and whether its number format is a date.
// Parts: workbook.xml (sheet names → relationship ids), its .rels (→ sheet part), sharedStrings.xml,
// styles.xml (cellXfs → numFmtId), the sheet's <row>/<c> elements. Namespace prefixes (x:) are allowed.

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]!)
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))); // OOXML's escape of control characters
}

/** The text of an <si> or <is>: its <t> runs joined (rich text), phonetic runs left out. */
function runText(xml: string): string {
  let text = '';
  for (const m of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += m[1];
  return unescapeXml(text);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return Array.from(xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g), (m) => (m[1] === undefined ? '' : runText(m[1])));
}

/** Built-in number formats that show dates (ECMA-376 §18.8.30), and custom ones with day/month/year codes. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const isDateFormat = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** For each cell style index (the s attribute), whether its number format shows a date. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, boolean>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)) custom.set(Number(m[1]), isDateFormat(unescapeXml(m[2]!)));
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return Array.from(xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>?/g), (m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    return custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id);
  });
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** "AB12" → column index 27. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE_RE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;

const ATTR_RE = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  // Attributes separated by plain spaces, as Excel and every library write them: found without a regular
  // expression (three per cell of a 50,000-row sheet); other whitespace takes the general way.
  const at = attrs.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    const end = attrs.indexOf('"', start);
    if (end >= 0) return attrs.slice(start, end);
  }
  if (!/[\t\n\r]/.test(attrs)) return undefined;
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

function sheetRows(xml: string, strings: string[], dates: boolean[]): SheetRows {
  const rows: SheetRows = [];
  let rowNumber = 0;
  // exec loops on one global expression each (a matchAll iterator per row cost more than the matching).
  const rowRe = new RegExp(ROW_RE);
  const cellRe = new RegExp(CELL_RE);
  let rm: RegExpExecArray | null;
  while ((rm = rowRe.exec(xml))) {
    const r = attr(rm[1]!, 'r');
    rowNumber = r ? Number(r) : rowNumber + 1;
    const body = rm[2];
    if (!body) continue;
    const row: Cell[] = [];
    let column = -1;
    cellRe.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = cellRe.exec(body))) {
      const attrs = cm[1]!;
      const ref = attr(attrs, 'r');
      column = ref ? columnOf(ref) : column + 1;
      const inner = cm[2];
      if (!inner) continue;
      const type = attr(attrs, 't') ?? 'n';
      let value: Cell = null;
      if (type === 'inlineStr') value = runText(inner);
      else {
        const raw = VALUE_RE.exec(inner)?.[1];
        if (raw === undefined) continue;
        if (type === 's') value = strings[Number(raw)] ?? '';
        else if (type === 'str') value = unescapeXml(raw);
        else if (type === 'b') value = raw === '1';
        else if (type === 'e') value = null;
        else {
          const n = Number(raw);
          const style = attr(attrs, 's');
          // A date cell: the day (UTC midnight, as ExcelJS gives it), its time of day dropped.
          value = style && dates[Number(style)] ? new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS) : n;
        }
      }
      while (row.length < column) row.push(null);
      row[column] = value;
    }
    rows[rowNumber] = row;
  }
  return rows;
}

async function text(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file ? file.async('string') : null;
}

/** The workbook's sheets (in order) and their cells; a Vietnamese refusal when the file is not an .xlsx. */
export async function readXlsxCells(content: Buffer): Promise<SheetBook> {
  let zip: JSZip;
  let workbook: string | null;
  try {
    zip = await JSZip.loadAsync(content);
    workbook = await text(zip, 'xl/workbook.xml');
  } catch {
    workbook = null;
  }
  if (!workbook) {
    throw new AppError('VALIDATION', 'Không đọc được tệp Excel (tệp hỏng, có mật khẩu, hoặc không phải .xlsx). Tệp .xls cũ: mở trong Excel và lưu lại thành .xlsx.');
  }
  const rels = (await text(zip!, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = Array.from(workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g), (m) => ({
    name: unescapeXml(attr(m[1]!, 'name') ?? ''),
    part: targets.get(attr(m[1]!, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(m[1]!)?.[1] ?? '') ?? '',
  }));
  if (!sheets.length) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  const strings = sharedStrings(await text(zip!, 'xl/sharedStrings.xml'));
  const dates = dateStyles(await text(zip!, 'xl/styles.xml'));
  const parts = new Map<string, string>();
  for (const s of sheets) parts.set(s.name, (await text(zip!, s.part)) ?? '');
  const parsed = new Map<string, SheetRows>();
  return {
    sheets: sheets.map((s) => s.name),
    rowsOf(name) {
      const xml = parts.get(name);
      if (xml === undefined) throw new AppError('VALIDATION', `Tệp không có trang tính "${name}". Các trang tính: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`);
      let rows = parsed.get(name);
      if (!rows) parsed.set(name, (rows = sheetRows(xml, strings, dates)));
      return rows;
    },
  };
}
