/** Default templates of the outgoing register's book (Word, Excel): a cover like the incoming book's, then the table. */
import { line, packParty, pageBreakBefore, partySection, tablePlaceholder } from './partyDocx';
import { addSheet, bookCoverSheet, newWorkbook, packWorkbook, tableAnchor, textRow } from './xlsxLayout';

const TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';

export function outgoingBookDocxTemplate(): Promise<Buffer> {
  const fact = (text: string) => line(text, { size: 16, spacing: { before: 160, after: 0 } });
  const cover = [
    line('{{co_quan_cap_tren}}', { spacing: { before: 600, after: 0 } }),
    line('{{co_quan_ban_hanh}}', { bold: true }),
    line('*'),
    line(TITLE, { bold: true, size: 24, spacing: { before: 1800, after: 240 } }),
    fact('Năm {{nam_so}}'),
    fact('Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}'),
  ];
  return packParty('Sổ đăng ký văn bản đi', [partySection('landscape', [...cover, ...pageBreakBefore(tablePlaceholder('bang_so_di'))], true)]);
}

export async function outgoingBookXlsxTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  bookCoverSheet(wb, TITLE);
  const book = addSheet(wb, 'Sổ văn bản đi', 'landscape');
  textRow(book, 1, TITLE, [1, 10], { bold: true, size: 14, height: 36 });
  textRow(book, 2, 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}', [1, 10], { italic: true, height: 20 });
  tableAnchor(book, 4, 'bang_so_di');
  return packWorkbook(wb);
}
