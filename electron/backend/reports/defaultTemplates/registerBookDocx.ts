/** Default Word template of the incoming register: landscape, a cover page with the book's facts, then the table. */
import { AlignmentType } from 'docx';
import { closing, line, packParty, pageBreakBefore, partyHeader, partySection, tablePlaceholder } from './partyDocx';

export function registerBookDocxTemplate(): Promise<Buffer> {
  const fact = (text: string) => line(text, { spacing: { before: 120, after: 0 } });
  const cover = [
    partyHeader('landscape'),
    line('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', { bold: true, size: 20, spacing: { before: 1800, after: 240 } }),
    fact('{{ten_so}}'),
    fact('Năm: {{nam_so}}'),
    fact('Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}'),
    fact('Từ số {{tu_so}} đến số {{den_so}}'),
    fact('Tổng số: {{so_van_ban}} văn bản'),
  ];
  const register = [
    ...pageBreakBefore(line('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', { bold: true, spacing: { before: 0, after: 0 } })),
    line('Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}', { italics: true, alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 } }),
    tablePlaceholder('bang_so_dang_ky'),
    closing('landscape'),
  ];
  return packParty('Sổ đăng ký văn bản đến', [partySection('landscape', [...cover, ...register], true)]);
}
