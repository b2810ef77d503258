/**
 * Default Word template of the incoming register (NĐ 30/2020/NĐ-CP, Phụ lục IV): landscape; a cover with the
 * office, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", the year, the date and number range and "Quyển số"; then the table. A
 * register book is not a document sent out: no number, date line, Nơi nhận or signature.
 */
import type { ISectionOptions } from 'docx';
import { line, packParty, pageBreakBefore, partySection, tablePlaceholder } from './partyDocx';
import { reportLabel } from '../../../../shared/reportKinds';

const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** Narrower side margins than a document's, so that the ten columns fit dates and symbols on one line. */
function withRegisterMargins(section: ISectionOptions): ISectionOptions {
  const page = section.properties?.page;
  return { ...section, properties: { ...section.properties, page: { ...page, margin: { ...page?.margin, left: mm(20), right: mm(10) } } } };
}

export function registerBookDocxTemplate(): Promise<Buffer> {
  const fact = (text: string) => line(text, { size: 16, spacing: { before: 160, after: 0 } });
  const cover = [
    line('{{co_quan_cap_tren}}', { spacing: { before: 600, after: 0 } }),
    line('{{co_quan_ban_hanh}}', { bold: true }),
    line('*'),
    line('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', { bold: true, size: 24, spacing: { before: 1800, after: 240 } }),
    fact('Năm {{nam_so}}'),
    fact('Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}'),
    fact('Từ số {{tu_so}} đến số {{den_so}}'),
    fact('Quyển số: {{quyen_so}}'),
  ];
  const register = [...pageBreakBefore(tablePlaceholder('bang_so_dang_ky'))];
  return packParty(reportLabel('so-dang-ky'), [withRegisterMargins(partySection('landscape', [...cover, ...register], true))]);
}
