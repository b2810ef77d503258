/**
 * Default templates of the copies: the copy page (Word) and the copy register (Word, Excel). The office edits
 * them like the other reports; only placeholders stand for its identity.
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { borderlessTable, closing, line, packParty, pageBreakBefore, partySection, tablePlaceholder, textWidth } from './partyDocx';
import { addSheet, bookCoverSheet, newWorkbook, packWorkbook, tableAnchor, textRow } from './xlsxLayout';
import { reportLabel } from '../../../../shared/reportKinds';

/** The line across the page above the copy block (the block may follow the document's text). */
function ruleAcross(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/**
 * The copy page, as on the last page of a received 43-NQ/TW: left the copying body, "*" and "Số 1274-SY/VPTU";
 * right the form ("SAO Y") and the place and date; then Nơi nhận bottom left and the signature bottom right.
 */
export function copyPageDocxTemplate(): Promise<Buffer> {
  const total = textWidth('portrait');
  const left = Math.round(total * 0.5);
  const header = borderlessTable(
    [left, total - left],
    [[
      [line('{{co_quan_cap_tren}}'), line('{{co_quan_ban_hanh}}', { bold: true }), line('*'), line('Số {{so_ky_hieu}}', { spacing: { before: 80, after: 0 } })],
      [
        line('{{hinh_thuc_sao}}', { bold: true, size: 15 }),
        line('{{dia_danh_ngay}}', { italics: true, spacing: { before: 80, after: 0 } }),
        line('{{trich_sao}}', { italics: true, size: 13, alignment: AlignmentType.CENTER, spacing: { before: 80, after: 0 } }),
      ],
    ]],
  );
  return packParty('Bản sao văn bản', [partySection('portrait', [ruleAcross(), header, closing('portrait', 0.5)], true)]);
}

/** The copy register's cover and table (landscape), like the incoming register. */
export function copyBookDocxTemplate(): Promise<Buffer> {
  const fact = (text: string) => line(text, { size: 16, spacing: { before: 160, after: 0 } });
  const cover = [
    line('{{co_quan_cap_tren}}', { spacing: { before: 600, after: 0 } }),
    line('{{co_quan_ban_hanh}}', { bold: true }),
    line('*'),
    line('SỔ ĐĂNG KÝ BẢN SAO VĂN BẢN', { bold: true, size: 24, spacing: { before: 1800, after: 240 } }),
    fact('Năm {{nam_so}}'),
    fact('Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}'),
  ];
  return packParty(reportLabel('so-sao'), [partySection('landscape', [...cover, ...pageBreakBefore(tablePlaceholder('bang_so_sao'))], true)]);
}

export async function copyBookXlsxTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  bookCoverSheet(wb, 'SỔ ĐĂNG KÝ BẢN SAO VĂN BẢN');
  const book = addSheet(wb, 'Sổ bản sao', 'landscape');
  textRow(book, 1, 'SỔ ĐĂNG KÝ BẢN SAO VĂN BẢN', [1, 9], { bold: true, size: 14, height: 36 });
  textRow(book, 2, 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}', [1, 9], { italic: true, height: 20 });
  tableAnchor(book, 4, 'bang_so_sao');
  return packWorkbook(wb);
}
