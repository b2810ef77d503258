/**
 * Strict structural checks of a produced .xlsx or .docx, beyond what LibreOffice tolerates: Excel and Word
 * repair or refuse files that LibreOffice opens without a word (a sheet with two rows of the same number,
 * rows out of order, overlapping merged cells, a style number past the end of the list…). Every part is read
 * with a real XML parser.
 */
import { DOMParser } from '@xmldom/xmldom'; // its nodes have the DOM's types (Document, Element)
import JSZip from 'jszip';
import { posix } from 'node:path';

const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

type Parts = Map<string, Document>;

function parse(path: string, text: string, problems: string[]): Document | null {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(text, 'application/xml');
  if (errors.length > 0 || !doc.documentElement) {
    problems.push(`${path}: not well-formed XML: ${errors[0] ?? 'no root element'}`);
    return null;
  }
  return doc;
}

const elements = (root: Document | Element, ns: string, name: string): Element[] => Array.from(root.getElementsByTagNameNS(ns, name));

const children = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.childNodes as NodeListOf<ChildNode>).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name);

const elementCount = (parent: Element): number => Array.from(parent.childNodes as NodeListOf<ChildNode>).filter((n) => n.nodeType === 1).length;

async function readParts(file: Uint8Array, problems: string[]): Promise<{ zip: JSZip; parts: Parts }> {
  const zip = await JSZip.loadAsync(file);
  const parts: Parts = new Map();
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path]!.dir || !/\.(xml|rels)$/.test(path)) continue;
    const doc = parse(path, await zip.file(path)!.async('string'), problems);
    if (doc) parts.set(path, doc);
  }
  return { zip, parts };
}

/** Every part has a content type; every override names a part that exists. */
function checkContentTypes(zip: JSZip, parts: Parts, problems: string[]): void {
  const types = parts.get('[Content_Types].xml');
  if (!types) {
    problems.push('[Content_Types].xml missing');
    return;
  }
  const defaults = new Set(elements(types, CONTENT_TYPES_NS, 'Default').map((e) => e.getAttribute('Extension')!.toLowerCase()));
  const overrides = new Set(elements(types, CONTENT_TYPES_NS, 'Override').map((e) => e.getAttribute('PartName')!.replace(/^\//, '')));
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path]!.dir || path === '[Content_Types].xml') continue;
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase(); // "_rels/.rels" → "rels"
    if (!overrides.has(path) && !defaults.has(extension)) problems.push(`${path}: no content type in [Content_Types].xml`);
  }
  for (const path of overrides) if (!zip.file(path)) problems.push(`[Content_Types].xml: override for missing part ${path}`);
}

/** The relationships of each part, by id; internal targets must exist. */
function checkRelationships(zip: JSZip, parts: Parts, problems: string[]): Map<string, Map<string, string>> {
  const byPart = new Map<string, Map<string, string>>();
  for (const [path, doc] of parts) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(path);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    const ids = new Map<string, string>();
    for (const rel of elements(doc, RELS_NS, 'Relationship')) {
      const id = rel.getAttribute('Id') ?? '';
      const target = rel.getAttribute('Target') ?? '';
      if (ids.has(id)) problems.push(`${path}: relationship id ${id} used twice`);
      ids.set(id, target);
      if (rel.getAttribute('TargetMode') === 'External') continue;
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(source), target));
      if (!zip.file(resolved)) problems.push(`${path}: relationship ${id} points to missing part ${resolved}`);
    }
    byPart.set(source, ids);
  }
  return byPart;
}

/** "AB12" → column 28, row 12. */
function cellRef(ref: string): { column: number; row: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

function countAttribute(el: Element | undefined, problems: string[], what: string, actual: number): void {
  const count = el?.getAttribute('count');
  if (count !== null && count !== undefined && count !== '' && Number(count) !== actual) problems.push(`${what}: count="${count}" but ${actual} entries`);
}

function checkWorksheet(path: string, sheet: Document, limits: { styles: number; strings: number }, problems: string[]): void {
  let previousRow = 0;
  for (const row of elements(sheet, SPREADSHEET_NS, 'row')) {
    const r = Number(row.getAttribute('r'));
    if (!Number.isInteger(r) || r <= previousRow) problems.push(`${path}: row ${row.getAttribute('r')} after row ${previousRow} (rows must be unique and ascending)`);
    previousRow = Math.max(previousRow, r);
    const rowStyle = row.getAttribute('s');
    if (rowStyle && Number(rowStyle) >= limits.styles) problems.push(`${path}: row ${r} style ${rowStyle} beyond cellXfs (${limits.styles})`);
    let previousColumn = 0;
    for (const c of children(row, SPREADSHEET_NS, 'c')) {
      const ref = c.getAttribute('r') ?? '';
      const at = cellRef(ref);
      if (!at || at.row !== r) problems.push(`${path}: cell ${ref} inside row ${r}`);
      else if (at.column <= previousColumn) problems.push(`${path}: cell ${ref} out of order in row ${r}`);
      if (at) previousColumn = Math.max(previousColumn, at.column);
      const style = c.getAttribute('s');
      if (style && Number(style) >= limits.styles) problems.push(`${path}: cell ${ref} style ${style} beyond cellXfs (${limits.styles})`);
      if (c.getAttribute('t') === 's') {
        const index = Number(children(c, SPREADSHEET_NS, 'v')[0]?.textContent);
        if (!Number.isInteger(index) || index >= limits.strings) problems.push(`${path}: cell ${ref} shared string ${index} beyond ${limits.strings}`);
      }
    }
  }
  const mergeList = elements(sheet, SPREADSHEET_NS, 'mergeCells')[0];
  const merges = elements(sheet, SPREADSHEET_NS, 'mergeCell').map((m) => {
    const [a, b] = (m.getAttribute('ref') ?? '').split(':').map(cellRef);
    if (!a || !b) problems.push(`${path}: merged range ${m.getAttribute('ref')} malformed`);
    return { ref: m.getAttribute('ref'), top: a?.row ?? 0, left: a?.column ?? 0, bottom: b?.row ?? 0, right: b?.column ?? 0 };
  });
  countAttribute(mergeList, problems, `${path} mergeCells`, merges.length);
  merges.sort((x, y) => x.top - y.top);
  for (let i = 0; i < merges.length; i++) {
    for (let j = i + 1; j < merges.length && merges[j]!.top <= merges[i]!.bottom; j++) {
      const [x, y] = [merges[i]!, merges[j]!];
      if (x.left <= y.right && y.left <= x.right) problems.push(`${path}: merged ranges ${x.ref} and ${y.ref} overlap`);
    }
  }
}

function checkStyles(styles: Document | undefined, problems: string[]): number {
  if (!styles) return 0;
  const count = (name: string) => {
    const list = elements(styles, SPREADSHEET_NS, name)[0];
    return list ? elementCount(list) : 0;
  };
  const fonts = count('fonts');
  const fills = count('fills');
  const borders = count('borders');
  const formats = new Set(elements(styles, SPREADSHEET_NS, 'numFmt').map((f) => Number(f.getAttribute('numFmtId'))));
  const cellXfs = elements(styles, SPREADSHEET_NS, 'cellXfs')[0];
  const xfs = cellXfs ? children(cellXfs, SPREADSHEET_NS, 'xf') : [];
  countAttribute(cellXfs, problems, 'xl/styles.xml cellXfs', xfs.length);
  for (const name of ['numFmts', 'fonts', 'fills', 'borders']) {
    const list = elements(styles, SPREADSHEET_NS, name)[0];
    if (list) countAttribute(list, problems, `xl/styles.xml ${name}`, elementCount(list));
  }
  xfs.forEach((xf, i) => {
    const numFmt = Number(xf.getAttribute('numFmtId') ?? 0);
    if (numFmt >= 164 && !formats.has(numFmt)) problems.push(`xl/styles.xml: cellXfs ${i} uses undefined number format ${numFmt}`);
    if (Number(xf.getAttribute('fontId') ?? 0) >= fonts) problems.push(`xl/styles.xml: cellXfs ${i} font beyond ${fonts}`);
    if (Number(xf.getAttribute('fillId') ?? 0) >= fills) problems.push(`xl/styles.xml: cellXfs ${i} fill beyond ${fills}`);
    if (Number(xf.getAttribute('borderId') ?? 0) >= borders) problems.push(`xl/styles.xml: cellXfs ${i} border beyond ${borders}`);
  });
  return xfs.length;
}

/** The problems of an .xlsx; empty when it is sound. */
export async function xlsxProblems(file: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const { zip, parts } = await readParts(file, problems);
  checkContentTypes(zip, parts, problems);
  checkRelationships(zip, parts, problems);
  const styles = checkStyles(parts.get('xl/styles.xml'), problems);
  const sst = parts.get('xl/sharedStrings.xml');
  const strings = sst ? elements(sst, SPREADSHEET_NS, 'si').length : 0;
  const uniqueCount = sst ? elements(sst, SPREADSHEET_NS, 'sst')[0]?.getAttribute('uniqueCount') : null;
  if (uniqueCount && Number(uniqueCount) !== strings) problems.push(`xl/sharedStrings.xml: uniqueCount="${uniqueCount}" but ${strings} strings`);
  for (const [path, doc] of parts) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) checkWorksheet(path, doc, { styles, strings }, problems);
  }
  return problems;
}

/** Style ids, numbering ids and relationship ids a Word part uses must exist; table rows must fill the grid. */
function checkWordPart(path: string, doc: Document, ctx: { styles: Set<string>; numbering: Set<string>; rels: Map<string, string> }, problems: string[]): void {
  for (const name of ['pStyle', 'rStyle', 'tblStyle']) {
    for (const el of elements(doc, WORD_NS, name)) {
      const id = el.getAttributeNS(WORD_NS, 'val') ?? '';
      if (!ctx.styles.has(id)) problems.push(`${path}: style "${id}" (${name}) not defined in word/styles.xml`);
    }
  }
  for (const el of elements(doc, WORD_NS, 'numId')) {
    const id = el.getAttributeNS(WORD_NS, 'val') ?? '';
    if (id !== '0' && !ctx.numbering.has(id)) problems.push(`${path}: numbering ${id} not defined in word/numbering.xml`);
  }
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    for (const attr of ['id', 'embed', 'link']) {
      const id = el.getAttributeNS(DOC_RELS_NS, attr);
      if (id && !ctx.rels.has(id)) problems.push(`${path}: relationship ${id} (${el.nodeName}) not in its .rels`);
    }
  }
  for (const tbl of elements(doc, WORD_NS, 'tbl')) {
    const grid = children(children(tbl, WORD_NS, 'tblGrid')[0] ?? tbl, WORD_NS, 'gridCol').length;
    children(tbl, WORD_NS, 'tr').forEach((tr, i) => {
      const span = children(tr, WORD_NS, 'tc').reduce((sum, tc) => {
        const gridSpan = elements(tc, WORD_NS, 'gridSpan')[0]?.getAttributeNS(WORD_NS, 'val');
        return sum + Number(gridSpan ?? 1);
      }, 0);
      if (span !== grid) problems.push(`${path}: table row ${i + 1} spans ${span} columns of a grid of ${grid}`);
    });
  }
}

/** The problems of a .docx; empty when it is sound. */
export async function docxProblems(file: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const { zip, parts } = await readParts(file, problems);
  checkContentTypes(zip, parts, problems);
  const rels = checkRelationships(zip, parts, problems);
  if (!parts.has('word/document.xml')) problems.push('word/document.xml missing or not well-formed');
  const stylesDoc = parts.get('word/styles.xml');
  const styles = new Set(stylesDoc ? elements(stylesDoc, WORD_NS, 'style').map((s) => s.getAttributeNS(WORD_NS, 'styleId') ?? '') : []);
  const numberingDoc = parts.get('word/numbering.xml');
  const numbering = new Set(numberingDoc ? elements(numberingDoc, WORD_NS, 'num').map((n) => n.getAttributeNS(WORD_NS, 'numId') ?? '') : []);
  for (const [path, doc] of parts) {
    if (!/^word\/(document|header\d*|footer\d*|footnotes|endnotes|styles|numbering)\.xml$/.test(path)) continue;
    checkWordPart(path, doc, { styles, numbering, rels: rels.get(path) ?? new Map() }, problems);
  }
  return problems;
}

/** Throws, listing every problem, unless the file is a sound .xlsx or .docx. */
export async function expectSoundOoxml(file: Uint8Array, format: 'xlsx' | 'docx'): Promise<void> {
  const problems = format === 'xlsx' ? await xlsxProblems(file) : await docxProblems(file);
  if (problems.length > 0) throw new Error(`The .${format} is not sound:\n${problems.slice(0, 30).join('\n')}`);
}
