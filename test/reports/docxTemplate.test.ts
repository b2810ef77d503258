/** The Word template engine and the pitfalls of patching .docx files. */
import { Paragraph, TextRun, Table, TableCell, TableRow, PageOrientation } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkTemplate, fillDocx as fillUnchecked, listPlaceholders } from '../../electron/backend/reports/docxTemplate';
import { ReportError } from '../../electron/backend/reports/ReportError';
import { expectSoundOoxml } from '../helpers/ooxmlCheck';
import { reportError } from './reportError';
import type { PlaceholderSpec } from '../../electron/backend/reports/placeholders';
import { paragraphs, table, type TableColumn } from '../../electron/backend/reports/values';
import { docxOf, docxText, docxWithBodyXml, docxWithHeaderFooter, paragraphTexts, partXml } from './docxFixtures';

/** fillDocx, and every file it writes passes the strict structural checks. */
async function fillDocx(...args: Parameters<typeof fillUnchecked>): Promise<Buffer> {
  const out = await fillUnchecked(...args);
  await expectSoundOoxml(out, 'docx');
  return out;
}

const COLUMNS: TableColumn[] = [
  { header: 'Số đến', width: 8, align: 'center' },
  { header: 'Trích yếu', width: 40 },
];

describe('fillDocx: text placeholders', () => {
  it('fills adjacent placeholders', async () => {
    const template = await docxOf([new Paragraph({ children: [new TextRun('A: {{a}}{{b}} hết')] })]);
    const out = await fillDocx(template, { a: 'AAA', b: 1234 });
    expect(await paragraphTexts(out)).toContain('A: AAA1.234 hết');
  });

  it('finds a placeholder the docx library split over several runs', async () => {
    const template = await docxOf([
      new Paragraph({ children: [new TextRun('Về: {{tri'), new TextRun({ text: 'ch_', bold: true }), new TextRun('yeu}} (hết)')] }),
    ]);
    expect(await listPlaceholders(template)).toEqual(['trich_yeu']);
    const out = await fillDocx(template, { trich_yeu: 'việc tổ chức hội nghị' });
    expect(await paragraphTexts(out)).toContain('Về: việc tổ chức hội nghị (hết)');
  });

  it('finds a placeholder Word split over runs with proofing marks, bookmarks and revision ids between them', async () => {
    // What Word writes after a user retypes part of a placeholder: runs with rsids, a spelling mark, a bookmark.
    const body =
      '<w:p w:rsidR="00A1" w:rsidRDefault="00B2"><w:r w:rsidR="00C3"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Trích yếu: {{</w:t></w:r>' +
      '<w:proofErr w:type="spellStart"/><w:r w:rsidR="00D4"><w:rPr><w:b/></w:rPr><w:t>trich</w:t></w:r><w:proofErr w:type="spellEnd"/>' +
      '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' +
      '<w:r w:rsidR="00E5"><w:rPr><w:b/></w:rPr><w:t>_yeu</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:lastRenderedPageBreak/><w:t>}}.</w:t></w:r></w:p>';
    const template = await docxWithBodyXml(body);
    expect(await listPlaceholders(template)).toEqual(['trich_yeu']);
    const out = await fillDocx(template, { trich_yeu: 'Về công tác dân vận' });
    expect(await paragraphTexts(out)).toContain('Trích yếu: Về công tác dân vận.');
    expect(await partXml(out)).not.toContain('{{');
  });

  it('keeps the formatting of the placeholder (keepOriginalStyles)', async () => {
    const template = await docxOf([new Paragraph({ children: [new TextRun({ text: '{{nguoi_ky}}', bold: true, size: 28, font: 'Times New Roman' })] })]);
    const xml = await partXml(await fillDocx(template, { nguoi_ky: 'Hoàng Văn Minh' }));
    const run = /<w:r>(?:(?!<\/w:r>).)*Hoàng Văn Minh/.exec(xml)?.[0] ?? '';
    expect(run).toContain('<w:b/>');
    expect(run).toContain('<w:sz w:val="28"/>');
    expect(run).toContain('Times New Roman');
  });

  it('leaves nothing of an empty value or of a placeholder it has no value for', async () => {
    const template = await docxOf([new Paragraph('[{{rong}}] [{{khong_co}}] [{{so}}]')]);
    const out = await fillDocx(template, { rong: '', so: 0 });
    expect(await paragraphTexts(out)).toContain('[] [] [0]');
  });

  it('writes a line break for "\\n" and strips characters XML forbids', async () => {
    const template = await docxOf([new Paragraph('{{ghi_chu}}')]);
    const out = await fillDocx(template, { ghi_chu: 'dòng một\u0007\ndòng hai\u0000' });
    expect(await paragraphTexts(out)).toContain('dòng một\ndòng hai');
    expect(await docxText(out)).toContain('dòng hai');
  });

  it('fills placeholders in headers and footers', async () => {
    const out = await fillDocx(await docxWithHeaderFooter(), { than: 'B', dau_trang: 'H', chan_trang: 'F' });
    const zip = await JSZip.loadAsync(out);
    const parts = Object.keys(zip.files).filter((p) => /word\/(header|footer)\d*\.xml$/.test(p));
    const texts = (await Promise.all(parts.map((p) => paragraphTexts(out, p)))).flat();
    expect(texts).toEqual(expect.arrayContaining(['Đầu trang: H', 'Chân trang: F']));
  });
});

describe('fillDocx: paragraphs and tables', () => {
  it('writes one paragraph per item, each with the placeholder paragraph\'s formatting', async () => {
    const template = await docxOf([
      new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: '{{noi_nhan}}', italics: true, size: 22 })] }),
      new Paragraph('Sau'),
    ]);
    const out = await fillDocx(template, { noi_nhan: paragraphs(['- Như trên,', '- Lưu VPTU.']) });
    const xml = await partXml(out);
    const items = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes('- '));
    expect(items).toHaveLength(2);
    for (const p of items) {
      expect(p).toContain('<w:ind w:left="567"/>');
      expect(p).toContain('<w:i/>');
      expect(p).toContain('<w:sz w:val="22"/>');
    }
    expect(await paragraphTexts(out)).toEqual(expect.arrayContaining(['- Như trên,', '- Lưu VPTU.', 'Sau']));
  });

  it('keeps the text around a paragraphs placeholder that shares its paragraph, with line breaks', async () => {
    const template = await docxOf([new Paragraph('Nơi nhận: {{noi_nhan}} (hết)')]);
    const out = await fillDocx(template, { noi_nhan: paragraphs(['A', 'B']) });
    expect(await paragraphTexts(out)).toContain('Nơi nhận: A\nB (hết)');
  });

  it('leaves out the paragraph of an empty list, keeping the section (landscape) that follows it', async () => {
    const template = await docxOf([new Paragraph('{{danh_sach}}')], { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } });
    const out = await fillDocx(template, { danh_sach: paragraphs([]) });
    const xml = await partXml(out);
    expect(xml).not.toContain('{{');
    // Nothing printed where the list would be: no paragraph left, not even an empty one.
    expect(await paragraphTexts(out)).toEqual([]);
    expect(xml).toMatch(/<w:sectPr[^>]*>(?:(?!<\/w:sectPr>).)*w:orient="landscape"/);
  });

  it('writes a table with a header row repeated on each page, as wide as the text of its section', async () => {
    const template = await docxOf([new Paragraph('Trước'), new Paragraph('{{bang}}'), new Paragraph('Sau')], {
      properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { left: 1701, right: 851 } } },
    });
    const rows = [[11646, 'Nghị quyết <số 43> & kế hoạch'], { heading: 'Nhóm 2' }, { cells: ['', 'Tổng'], bold: true as const }];
    const out = await fillDocx(template, { bang: table(COLUMNS, rows, { columnNumbers: true }) });
    const xml = await partXml(out);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain(`<w:tblW w:w="${16838 - 1701 - 851}" w:type="dxa"/>`);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    const text = await docxText(out);
    for (const s of ['Trước', 'Số đến', '(2)', '11646', 'Nghị quyết <số 43> & kế hoạch', 'Nhóm 2', 'Tổng', 'Sau']) expect(text).toContain(s);
    expect(await partXml(out, 'word/styles.xml')).toContain('w:styleId="VTBangNoiDung"');
  });

  it('puts a paragraph after a table placed in a table cell, as Word requires', async () => {
    const cell = new TableCell({ children: [new Paragraph('{{bang}}')] });
    const template = await docxOf([new Table({ rows: [new TableRow({ children: [cell] })] })]);
    const xml = await partXml(await fillDocx(template, { bang: table(COLUMNS, [[1, 'x']]) }));
    expect(xml).toMatch(/<\/w:tbl><w:p>(?:(?!<\/w:p>).)*<\/w:p><\/w:tc>/);
  });

  it('refuses a table placeholder among other text', async () => {
    const template = await docxOf([new Paragraph('Bảng: {{bang}}')]);
    const error = await reportError(fillDocx(template, { bang: table(COLUMNS, []) }));
    expect(error.code).toBe('TEMPLATE_BROKEN');
    expect(error.message).toContain('{{bang}}');
    expect(error.message).toContain('phải nằm riêng một đoạn');
  });
});

describe('broken templates', () => {
  it('refuses a file that is not a .docx', async () => {
    const error = await reportError(fillDocx(Buffer.from('đây không phải tệp Word'), {}));
    expect(error.code).toBe('TEMPLATE_UNREADABLE');
    expect(error.message).toContain('không phải là tệp Word (.docx) hợp lệ');
    const zip = new JSZip();
    zip.file('hello.txt', 'x');
    const notWord = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await reportError(fillDocx(notWord, {}))).message).toContain('word/document.xml');
    expect((await reportError(listPlaceholders(notWord))).code).toBe('TEMPLATE_UNREADABLE');
  });

  it('refuses unbalanced braces and malformed names, saying where', async () => {
    const cases: [string, string][] = [
      ['Số {{so_ky_hieu và ngày', 'Thiếu dấu "}}"'],
      ['Ngày so_ky_hieu}} tháng', 'Thừa dấu "}}"'],
      ['{{trích yếu}}', 'không hợp lệ'],
      ['{{abc {{def}}', 'Thiếu dấu "}}"'],
    ];
    for (const [text, message] of cases) {
      const error = await reportError(fillDocx(await docxOf([new Paragraph(text)]), {}));
      expect(error.code).toBe('TEMPLATE_BROKEN');
      expect(error.message).toContain(message);
    }
  });
});

describe('checkTemplate and listPlaceholders', () => {
  const spec = (name: string, kind: PlaceholderSpec['kind'], required: boolean): PlaceholderSpec => ({ name, kind, required, description: '' });

  it('lists placeholders once, in order, from the body, headers and footers', async () => {
    const names = await listPlaceholders(await docxWithHeaderFooter());
    expect([...names].sort()).toEqual(['chan_trang', 'dau_trang', 'than']);
    const template = await docxOf([new Paragraph('{{a}} {{b}} {{a}}'), new Paragraph('{{ c }}')]);
    expect(await listPlaceholders(template)).toEqual(['a', 'b', 'c']);
  });

  it('says which placeholders are unknown, missing or misplaced', async () => {
    const template = await docxOf([new Paragraph('{{a}} {{la}}'), new Paragraph('Bảng: {{bang}}'), new Paragraph('{{x')]);
    const check = await checkTemplate(template, [spec('a', 'text', true), spec('b', 'text', true), spec('c', 'text', false), spec('bang', 'table', true)]);
    expect(check.unknown).toEqual(['la']);
    expect(check.missing).toEqual(['b']);
    expect(check.problems).toHaveLength(2);
    expect(check.ok).toBe(false);
  });

  it('passes a template that has exactly what the report needs', async () => {
    const template = await docxOf([new Paragraph('{{a}}'), new Paragraph('{{bang}}')]);
    const check = await checkTemplate(template, [spec('a', 'text', true), spec('bang', 'table', true), spec('tuy_chon', 'text', false)]);
    expect(check).toMatchObject({ unknown: [], missing: [], problems: [], ok: true });
  });
});
