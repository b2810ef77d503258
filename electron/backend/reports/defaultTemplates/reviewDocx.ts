/** Default Word template of the review report (sơ kết / tổng kết): sections I–V, then landscape appendices. */
import { bodyPlaceholder, closing, line, packParty, pageBreakBefore, partyHeader, partySection, sectionLabel, tablePlaceholder, titleBlock } from './partyDocx';

function appendix(number: number, title: string, table: string) {
  return [
    line(`Phụ lục ${number}`, { bold: true, spacing: { before: 0, after: 0 } }),
    line(title, { bold: true }),
    line('(Kèm theo Báo cáo số {{so_ky_hieu}} ngày {{ngay_bao_cao}})', { italics: true, spacing: { before: 0, after: 240 } }),
    tablePlaceholder(table),
  ];
}

export function reviewDocxTemplate(): Promise<Buffer> {
  const report = [
    partyHeader('portrait'),
    ...titleBlock('BÁO CÁO', '{{trich_yeu}}'),
    sectionLabel('I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN'),
    bodyPlaceholder('quan_triet_trien_khai'),
    sectionLabel('II. KẾT QUẢ THỰC HIỆN'),
    sectionLabel('1. Tình hình thực hiện các nhiệm vụ'),
    bodyPlaceholder('tong_hop_nhiem_vu'),
    tablePlaceholder('bang_nhiem_vu_theo_trang_thai'),
    line(''),
    tablePlaceholder('bang_nhiem_vu_theo_don_vi'),
    line(''),
    bodyPlaceholder('ket_qua'),
    sectionLabel('2. Tình hình báo cáo của các đơn vị'),
    bodyPlaceholder('tinh_hinh_bao_cao'),
    tablePlaceholder('bang_bao_cao_don_vi'),
    line(''),
    sectionLabel('III. HẠN CHẾ, NGUYÊN NHÂN'),
    bodyPlaceholder('han_che'),
    sectionLabel('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    bodyPlaceholder('phuong_huong'),
    sectionLabel('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    bodyPlaceholder('de_xuat'),
    closing('portrait'),
  ];
  const [firstTitle, ...firstRest] = appendix(1, 'DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN', 'bang_phu_luc_nhiem_vu');
  const [secondTitle, ...secondRest] = appendix(2, 'VĂN BẢN TRIỂN KHAI THỰC HIỆN', 'bang_van_ban_trien_khai');
  const appendices = [firstTitle!, ...firstRest, ...pageBreakBefore(secondTitle!), ...secondRest];
  return packParty('Báo cáo sơ kết, tổng kết', [partySection('portrait', report, true), partySection('landscape', appendices, false)]);
}
