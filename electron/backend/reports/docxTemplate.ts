/**
 * The Word template engine: a .docx with `{{name}}` placeholders (see placeholderSyntax) filled with values
 * (see values).
 *
 * Text values go through the docx library's patchDocument, which finds a placeholder even when Word has split
 * it over several runs, fills adjacent placeholders, and keeps the placeholder's formatting
 * (keepOriginalStyles). Paragraphs and tables are written here instead, straight into the XML, because
 * patchDocument (a) drops the formatting of the placeholder's paragraph, so a list would lose the template's
 * font size and indents, (b) removes the text around a block placeholder without a word, and (c) takes
 * about 50 s to insert a 20,000-row table. Block placeholders are therefore left to this module: it replaces
 * their whole paragraph once patchDocument is done.
 *
 * Nothing is written before the template has been read and checked: a file that is not a .docx, or a
 * placeholder that is malformed, throws a ReportError and produces no output at all.
 */
import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import JSZip from 'jszip';
import { ReportError } from './ReportError';
import { highlighted, splitMarks } from './writeMarks';
import { ensureTableStyles, tableXml } from './docxTable';
import {
  escapeXml,
  findParagraphs,
  lastSectionTextWidth,
  paragraphProperties,
  runPropertiesAt,
  textWidthAt,
  withoutSectionBreak,
  type XmlParagraph,
} from './docxXml';
import { scanPlaceholders } from './placeholderSyntax';
import type { PlaceholderSpec } from './placeholders';
import { compareWithSpecs, describeProblems, type TemplateCheck } from './templateCheck';
import {
  cleanText,
  isParagraphsValue,
  isTableValue,
  textOf,
  type ParagraphsValue,
  type PlaceholderValue,
  type PlaceholderValues,
  type TableValue,
} from './values';

export type { TemplateCheck } from './templateCheck';

const DOCUMENT_PART = 'word/document.xml';
/** The parts whose text can hold placeholders. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

interface Occurrence {
  name: string;
  /** The placeholder is all the text of its paragraph. */
  alone: boolean;
}

interface TemplateScan {
  occurrences: Occurrence[];
  problems: string[];
}

async function openDocx(template: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(template);
  } catch (cause) {
    throw new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu không phải là tệp Word (.docx) hợp lệ: không mở được nội dung tệp.', { cause });
  }
  if (!zip.file(DOCUMENT_PART)) {
    throw new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu không phải là tệp Word (.docx) hợp lệ: thiếu phần nội dung văn bản (word/document.xml).');
  }
  return zip;
}

function textParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((path) => TEXT_PART.test(path));
}

/** Is the placeholder all the text of the paragraph? */
function standsAlone(p: XmlParagraph, start: number, end: number): boolean {
  return p.text.slice(0, start).trim() === '' && p.text.slice(end).trim() === '';
}

async function scanTemplate(zip: JSZip): Promise<TemplateScan> {
  const occurrences: Occurrence[] = [];
  const problems: string[] = [];
  for (const path of textParts(zip)) {
    const xml = await zip.file(path)!.async('string');
    for (const p of findParagraphs(xml)) {
      if (!p.text.includes('{') && !p.text.includes('}')) continue;
      const scan = scanPlaceholders(p.text);
      problems.push(...scan.problems);
      for (const o of scan.occurrences) occurrences.push({ name: o.name, alone: standsAlone(p, o.start, o.end) });
    }
  }
  return { occurrences, problems };
}

const unique = (names: Iterable<string>): string[] => [...new Set(names)];

/** The placeholders of a Word template, in order of first appearance (patchDetector's answer). */
export async function listPlaceholders(template: Uint8Array): Promise<string[]> {
  await openDocx(template);
  return unique(await patchDetector({ data: template, trimPlaceholders: true }));
}

function misplacedTable(name: string): string {
  return `Chỗ điền bảng {{${name}}} phải nằm riêng một đoạn, không có chữ nào khác cùng đoạn.`;
}

/** Compares a template with what a report expects. Throws a ReportError only for a file that is not a .docx. */
export async function checkTemplate(template: Uint8Array, expected: readonly PlaceholderSpec[]): Promise<TemplateCheck> {
  const zip = await openDocx(template);
  const scan = await scanTemplate(zip);
  const tables = new Set(expected.filter((s) => s.kind === 'table').map((s) => s.name));
  const misplaced = unique(scan.occurrences.filter((o) => tables.has(o.name) && !o.alone).map((o) => o.name));
  const placeholders = unique([...(await listPlaceholders(template)), ...scan.occurrences.map((o) => o.name)]);
  return compareWithSpecs(placeholders, [...scan.problems, ...misplaced.map(misplacedTable)], expected);
}

/** The runs patchDocument puts in place of a text placeholder: one per line, with line breaks between. */
function inlinePatch(value: PlaceholderValue | undefined): IPatch {
  const text =
    value === undefined || isTableValue(value) ? '' : isParagraphsValue(value) ? value.paragraphs.map(cleanText).join('\n') : textOf(value);
  const lines = text.split('\n');
  return {
    type: PatchType.PARAGRAPH,
    children: lines.flatMap((line, i) =>
      splitMarks(line).map((piece, j) => new TextRun({ text: piece.text, break: i > 0 && j === 0 ? 1 : undefined, highlight: piece.marked ? 'yellow' : undefined }))),
  };
}

/** Placeholders filled here as whole paragraphs or tables, rather than by patchDocument. */
function blockPlaceholders(scan: TemplateScan, values: PlaceholderValues): Set<string> {
  const blocks = new Set<string>();
  const problems: string[] = [];
  for (const name of unique(scan.occurrences.map((o) => o.name))) {
    const value = values[name];
    const allAlone = scan.occurrences.every((o) => o.name !== name || o.alone);
    if (isTableValue(value)) {
      if (allAlone) blocks.add(name);
      else problems.push(misplacedTable(name));
    } else if (isParagraphsValue(value) && allAlone) {
      blocks.add(name);
    }
  }
  if (problems.length > 0) throw new ReportError('TEMPLATE_BROKEN', describeProblems('Tệp mẫu Word có chỗ điền đặt sai vị trí:', problems));
  return blocks;
}

function paragraphPropertiesOf(i: number, count: number, pPr: string, body: string): string {
  const own = i === count - 1 ? pPr : body;
  return i === 0 ? own : withoutPageBreak(own);
}

function paragraphsXml(value: ParagraphsValue, pPr: string, rPr: string): string {
  const body = withoutSectionBreak(pPr);
  const items = value.paragraphs.map(cleanText);
  if (items.length === 0) return `<w:p>${pPr}</w:p>`;
  // One run per piece: text still to be written ("[Cần viết: …]") is highlighted (writeMarks).
  const runs = (line: string): string =>
    splitMarks(line).map((piece) => `<w:r>${piece.marked ? highlighted(rPr) : rPr}<w:t xml:space="preserve">${escapeXml(piece.text)}</w:t></w:r>`).join('');
  return items
    // The section break stays with the last item, a page break before the placeholder with the first.
    .map((text, i) => `<w:p>${paragraphPropertiesOf(i, items.length, pPr, body)}${text.split('\n').map(runs).join(`<w:r>${rPr}<w:br/></w:r>`)}</w:p>`)
    .join('');
}

/** A table, and after it the paragraph Word needs there: the section break it replaced, or an empty one. */
function tableBlockXml(value: TableValue, pPr: string, width: number, following: string): string {
  const table = tableXml(value, width);
  if (pPr.includes('<w:sectPr')) return `${table}<w:p>${pPr}</w:p>`;
  const needsParagraph = following.startsWith('</w:tc>') || following.startsWith('<w:tbl') || following.startsWith('<w:sectPr');
  return needsParagraph ? `${table}<w:p>${withoutSectionBreak(pPr)}</w:p>` : table;
}

/** A table without columns or a list without paragraphs: the block is left out. */
const isEmptyBlock = (value: PlaceholderValue): boolean =>
  (isTableValue(value) && value.columns.length === 0) || (isParagraphsValue(value) && value.paragraphs.length === 0);

const withoutPageBreak = (pPr: string): string => pPr.replace(/<w:pageBreakBefore(?:\s+w:val="(?:true|1|on)")?\s*\/>/g, '');

const NAME_ONLY = /^\s*\{\{\s*([a-z][a-z0-9_]*)\s*\}\}\s*$/;

/** Replaces the paragraphs holding nothing but a block placeholder by the block. */
function replaceBlocks(xml: string, values: PlaceholderValues, blocks: ReadonlySet<string>, fallbackWidth: number | null): string {
  const targets = findParagraphs(xml)
    .map((p) => ({ p, name: NAME_ONLY.exec(p.text)?.[1] }))
    .filter((t): t is { p: XmlParagraph; name: string } => t.name !== undefined && blocks.has(t.name))
    .sort((a, b) => b.p.start - a.p.start);
  let out = xml;
  for (const { p, name } of targets) {
    const value = values[name]!;
    const pPr = paragraphProperties(out, p);
    let block: string;
    if (isEmptyBlock(value)) {
      // Nothing to print (an appendix left out): the paragraph goes too, unless Word needs it there.
      const following = out.slice(p.end, p.end + 12);
      const needed = pPr.includes('<w:sectPr') || following.startsWith('</w:tc>') || following.startsWith('<w:tbl');
      block = needed ? `<w:p>${withoutPageBreak(pPr)}</w:p>` : '';
    } else if (isTableValue(value)) {
      const width = fallbackWidth ?? textWidthAt(out, p.start);
      block = tableBlockXml(value, pPr, width, out.slice(p.end, p.end + 12));
    } else {
      block = paragraphsXml(value as ParagraphsValue, pPr, runPropertiesAt(out, p, p.text.indexOf('{{')));
    }
    out = out.slice(0, p.start) + block + out.slice(p.end);
  }
  return out;
}

async function patchText(template: Uint8Array, patches: Record<string, IPatch>): Promise<Buffer> {
  try {
    return await patchDocument({
      outputType: 'nodebuffer',
      data: template,
      patches,
      keepOriginalStyles: true,
      trimPlaceholders: true,
      recursive: true,
    });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ReportError('TEMPLATE_BROKEN', `Không đọc được nội dung tệp mẫu Word (tệp có thể bị hỏng): ${reason}`, { cause });
  }
}

/**
 * Fills a Word template. Every placeholder of the template is filled: one without a value is left blank.
 * Throws a ReportError, and writes nothing, when the template is not a .docx or a placeholder is malformed
 * or a table placeholder shares its paragraph with other text.
 */
export async function fillDocx(template: Uint8Array, values: PlaceholderValues): Promise<Buffer> {
  const scan = await scanTemplate(await openDocx(template));
  if (scan.problems.length > 0) {
    throw new ReportError('TEMPLATE_BROKEN', describeProblems('Tệp mẫu Word có chỗ điền viết sai, cần sửa trong Word:', scan.problems));
  }
  const blocks = blockPlaceholders(scan, values);
  const patches: Record<string, IPatch> = {};
  for (const { name } of scan.occurrences) if (!blocks.has(name)) patches[name] = inlinePatch(values[name]);

  const patched = await patchText(template, patches);
  if (blocks.size === 0) return patched;

  const zip = await JSZip.loadAsync(patched);
  const documentXml = await zip.file(DOCUMENT_PART)!.async('string');
  for (const path of textParts(zip)) {
    const xml = path === DOCUMENT_PART ? documentXml : await zip.file(path)!.async('string');
    const width = path === DOCUMENT_PART ? null : lastSectionTextWidth(documentXml);
    zip.file(path, Buffer.from(replaceBlocks(xml, values, blocks, width)));
  }
  const usesTables = [...blocks].some((name) => isTableValue(values[name]));
  const styles = zip.file('word/styles.xml');
  if (usesTables && styles) zip.file('word/styles.xml', ensureTableStyles(await styles.async('string')));
  // Deflate level 1: a 20,000-row register book compresses several times faster than at level 6, for a file about
  // 1.5 times larger (well under 1 MB). Parts go in as UTF-8 buffers, encoded natively rather than by JSZip.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
