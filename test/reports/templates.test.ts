/** The default templates in templates/: valid for their report, up to date, and in the Party format (docs/trade.md). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../electron/backend/reports/defaultTemplates/index';
import { checkReportTemplate } from '../../electron/backend/reports/fillTemplate';

const committed = (fileName: string) => readFile(join(import.meta.dirname, '../../templates', fileName));

async function parts(file: Uint8Array, pattern: RegExp): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const path of Object.keys(zip.files).filter((p) => pattern.test(p))) out[path] = await zip.file(path)!.async('string');
  return out;
}

/** The run (<w:r>…</w:r>) holding `text`. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at, `"${text}" in the template`).toBeGreaterThan(0);
  return xml.slice(xml.lastIndexOf('<w:r>', at), at);
}

describe.each(DEFAULT_TEMPLATES.map((t) => [t.fileName, t] as const))('%s', (fileName, template) => {
  it('has every placeholder its report needs, and none it does not know', async () => {
    const check = await checkReportTemplate(template.report, template.format, await committed(fileName));
    expect(check).toMatchObject({ unknown: [], missing: [], problems: [], ok: true });
  });

  it('is what `npm run templates` makes (rebuild it after changing defaultTemplates)', async () => {
    const pattern = template.format === 'docx' ? /^word\/(document|styles|header\d+|footer\d+)\.xml$/ : /^xl\/(worksheets\/sheet\d+|styles|sharedStrings|workbook)\.xml$/;
    expect(await parts(await committed(fileName), pattern)).toEqual(await parts(await template.build(), pattern));
  });
});

// The register books are not documents sent out (NĐ 30/2020/NĐ-CP, Phụ lục IV): the incoming book is tested on
// its own below. The copy page (ban-sao) has no Party header of its own either: it follows the copied document.
const NOT_SENT_OUT: readonly string[] = ['so-dang-ky', 'so-sao', 'ban-sao', 'so-di'];
const PARTY_DOCUMENTS = DEFAULT_TEMPLATES.filter((t) => t.format === 'docx' && !NOT_SENT_OUT.includes(t.report));

describe.each(PARTY_DOCUMENTS.map((t) => [t.fileName] as const))('%s follows Hướng dẫn 36', (fileName) => {
  it('A4, margins 20/20/30/15 mm, Times New Roman 14', async () => {
    const xml = await parts(await committed(fileName), /^word\/(document|styles)\.xml$/);
    const document = xml['word/document.xml']!;
    const sizes = [...document.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])].sort().join('x'));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBe('11906x16838');
    for (const m of document.matchAll(/<w:pgMar ([^>]*)\/>/g)) {
      expect(m[1]).toMatch(/w:top="1134"/);
      expect(m[1]).toMatch(/w:bottom="1134"/);
      expect(m[1]).toMatch(/w:left="1701"/);
      expect(m[1]).toMatch(/w:right="850"|w:right="851"/);
    }
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml['word/styles.xml']!)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('has the header of a Party document, the title, Nơi nhận and the signature block', async () => {
    const document = (await parts(await committed(fileName), /^word\/document\.xml$/))['word/document.xml']!;
    const party = runOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('<w:b/>');
    expect(party).toContain('<w:sz w:val="30"/>');
    expect(document).toMatch(/<w:pBdr><w:top w:val="single"/); // the line under it
    expect(runOf(document, '{{co_quan_cap_tren}}')).toContain('<w:sz w:val="28"/>');
    expect(runOf(document, '{{co_quan_ban_hanh}}')).toContain('<w:b/>');
    expect(runOf(document, '{{dia_danh_ngay}}')).toContain('<w:i/>');
    expect(document).toContain('Số {{so_ky_hieu}}');
    const received = runOf(document, 'Nơi nhận:');
    expect(received).toContain('<w:b/>');
    expect(received).toContain('<w:i/>');
    expect(received).toContain('<w:sz w:val="24"/>');
    for (const name of ['{{tham_quyen}}', '{{chuc_vu}}', '{{nguoi_ky}}']) expect(runOf(document, name)).toContain('<w:b/>');
    expect(document.indexOf('{{noi_nhan}}')).toBeGreaterThan(document.indexOf('Nơi nhận:'));
  });

  it('numbers pages from page 2, in the header', async () => {
    const xml = await parts(await committed(fileName), /^word\/(document|header\d+)\.xml$/);
    const document = xml['word/document.xml']!;
    const firstSection = document.slice(0, document.indexOf('</w:sectPr>'));
    expect(firstSection.includes('<w:titlePg/>'), 'different first page').toBe(true);
    const headers = Object.entries(xml).filter(([path]) => path.startsWith('word/header'));
    expect(headers.some(([, h]) => /PAGE/.test(h))).toBe(true);
    const first = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(firstSection)?.[1];
    expect(first).toBeDefined();
  });
});

describe('so-dang-ky-den.docx, the register book of Phụ lục IV', () => {
  it('landscape A4 with margins that fit the ten columns, Times New Roman 14, pages numbered from page 2', async () => {
    const xml = await parts(await committed('so-dang-ky-den.docx'), /^word\/(document|styles)\.xml$/);
    const document = xml['word/document.xml']!;
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(document).toMatch(/<w:pgMar [^>]*w:left="1134"[^>]*\/>/);
    expect(document).toContain('<w:titlePg/>');
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml['word/styles.xml']!)?.[0]).toContain('w:ascii="Times New Roman"');
  });

  it('has the cover of a register book: the office and the book, no number, date line, Nơi nhận or signature', async () => {
    const document = (await parts(await committed('so-dang-ky-den.docx'), /^word\/document\.xml$/))['word/document.xml']!;
    for (const s of ['{{co_quan_cap_tren}}', '{{co_quan_ban_hanh}}', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm {{nam_so}}', 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}', 'Từ số {{tu_so}} đến số {{den_so}}', 'Quyển số: {{quyen_so}}', '{{bang_so_dang_ky}}']) {
      expect(document).toContain(s);
    }
    for (const s of ['so_ky_hieu', 'dia_danh_ngay', 'Nơi nhận', 'noi_nhan', 'tham_quyen', 'chuc_vu', 'nguoi_ky']) expect(document).not.toContain(s);
  });
});

describe('ban-sao.docx, the copy page (Hướng dẫn 36; the last page of a received 43-NQ/TW)', () => {
  it('puts the copying body, the number, the form and the date above Nơi nhận and the signature, under a line', async () => {
    const document = (await parts(await committed('ban-sao.docx'), /^word\/document\.xml$/))['word/document.xml']!;
    expect(document).toMatch(/<w:pBdr><w:top w:val="single"/); // the line across the page above the block
    expect(runOf(document, '{{co_quan_ban_hanh}}')).toContain('<w:b/>');
    expect(runOf(document, '{{hinh_thuc_sao}}')).toContain('<w:b/>');
    expect(runOf(document, '{{dia_danh_ngay}}')).toContain('<w:i/>');
    expect(document).toContain('Số {{so_ky_hieu}}');
    const received = runOf(document, 'Nơi nhận:');
    expect(received).toContain('<w:b/>');
    expect(received).toContain('<w:i/>');
    for (const name of ['{{tham_quyen}}', '{{chuc_vu}}', '{{nguoi_ky}}']) expect(runOf(document, name)).toContain('<w:b/>');
    const order = ['{{co_quan_cap_tren}}', '{{co_quan_ban_hanh}}', 'Số {{so_ky_hieu}}', '{{hinh_thuc_sao}}', '{{dia_danh_ngay}}', 'Nơi nhận:', '{{noi_nhan}}', '{{tham_quyen}}', '{{nguoi_ky}}'];
    const positions = order.map((text) => document.indexOf(text));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(document).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
});
