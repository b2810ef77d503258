import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposedEntry } from '../../shared/documentReader/proposedEntry';
import { readReceivedFile } from '../../electron/backend/intake/readReceived';
import { EXPECTED_43, EXPECTED_DECISION } from '../helpers/receivedDocuments';
import { WHITE_PNG, decisionDocx, receivedPdfs, scannedPdf } from '../helpers/receivedFiles';
import { ok, tempBackend } from '../helpers/tempBackend';

// Received files made here from the texts in test/fixtures (LibreOffice, the docx writer), read field by field.

let pdfs: Awaited<ReturnType<typeof receivedPdfs>>;
beforeAll(async () => {
  pdfs = await receivedPdfs();
}, 240_000);

describe('reading received files', () => {
  it('Nghị quyết 43-NQ/TW as a PDF: every field, 9 pages, no OCR', async () => {
    const reading = await readReceivedFile('43-NQ-TW.pdf', pdfs.resolution);
    expect(reading.fields).toEqual(EXPECTED_43);
    expect(reading).toMatchObject({ ocr: false, pages: 9 });
    expect(reading.source.arrivalNumber).toContain('Số: 11646');
  });

  it('the State decision as Word (header and signature in tables) and as the PDF LibreOffice makes of it', async () => {
    const docx = await decisionDocx();
    const fromDocx = await readReceivedFile('qd.docx', docx);
    expect(fromDocx.fields).toEqual(EXPECTED_DECISION);
    // The docx writer saves no page count: none is proposed rather than a guess; Word's own count is used.
    expect(fromDocx.pages).toBe(0);
    expect(proposedEntry(fromDocx, '2024-03-06')).not.toHaveProperty('pages');
    const zip = await JSZip.loadAsync(docx);
    zip.file('docProps/app.xml', '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>3</Pages></Properties>');
    expect((await readReceivedFile('qd.docx', await zip.generateAsync({ type: 'nodebuffer' }))).pages).toBe(3);
    const fromPdf = await readReceivedFile('qd.pdf', pdfs.decision);
    expect(fromPdf.fields).toEqual(EXPECTED_DECISION);
    // The PDF keeps the two columns apart: the issuer's block comes from the left one only.
    expect(fromPdf.source.issuer).toBe('ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN');
  });

  it('the Lâm Đồng programme pasted from a PDF, made into a PDF again: letters and blank lines seen through', async () => {
    const reading = await readReceivedFile('ctr.pdf', pdfs.programme);
    expect(reading.fields).toMatchObject({
      issuer: 'Tỉnh ủy Lâm Đồng', superiorBody: 'Đảng bộ tỉnh Lâm Đồng', symbol: '15-CTr/TU', documentDate: '2024-02-20',
      typeCode: 'CTr', signerAuthority: 'T/M TỈNH ỦY', signerPosition: 'PHÓ BÍ THƯ', signerName: 'Trần Đình Văn',
    });
    expect(reading.fields.abstract).toMatch(/^Chương trình hành động thực hiện Nghị quyết số 43-NQ\/TW, ngày 24\/11\/2023 .* hạnh phúc$/u);
    expect(reading.fields.recipients).toHaveLength(9);
  });

  it('a blank image and a blank scan go through OCR, which finds no text and says so: nothing guessed', async () => {
    await expect(readReceivedFile('trang1.png', WHITE_PNG)).rejects.toThrow(/Không nhận dạng được chữ nào/);
    await expect(readReceivedFile('scan.pdf', await scannedPdf(WHITE_PNG))).rejects.toThrow(/Không nhận dạng được chữ nào/);
    await expect(readReceivedFile('cu.doc', Buffer.from('\xD0\xCF\x11\xE0old word', 'latin1'))).rejects.toThrow(/\.docx/);
    await expect(readReceivedFile('hong.pdf', Buffer.from('%PDF-1.7 broken'))).rejects.toThrow(/Không mở được tệp PDF/);
  }, 180_000);
});

describe('intake through the API', () => {
  it('reads, then registers the confirmed entry with the file attached under its SHA-256', async () => {
    const b = tempBackend();
    const file = { fileName: 'NQ43.pdf', contentBase64: pdfs.resolution.toString('base64') };
    const reading = await ok(b, 'intake.read', file);
    expect(reading.fields).toEqual(EXPECTED_43);
    const entry = { ...proposedEntry(reading, '2023-11-29'), handlingUnit: 'Ban Dân vận Tỉnh ủy' };
    const result = await ok(b, 'intake.register', { ...file, entry });
    expect(result.entry).toMatchObject({
      arrivalNumber: 11646, arrivalDate: '2023-11-28', receivedVia: 'network', issuer: 'Ban Chấp hành Trung ương',
      symbol: '43-NQ/TW', documentDate: '2023-11-24', typeCode: 'NQ', pages: 9, handlingUnit: 'Ban Dân vận Tỉnh ủy', attachmentCount: 2,
    });
    expect(result.attachment.sha256).toBe(crypto.createHash('sha256').update(pdfs.resolution).digest('hex'));
    const stored = await ok(b, 'attachments.read', { id: result.attachment.id });
    expect(Buffer.from(stored.contentBase64, 'base64').equals(pdfs.resolution)).toBe(true);
    // Registering a PDF stamps it: the stamped copy beside the untouched original, the same as "Đóng dấu đến" makes.
    expect(result.stamped).toMatchObject({ fileName: 'NQ43_dau-den.pdf' });
    const stamp = await ok(b, 'incoming.stamp', { id: result.entry.id });
    expect(stamp.attachment).toEqual(result.stamped);
    const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', '-', '-'], { input: Buffer.from(stamp.contentBase64, 'base64'), encoding: 'utf8' });
    expect(firstPage).toMatch(/VĂN BẢN ĐẾN QUA MẠNG[\s\S]*Số: 11646\s+Ngày: 28\/11\/2023/);
  });

  it('a PDF that cannot be stamped is still registered with its file, saying the stamp is missing', async () => {
    const b = tempBackend();
    const file = { fileName: 'hong.pdf', contentBase64: Buffer.from('%PDF-1.7 broken').toString('base64') };
    const entry = { arrivalDate: '2024-03-06', issuer: 'Tỉnh ủy Cao Bằng', abstract: 'Công văn gửi kèm tệp hỏng' };
    const result = await ok(b, 'intake.register', { ...file, entry });
    expect(result).toMatchObject({ entry: { attachmentCount: 1 }, attachment: { fileName: 'hong.pdf' }, stamped: null });
    expect(result.warnings).toEqual([expect.stringMatching(/^Đã vào sổ nhưng chưa đóng được dấu đến lên tệp: Tệp PDF của văn bản bị hỏng/)]);
  });

  it('a refused attachment (a secret document on a networked machine) leaves no entry behind', async () => {
    const b = tempBackend();
    const file = { fileName: 'mat.pdf', contentBase64: pdfs.decision.toString('base64') };
    const reading = await ok(b, 'intake.read', file);
    const result = await b.dispatch('intake.register', { ...file, entry: { ...proposedEntry(reading, '2024-03-06'), secrecy: 'Mật' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/độ mật "Mật"/);
    expect((await ok(b, 'incoming.list', {})).total).toBe(0);
  });
});
