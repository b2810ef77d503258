/**
 * Small, fast helpers over WordprocessingML as text: finding paragraphs and their text (a placeholder may be
 * split over several runs), the formatting of a paragraph and of a run, and the width of a section's text.
 * Regular expressions, not a DOM: they only ever read the well-formed XML Word or the docx library wrote.
 */

export interface XmlParagraph {
  /** Offset of "<w:p" and just after "</w:p>". */
  start: number;
  end: number;
  /** Just after the opening tag. */
  bodyStart: number;
  /** The paragraph's own text (not that of paragraphs nested in a text box), entities decoded. */
  text: string;
  /** Where each piece of text starts: in the XML (at its "<w:t") and in `text`. */
  pieces: { xmlAt: number; textAt: number }[];
}

const TOKEN = /<w:p(?=[\s>/])[^>]*>|<\/w:p>|<w:t(?=[\s>/])[^>]*>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Every paragraph of a part, inner (text-box) paragraphs before the paragraph holding them. */
export function findParagraphs(xml: string): XmlParagraph[] {
  const found: XmlParagraph[] = [];
  const open: Omit<XmlParagraph, 'end'>[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const tag = m[0];
    if (tag === '</w:p>') {
      const p = open.pop();
      if (p) found.push({ ...p, end: m.index + tag.length });
    } else if (tag.startsWith('<w:p')) {
      const end = m.index + tag.length;
      if (tag.endsWith('/>')) found.push({ start: m.index, end, bodyStart: end, text: '', pieces: [] });
      else open.push({ start: m.index, bodyStart: end, text: '', pieces: [] });
    } else if (!tag.endsWith('/>')) {
      const close = xml.indexOf('</w:t>', m.index + tag.length);
      if (close < 0) break;
      const top = open[open.length - 1];
      if (top) {
        top.pieces.push({ xmlAt: m.index, textAt: top.text.length });
        top.text += decodeXmlText(xml.slice(m.index + tag.length, close));
      }
      TOKEN.lastIndex = close + '</w:t>'.length;
    }
  }
  return found;
}

/** The element `name` starting exactly at `at` (with what it nests), or '' when none starts there. */
export function elementAt(xml: string, at: number, name: string): string {
  const openTag = new RegExp(`<${name}(?=[\\s>/])[^>]*>|</${name}>`, 'g');
  openTag.lastIndex = at;
  let depth = 0;
  for (let m = openTag.exec(xml); m !== null; m = openTag.exec(xml)) {
    if (depth === 0 && m.index !== at) return '';
    if (m[0].startsWith('</')) depth -= 1;
    else if (!m[0].endsWith('/>')) depth += 1;
    if (depth === 0) return xml.slice(at, m.index + m[0].length);
  }
  return '';
}

/** The paragraph's properties ("<w:pPr>…</w:pPr>"), or ''. */
export function paragraphProperties(xml: string, p: XmlParagraph): string {
  return elementAt(xml, p.bodyStart, 'w:pPr');
}

/** The properties of the run holding the paragraph's text at `textAt` ("<w:rPr>…</w:rPr>"), or ''. */
export function runPropertiesAt(xml: string, p: XmlParagraph, textAt: number): string {
  let piece = p.pieces[0];
  for (const candidate of p.pieces) if (candidate.textAt <= textAt) piece = candidate;
  if (!piece) return '';
  const runStart = Math.max(xml.lastIndexOf('<w:r>', piece.xmlAt), xml.lastIndexOf('<w:r ', piece.xmlAt));
  if (runStart < p.start) return '';
  const afterTag = xml.indexOf('>', runStart) + 1;
  return elementAt(xml, afterTag, 'w:rPr');
}

/** Properties without a section break, for copies of a paragraph that must not each end a section. */
export function withoutSectionBreak(pPr: string): string {
  const at = pPr.indexOf('<w:sectPr');
  if (at < 0) return pPr;
  const sectPr = elementAt(pPr, at, 'w:sectPr');
  return pPr.slice(0, at) + pPr.slice(at + sectPr.length);
}

function twipsAttribute(tag: string, name: string): number | null {
  const m = new RegExp(`\\bw:${name}="(-?\\d+)"`).exec(tag);
  return m ? Number(m[1]) : null;
}

/** Width in twips between the margins of the section whose properties are `sectPr`; null if unknown. */
function sectionTextWidth(sectPr: string): number | null {
  const size = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0];
  const margins = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0];
  if (!size || !margins) return null;
  const width = twipsAttribute(size, 'w');
  const left = twipsAttribute(margins, 'left') ?? 0;
  const right = twipsAttribute(margins, 'right') ?? 0;
  return width === null ? null : width - left - right;
}

/** A4 portrait with margins of 30 and 15 mm, when a document says nothing. */
export const DEFAULT_TEXT_WIDTH = 9354;

/** Width of the text of the section that holds offset `at` of document.xml: its section properties follow it. */
export function textWidthAt(documentXml: string, at: number): number {
  const sectAt = documentXml.indexOf('<w:sectPr', at);
  if (sectAt < 0) return DEFAULT_TEXT_WIDTH;
  return sectionTextWidth(elementAt(documentXml, sectAt, 'w:sectPr')) ?? DEFAULT_TEXT_WIDTH;
}

/** Width of the text of the document's last section (for headers and footers). */
export function lastSectionTextWidth(documentXml: string): number {
  const sectAt = documentXml.lastIndexOf('<w:sectPr');
  return sectAt < 0 ? DEFAULT_TEXT_WIDTH : textWidthAt(documentXml, sectAt);
}
