import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, requireLibreOffice } from '../helpers/libreoffice';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

const run = promisify(execFile);

// The copy page as the clerk sends it, read back as a reader would: the Word file through LibreOffice and the
// PDF through pdftotext, line by line against the copy page of the received 43-NQ/TW (its last page).

/** The copy page of Nghị quyết 43-NQ/TW as received by the Văn phòng Tỉnh ủy Lạng Sơn, line by line. */
const SEED_COPY_PAGE = [
  'TỈNH ỦY LẠNG SƠN',
  'VĂN PHÒNG',
  '*',
  'Số 1274-SY/VPTU',
  'Nơi nhận:',
  '- Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc,',
  '- Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh,',
  '- Ban Thường vụ Tỉnh đoàn,',
  '- Báo Lạng Sơn,',
  '- Trường chính trị Hoàng Văn Thụ,',
  '- Các đ/c Ủy viên BCH Đảng bộ tỉnh,',
  '- Lưu Văn phòng Tỉnh uỷ.',
  'SAO Y',
  'Lạng Sơn, ngày 04 tháng 12 năm 2023',
  'K/T CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'Sai Văn Đông',
];

const SEED_COPY = {
  sourceSymbol: '43-NQ/TW', form: 'SY', number: 1274, date: '2023-12-04',
  signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông',
  recipients: [
    'Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', 'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh', 'Ban Thường vụ Tỉnh đoàn',
    'Báo Lạng Sơn', 'Trường chính trị Hoàng Văn Thụ', 'Các đ/c Ủy viên BCH Đảng bộ tỉnh', 'Lưu Văn phòng Tỉnh uỷ',
  ],
};

const lines = (text: string): string[] => text.normalize('NFC').split('\n').map((l) => l.trim()).filter(Boolean);

/** A text PDF of n pages, full pages of "Trang i / n, dòng k" lines; its last page has `lastLines` lines. */
async function originalPdf(pages: number, lastLines: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let k = 1; k <= (i === pages ? lastLines : 40); k++) page.drawText(`Trang ${i} / ${pages}, dong ${k}`, { x: 85, y: 780 - (k - 1) * 18, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

/** The PDF to send for the seed's copy of an original, and its text page by page (pdftotext). */
async function sentPdf(original: Buffer): Promise<{ file: { fileName: string; pages: number }; pdf: string; pages: string[] }> {
  const b = tempBackend();
  const entry = (await ok(b, 'incoming.register', NQ43)).entry;
  await ok(b, 'attachments.add', { entryId: entry.id, fileName: '43-NQ-TW.pdf', contentBase64: original.toString('base64') });
  const copy = await ok(b, 'copies.add', SEED_COPY);
  const file = await ok(b, 'copies.page', { id: copy.id, format: 'pdf' });
  const pdf = path.join(tempDir(), 'sent.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'));
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  return { file, pdf, pages: stdout.split('\f') };
}

/** Two columns are read one after the other: every line of the seed is one line of the text, in its column's order. */
function expectSeedLines(text: string[]): void {
  const seedPart = text.filter((l) => SEED_COPY_PAGE.includes(l));
  expect([...seedPart].sort()).toEqual([...SEED_COPY_PAGE].sort());
  const leftColumn = SEED_COPY_PAGE.slice(0, 12);
  expect(seedPart.filter((l) => leftColumn.includes(l))).toEqual(leftColumn);
}

describe('the copy page', () => {
  it('as Word, read by LibreOffice, prints the seed’s copy page line by line', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    const copy = await ok(b, 'copies.add', SEED_COPY);
    const file = await ok(b, 'copies.page', { id: copy.id, format: 'docx' });
    expect(file.fileName).toBe('ban-sao_1274-SY-VPTU.docx');
    const read = await convertWithLibreOffice({ 'ban-sao.docx': Buffer.from(file.contentBase64, 'base64') });
    expect(read['ban-sao.docx'].pages).toHaveLength(1);
    expect(lines(read['ban-sao.docx'].text)).toEqual(SEED_COPY_PAGE);
  }, 180_000);

  it('as the PDF to send: the original’s 20 full pages unchanged, then the copy page with the seed’s lines', async () => {
    requireLibreOffice();
    const { file, pdf, pages } = await sentPdf(await originalPdf(20, 40));
    expect(file).toMatchObject({ fileName: 'ban-sao_1274-SY-VPTU.pdf', format: 'pdf', pages: 21 });
    const { stdout: info } = await run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Pages:\s+21$/m);
    for (let i = 1; i <= 20; i++) {
      const text = lines(pages[i - 1]!);
      expect(text).toHaveLength(40);
      expect(text[0]).toBe(`Trang ${i} / 20, dong 1`);
    }
    expect(lines(pages[20]!)).toHaveLength(SEED_COPY_PAGE.length);
    expectSeedLines(lines(pages[20]!));
    // The font is embedded: the page reads the same on a machine without it.
    const { stdout: fonts } = await run('pdffonts', [pdf]);
    for (const style of ['', '-Bold', '-Italic', '-BoldItalic']) expect(fonts).toMatch(new RegExp(`DejaVuSerifCondensed${style}-\\d+\\s+CID TrueType\\s+Identity-H\\s+yes`));
  }, 60_000);

  it('as the PDF to send: the block under the last page’s text when it fits there', async () => {
    requireLibreOffice();
    const { file, pages } = await sentPdf(await originalPdf(20, 12));
    expect(file.pages).toBe(20);
    const last = lines(pages[19]!);
    expect(last.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, k) => `Trang 20 / 20, dong ${k + 1}`));
    expectSeedLines(last.slice(12));
  }, 60_000);
});
