/**
 * Default Word template of the review report (sơ kết / tổng kết), in the order of a real review with Party-style
 * headings ("I-", "1-"): opening; I–VI; then landscape appendices, the third (who has reported) only on request.
 */
import { AlignmentType, Paragraph } from 'docx';
import { bodyPlaceholder, closing, line, packParty, pageBreakBefore, partyHeader, partySection, run, sectionLabel, tablePlaceholder, titleBlock } from './partyDocx';
import { reportLabel } from '../../../../shared/reportKinds';

/** A table's caption, kept on the page of its table. */
const caption = (text: string, before: number) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before, after: 60 }, children: [run(text, { bold: true })] });

const attachedTo = () => line('(Kèm theo Báo cáo số {{so_ky_hieu}} ngày {{ngay_bao_cao}})', { italics: true, spacing: { before: 0, after: 240 } });

function appendix(number: number, title: string, table: string) {
  return [line(`Phụ lục ${number}`, { bold: true, spacing: { before: 0, after: 0 } }), line(title, { bold: true }), attachedTo(), tablePlaceholder(table)];
}

export function reviewDocxTemplate(): Promise<Buffer> {
  const report = [
    partyHeader('portrait'),
    ...titleBlock('BÁO CÁO', '{{trich_yeu}}'),
    bodyPlaceholder('mo_dau'),
    sectionLabel('I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN'),
    bodyPlaceholder('quan_triet_trien_khai'),
    sectionLabel('II- KẾT QUẢ THỰC HIỆN'),
    sectionLabel('1- Tình hình thực hiện các nhiệm vụ'),
    bodyPlaceholder('tong_hop_nhiem_vu'),
    caption('Bảng 1. Nhiệm vụ theo tình trạng thực hiện', 120),
    tablePlaceholder('bang_nhiem_vu_theo_trang_thai'),
    caption('Bảng 2. Nhiệm vụ theo đơn vị chủ trì', 240),
    tablePlaceholder('bang_nhiem_vu_theo_don_vi'),
    sectionLabel('2- Kết quả thực hiện theo từng lĩnh vực'),
    bodyPlaceholder('ket_qua'),
    sectionLabel('3- Tình hình báo cáo của các đơn vị'),
    bodyPlaceholder('tinh_hinh_bao_cao'),
    sectionLabel('III- HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN'),
    bodyPlaceholder('han_che'),
    sectionLabel('IV- BÀI HỌC KINH NGHIỆM'),
    bodyPlaceholder('bai_hoc'),
    sectionLabel('V- PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    bodyPlaceholder('phuong_huong'),
    sectionLabel('VI- KIẾN NGHỊ, ĐỀ XUẤT'),
    bodyPlaceholder('de_xuat'),
    closing('portrait'),
  ];
  const [firstTitle, ...firstRest] = appendix(1, 'DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN', 'bang_phu_luc_nhiem_vu');
  const [secondTitle, ...secondRest] = appendix(2, 'VĂN BẢN CHỈ ĐẠO, HƯỚNG DẪN TRIỂN KHAI THỰC HIỆN', 'bang_van_ban_trien_khai');
  // Phụ lục 3 (internal: who has reported) prints only when asked for; its title lines start its page.
  const followUp = [
    new Paragraph({ pageBreakBefore: true, keepNext: true, alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run('{{tieu_de_phu_luc_bao_cao}}', { bold: true })] }),
    tablePlaceholder('bang_bao_cao_don_vi'),
  ];
  const appendices = [firstTitle!, ...firstRest, ...pageBreakBefore(secondTitle!), ...secondRest, ...followUp];
  return packParty(reportLabel('so-ket'), [partySection('portrait', report, true), partySection('landscape', appendices, false)]);
}
