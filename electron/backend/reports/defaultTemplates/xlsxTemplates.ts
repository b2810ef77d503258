/** Default Excel templates: the same reports as the Word ones, with their tables (and appendices) as sheets. */
import type { Workbook } from 'exceljs';
import { addSheet, bookCoverSheet, newWorkbook, packWorkbook, tableAnchor, textRow } from './xlsxLayout';

const BOLD_TITLE = { bold: true, size: 14 };

/** A sheet with a title, a line under it and one table; `last` is the table's last column. */
function tableSheet(
  wb: Workbook,
  name: string,
  orientation: 'portrait' | 'landscape',
  title: string,
  subtitle: string,
  table: string,
  last: number,
): void {
  const ws = addSheet(wb, name, orientation);
  textRow(ws, 1, title, [1, last], { ...BOLD_TITLE, height: 36 });
  textRow(ws, 2, subtitle, [1, last], { italic: true, height: 20 });
  tableAnchor(ws, 4, table);
}

/** The register book (NĐ 30/2020/NĐ-CP, Phụ lục IV): a cover with the office and the book's facts, then the table. */
export async function registerBookXlsxTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  bookCoverSheet(wb, 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', ['Từ số {{tu_so}} đến số {{den_so}}', 'Quyển số: {{quyen_so}}']);
  tableSheet(wb, 'Sổ đăng ký', 'landscape', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}, từ số {{tu_so}} đến số {{den_so}}', 'bang_so_dang_ky', 10);
  return packWorkbook(wb);
}

export async function statsXlsxTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  const compared = '{{ky_bao_cao}}, {{so_sanh}}';
  tableSheet(wb, 'Thống kê', 'portrait', 'THỐNG KÊ VĂN BẢN ĐẾN', compared, 'bang_thong_ke', 7);
  tableSheet(wb, 'Giải quyết', 'portrait', 'TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN', compared, 'bang_giai_quyet', 6);
  return packWorkbook(wb);
}

export async function reviewXlsxTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  const summary = addSheet(wb, 'Tổng hợp', 'portrait');
  textRow(summary, 1, '{{trich_yeu}}', [1, 9], { ...BOLD_TITLE, height: 54 });
  textRow(summary, 2, '(Số liệu {{ky_bao_cao}})', [1, 9], { italic: true, height: 20 });
  textRow(summary, 3, '1- Nhiệm vụ theo tình trạng (tổng số: {{tong_so_nhiem_vu}})', [1, 9], { bold: true, horizontal: 'left' });
  tableAnchor(summary, 4, 'bang_nhiem_vu_theo_trang_thai');
  textRow(summary, 6, '2- Nhiệm vụ theo đơn vị chủ trì', [1, 9], { bold: true, horizontal: 'left' });
  tableAnchor(summary, 7, 'bang_nhiem_vu_theo_don_vi');
  const attached = '(Kèm theo Báo cáo số {{so_ky_hieu}} ngày {{ngay_bao_cao}})';
  tableSheet(wb, 'PL1 - Nhiệm vụ', 'landscape', 'Phụ lục 1: DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN', attached, 'bang_phu_luc_nhiem_vu', 6);
  tableSheet(wb, 'PL2 - Văn bản triển khai', 'landscape', 'Phụ lục 2: VĂN BẢN CHỈ ĐẠO, HƯỚNG DẪN TRIỂN KHAI THỰC HIỆN', attached, 'bang_van_ban_trien_khai', 5);
  // The internal table of who has reported, on request only: without it the sheet fills to nothing and is
  // left out (xlsxTemplate), so the workbook goes upward as it is.
  const followUp = addSheet(wb, 'PL3 - Tình hình báo cáo', 'portrait');
  textRow(followUp, 1, '{{tieu_de_phu_luc_bao_cao}}', [1, 5], { bold: true, height: 60 });
  tableAnchor(followUp, 3, 'bang_bao_cao_don_vi');
  return packWorkbook(wb);
}
