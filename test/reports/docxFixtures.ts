/** Small Word templates for the engine tests, and ways to read a result back. */
import { Document, Footer, Header, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A .docx whose body is these paragraphs (made with the docx library, each TextRun its own <w:r>). */
export function docxOf(children: ISectionOptions['children'], options: Partial<ISectionOptions> = {}): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ ...options, children }] }));
}

/** A .docx with a header and a footer holding placeholders. */
export function docxWithHeaderFooter(): Promise<Buffer> {
  return docxOf([new Paragraph('Thân: {{than}}')], {
    headers: { default: new Header({ children: [new Paragraph('Đầu trang: {{dau_trang}}')] }) },
    footers: { default: new Footer({ children: [new Paragraph('Chân trang: {{chan_trang}}')] }) },
  });
}

/** A .docx whose <w:body> content is this raw XML, as Word would write it (before the section properties). */
export async function docxWithBodyXml(bodyXml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await docxOf([new Paragraph('x')]));
  const xml = await zip.file('word/document.xml')!.async('string');
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectAt = xml.indexOf('<w:sectPr', start);
  zip.file('word/document.xml', xml.slice(0, start) + bodyXml + xml.slice(sectAt));
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const run = (text: string, rPr = ''): TextRun => new TextRun({ text, ...(rPr === 'b' ? { bold: true } : {}) });

export async function partXml(docx: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return zip.file(part)!.async('string');
}

/** The text as Word users see it (mammoth reads the document as Word does). */
export async function docxText(docx: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value.normalize('NFC');
}

/** The text of each paragraph of the body, by reading the XML. */
export async function paragraphTexts(docx: Uint8Array, part = 'word/document.xml'): Promise<string[]> {
  const xml = await partXml(docx, part);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : t[1])).join(''),
  );
}
