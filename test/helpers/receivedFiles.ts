// Received files made by the tests from text held in test/fixtures: PDFs through LibreOffice, a Word
// document laid out as a real one (the header and the signature in two-column tables) with the
// project's docx writer, and a scan (a PDF holding only an image of a page).
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { PDFDocument } from 'pdf-lib';
import { convertToPdf } from './libreoffice';
import { RECEIVED, fixtureText } from './receivedDocuments';

const FONT = 'Times New Roman';
const para = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: o.bold, italics: o.italics, font: FONT, size: (o.size ?? 14) * 2 })],
  });
const columns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    borders: TableBorders.NONE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [new TableCell({ children: left, width: { size: 45, type: WidthType.PERCENTAGE } }), new TableCell({ children: right })] })],
  });

/** The State decision of received-QD-UBND.txt as a Word file: header and signature side by side, as offices write them. */
export async function decisionDocx(): Promise<Buffer> {
  const lines = fixtureText(RECEIVED.decision).trimEnd().split('\n');
  const at = (s: string) => lines.indexOf(s);
  const body = lines.slice(at('QUYẾT ĐỊNH'), at('Nơi nhận:'));
  const doc = new Document({
    sections: [{
      children: [
        columns(
          [para('ỦY BAN NHÂN DÂN', { center: true, size: 13 }), para('TỈNH LẠNG SƠN', { bold: true, center: true, size: 13 }),
            para('Số: 123 /QĐ-UBND', { center: true, size: 13 }), para('KHẨN', { bold: true, center: true })],
          [para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true, size: 13 }), para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
            para('Lạng Sơn, ngày 05 tháng 3 năm 2024', { italics: true, center: true })],
        ),
        ...body.map((t, i) => para(t, { bold: i < 4 && t !== body[3], center: i < 4 })),
        columns(
          lines.slice(at('Nơi nhận:'), at('KT. CHỦ TỊCH')).map((t, i) => para(t, { bold: i === 0, italics: i === 0, size: 12 })),
          [para('KT. CHỦ TỊCH', { bold: true, center: true }), para('PHÓ CHỦ TỊCH', { bold: true, center: true }), para(''), para(''),
            para('Nguyễn Văn An', { bold: true, center: true })],
        ),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** PDFs made by LibreOffice: the seed texts as plain text, and the decision from its Word file. */
export async function receivedPdfs(): Promise<Record<'resolution' | 'programme' | 'decision', Buffer>> {
  const pdfs = await convertToPdf({
    'resolution.txt': Buffer.from(fixtureText(RECEIVED.resolution)),
    'programme.txt': Buffer.from(fixtureText(RECEIVED.programme)),
    'decision.docx': await decisionDocx(),
  });
  return { resolution: pdfs['resolution.txt'], programme: pdfs['programme.txt'], decision: pdfs['decision.docx'] };
}

/** A scanned page: a PDF whose only content is an image (no text layer). */
export async function scannedPdf(png: Uint8Array): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return Buffer.from(await pdf.save());
}

/** A small valid PNG (one white pixel), standing in for a photographed page. */
export const WHITE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
