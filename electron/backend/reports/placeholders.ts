/**
 * The placeholders each report knows: one list used by checkTemplate (which placeholders a template may and
 * must have) and by the renderers (their values are typed by these names, so a renderer cannot forget one).
 * Descriptions are Vietnamese: the templates screen shows them to the user.
 */

import type { ReportFormat, ReportKind } from '../../../shared/reportKinds';

export type { ReportKind };
export type TemplateFormat = ReportFormat;
export type PlaceholderKind = 'text' | 'paragraphs' | 'table';

interface PlaceholderDefinition {
  readonly name: string;
  readonly kind: PlaceholderKind;
  readonly description: string;
  /** The formats whose templates must contain it; others may leave it out. */
  readonly requiredIn: readonly TemplateFormat[];
}

/** A placeholder as checked against one template. */
export interface PlaceholderSpec {
  name: string;
  kind: PlaceholderKind;
  description: string;
  required: boolean;
}

const WORD = ['docx'] as const;
const EXCEL = ['xlsx'] as const;
const BOTH = ['docx', 'xlsx'] as const;
const NONE = [] as const;

/** Every report's top and bottom: the office, the number, the date, Nơi nhận and the signature. */
const HEADER = [
  { name: 'co_quan_cap_tren', kind: 'text', requiredIn: WORD, description: 'Tên cơ quan cấp trên, viết hoa (TỈNH ỦY LẠNG SƠN)' },
  { name: 'co_quan_ban_hanh', kind: 'text', requiredIn: WORD, description: 'Tên cơ quan ban hành, viết hoa (VĂN PHÒNG)' },
  { name: 'ky_hieu_co_quan', kind: 'text', requiredIn: NONE, description: 'Ký hiệu cơ quan ban hành (VPTU)' },
  { name: 'so_ky_hieu', kind: 'text', requiredIn: WORD, description: 'Số, ký hiệu của báo cáo (12-BC/VPTU); chưa có số thì để trống phần số (   -BC/VPTU)' },
  { name: 'dia_danh_ngay', kind: 'text', requiredIn: WORD, description: 'Địa danh, ngày tháng năm (Lạng Sơn, ngày 04 tháng 12 năm 2023)' },
  { name: 'dia_danh', kind: 'text', requiredIn: NONE, description: 'Địa danh (Lạng Sơn)' },
  { name: 'ngay', kind: 'text', requiredIn: NONE, description: 'Ngày của báo cáo, hai chữ số (04)' },
  { name: 'thang', kind: 'text', requiredIn: NONE, description: 'Tháng của báo cáo (02, 3, 12: thêm số 0 cho tháng 1, 2)' },
  { name: 'nam', kind: 'text', requiredIn: NONE, description: 'Năm của báo cáo (2024)' },
  { name: 'ngay_bao_cao', kind: 'text', requiredIn: NONE, description: 'Ngày báo cáo dạng ngày/tháng/năm (04/12/2023)' },
  { name: 'noi_nhan', kind: 'paragraphs', requiredIn: WORD, description: 'Danh sách nơi nhận, mỗi nơi một dòng' },
  { name: 'tham_quyen', kind: 'text', requiredIn: WORD, description: 'Thẩm quyền ký, viết hoa (T/M BAN THƯỜNG VỤ, K/T CHÁNH VĂN PHÒNG…); có thể trống' },
  { name: 'chuc_vu', kind: 'text', requiredIn: WORD, description: 'Chức vụ người ký, viết hoa (PHÓ CHÁNH VĂN PHÒNG)' },
  { name: 'nguoi_ky', kind: 'text', requiredIn: WORD, description: 'Họ và tên người ký' },
] as const satisfies readonly PlaceholderDefinition[];

/**
 * A register book is not a document sent out: its cover names the office only (NĐ 30/2020/NĐ-CP, Phụ lục IV).
 * The number, date, Nơi nhận and signer stay known, for an office's own template, but none is required.
 */
const REGISTER_BOOK_COVER: ReadonlySet<string> = new Set(['co_quan_cap_tren', 'co_quan_ban_hanh']);

const REGISTER_BOOK = [
  ...HEADER.map((p) => ({ ...p, requiredIn: REGISTER_BOOK_COVER.has(p.name) ? WORD : NONE })),
  { name: 'ten_so', kind: 'text', requiredIn: NONE, description: 'Tên sổ (Sổ đăng ký văn bản đến)' },
  { name: 'nam_so', kind: 'text', requiredIn: BOTH, description: 'Năm của sổ' },
  { name: 'tu_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày đầu của khoảng in (01/01/2024)' },
  { name: 'den_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày cuối của khoảng in (31/03/2024)' },
  { name: 'tu_so', kind: 'text', requiredIn: BOTH, description: 'Số đến đầu tiên trong khoảng' },
  { name: 'den_so', kind: 'text', requiredIn: BOTH, description: 'Số đến cuối cùng trong khoảng' },
  { name: 'so_van_ban', kind: 'text', requiredIn: NONE, description: 'Số văn bản trong khoảng' },
  { name: 'quyen_so', kind: 'text', requiredIn: NONE, description: 'Quyển số: thứ tự của quyển sổ trong năm (trống khi khoảng in gồm nhiều quyển)' },
  { name: 'bang_so_dang_ky', kind: 'table', requiredIn: BOTH, description: 'Bảng sổ đăng ký văn bản đến: 10 cột theo Phụ lục IV Nghị định 30/2020/NĐ-CP' },
] as const satisfies readonly PlaceholderDefinition[];

const STATS = [
  ...HEADER,
  { name: 'trich_yeu', kind: 'text', requiredIn: WORD, description: 'Trích yếu của báo cáo (Thống kê văn bản đến quý I/2024)' },
  { name: 'ky_bao_cao', kind: 'text', requiredIn: EXCEL, description: 'Kỳ báo cáo (Quý I/2024)' },
  { name: 'ky_truoc', kind: 'text', requiredIn: NONE, description: 'Kỳ trước (Quý IV/2023)' },
  { name: 'cung_ky', kind: 'text', requiredIn: NONE, description: 'Cùng kỳ năm trước (Quý I/2023)' },
  { name: 'so_sanh', kind: 'text', requiredIn: NONE, description: 'Các kỳ so sánh (so sánh với quý IV/2023 và cùng kỳ năm trước (quý I/2023); với một năm: so sánh với năm 2023)' },
  { name: 'tong_so', kind: 'text', requiredIn: NONE, description: 'Tổng số văn bản đến trong kỳ' },
  { name: 'tong_so_ky_truoc', kind: 'text', requiredIn: NONE, description: 'Tổng số văn bản đến kỳ trước' },
  { name: 'tong_so_cung_ky', kind: 'text', requiredIn: NONE, description: 'Tổng số văn bản đến cùng kỳ năm trước' },
  { name: 'dung_han', kind: 'text', requiredIn: NONE, description: 'Số văn bản giải quyết đúng hạn trong kỳ' },
  { name: 'qua_han', kind: 'text', requiredIn: NONE, description: 'Số văn bản giải quyết quá hạn trong kỳ' },
  { name: 'chua_giai_quyet', kind: 'text', requiredIn: NONE, description: 'Số văn bản đang giải quyết, chưa đến hạn' },
  { name: 'tong_hop', kind: 'paragraphs', requiredIn: WORD, description: 'Đoạn tổng hợp số liệu, so sánh với kỳ trước và cùng kỳ' },
  { name: 'bang_thong_ke', kind: 'table', requiredIn: BOTH, description: 'Bảng thống kê văn bản đến theo loại, cơ quan ban hành, đơn vị xử lý, độ khẩn, độ mật' },
  { name: 'bang_giai_quyet', kind: 'table', requiredIn: BOTH, description: 'Bảng tình hình giải quyết văn bản: đúng hạn, quá hạn, đang giải quyết' },
  { name: 'nhan_xet', kind: 'paragraphs', requiredIn: NONE, description: 'Nhận xét, đánh giá do chuyên viên viết' },
] as const satisfies readonly PlaceholderDefinition[];

const REVIEW = [
  ...HEADER,
  { name: 'trich_yeu', kind: 'text', requiredIn: WORD, description: 'Trích yếu: sơ kết/tổng kết thực hiện văn bản nào' },
  { name: 'loai_bao_cao', kind: 'text', requiredIn: NONE, description: '"sơ kết" hoặc "tổng kết"' },
  { name: 'van_ban_chi_dao', kind: 'text', requiredIn: NONE, description: 'Văn bản được sơ kết, tổng kết (Nghị quyết số 43-NQ/TW ngày 24/11/2023 của …)' },
  { name: 'ky_bao_cao', kind: 'text', requiredIn: NONE, description: 'Khoảng thời gian sơ kết, tổng kết (từ ngày 24/11/2023 đến ngày 24/11/2024)' },
  { name: 'mo_dau', kind: 'paragraphs', requiredIn: NONE, description: 'Đoạn mở đầu (chuyên viên viết) và câu dẫn vào kết quả' },
  { name: 'quan_triet_trien_khai', kind: 'paragraphs', requiredIn: WORD, description: 'I- Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai: phần chuyên viên viết và các văn bản chỉ đạo, hướng dẫn' },
  { name: 'tong_so_nhiem_vu', kind: 'text', requiredIn: NONE, description: 'Tổng số nhiệm vụ' },
  { name: 'tong_hop_nhiem_vu', kind: 'paragraphs', requiredIn: WORD, description: 'II- Đoạn tổng hợp nhiệm vụ theo tình trạng' },
  { name: 'bang_nhiem_vu_theo_trang_thai', kind: 'table', requiredIn: BOTH, description: 'Bảng nhiệm vụ theo tình trạng' },
  { name: 'bang_nhiem_vu_theo_don_vi', kind: 'table', requiredIn: BOTH, description: 'Bảng nhiệm vụ theo đơn vị chủ trì' },
  { name: 'ket_qua', kind: 'paragraphs', requiredIn: NONE, description: 'II- Kết quả theo từng lĩnh vực do chuyên viên viết' },
  { name: 'tinh_hinh_bao_cao', kind: 'paragraphs', requiredIn: NONE, description: 'Đoạn tổng hợp số đơn vị đã gửi báo cáo' },
  { name: 'han_che', kind: 'paragraphs', requiredIn: WORD, description: 'III- Hạn chế, khuyết điểm và nguyên nhân' },
  { name: 'bai_hoc', kind: 'paragraphs', requiredIn: NONE, description: 'IV- Bài học kinh nghiệm' },
  { name: 'phuong_huong', kind: 'paragraphs', requiredIn: WORD, description: 'V- Phương hướng, nhiệm vụ thời gian tới' },
  { name: 'de_xuat', kind: 'paragraphs', requiredIn: WORD, description: 'VI- Kiến nghị, đề xuất' },
  { name: 'bang_phu_luc_nhiem_vu', kind: 'table', requiredIn: BOTH, description: 'Phụ lục: danh mục nhiệm vụ và tiến độ thực hiện' },
  { name: 'bang_van_ban_trien_khai', kind: 'table', requiredIn: BOTH, description: 'Phụ lục: văn bản chỉ đạo, hướng dẫn triển khai thực hiện' },
  { name: 'tieu_de_phu_luc_bao_cao', kind: 'paragraphs', requiredIn: NONE, description: 'Tiêu đề phụ lục tình hình báo cáo của các đơn vị (chỉ in khi chọn kèm theo)' },
  { name: 'bang_bao_cao_don_vi', kind: 'table', requiredIn: NONE, description: 'Phụ lục nội bộ: các đơn vị đã, chưa gửi báo cáo (chỉ in khi chọn kèm theo)' },
] as const satisfies readonly PlaceholderDefinition[];

/** The copy register: a book like the incoming one, its cover naming the office only. */
const COPY_BOOK = [
  ...HEADER.map((p) => ({ ...p, requiredIn: REGISTER_BOOK_COVER.has(p.name) ? WORD : NONE })),
  { name: 'nam_so', kind: 'text', requiredIn: NONE, description: 'Năm của sổ (năm đầu của khoảng in)' },
  { name: 'tu_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày đầu của khoảng in (01/01/2024)' },
  { name: 'den_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày cuối của khoảng in (31/12/2024)' },
  { name: 'so_ban_sao', kind: 'text', requiredIn: NONE, description: 'Số bản sao trong khoảng' },
  { name: 'bang_so_sao', kind: 'table', requiredIn: BOTH, description: 'Bảng sổ đăng ký bản sao: số, ký hiệu bản sao, ngày sao, hình thức, văn bản được sao, số bản, người ký, nơi nhận, ghi chú' },
] as const satisfies readonly PlaceholderDefinition[];

/** The outgoing register's book: a cover naming the office, the ten columns of NĐ 30 Phụ lục IV. */
const OUTGOING_BOOK = [
  ...HEADER.map((p) => ({ ...p, requiredIn: REGISTER_BOOK_COVER.has(p.name) ? WORD : NONE })),
  { name: 'nam_so', kind: 'text', requiredIn: NONE, description: 'Năm của sổ (năm đầu của khoảng in)' },
  { name: 'tu_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày đầu của khoảng in (01/01/2024)' },
  { name: 'den_ngay', kind: 'text', requiredIn: BOTH, description: 'Ngày cuối của khoảng in (31/12/2024)' },
  { name: 'so_van_ban_di', kind: 'text', requiredIn: NONE, description: 'Số văn bản đã ban hành trong khoảng (không kể số đã lấy, số đã hủy)' },
  { name: 'bang_so_di', kind: 'table', requiredIn: BOTH, description: 'Bảng sổ đăng ký văn bản đi: số, ký hiệu; ngày tháng; tên loại và trích yếu; người ký; nơi nhận; đơn vị, người nhận bản lưu; số lượng bản; ngày chuyển; ký nhận; ghi chú' },
] as const satisfies readonly PlaceholderDefinition[];

/** The copy page (Hướng dẫn 36-HD/VPTW): the copying body, the copy's number, form, date, Nơi nhận, signature. */
const COPY_PAGE = [
  { name: 'co_quan_cap_tren', kind: 'text', requiredIn: WORD, description: 'Tên cơ quan cấp trên của cơ quan sao, viết hoa (TỈNH ỦY LẠNG SƠN)' },
  { name: 'co_quan_ban_hanh', kind: 'text', requiredIn: WORD, description: 'Tên cơ quan sao, viết hoa (VĂN PHÒNG)' },
  { name: 'so_ky_hieu', kind: 'text', requiredIn: WORD, description: 'Số, ký hiệu bản sao (1274-SY/VPTU)' },
  { name: 'hinh_thuc_sao', kind: 'text', requiredIn: WORD, description: 'Hình thức sao, viết hoa (SAO Y, SAO LỤC, TRÍCH SAO)' },
  { name: 'dia_danh_ngay', kind: 'text', requiredIn: WORD, description: 'Địa danh, ngày tháng năm sao (Lạng Sơn, ngày 04 tháng 12 năm 2023)' },
  { name: 'trich_sao', kind: 'text', requiredIn: NONE, description: 'Trích sao: phần được trích (trống với sao y, sao lục)' },
  { name: 'van_ban_duoc_sao', kind: 'text', requiredIn: NONE, description: 'Văn bản được sao (Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương)' },
  { name: 'so_ban', kind: 'text', requiredIn: NONE, description: 'Số lượng bản sao' },
  { name: 'noi_nhan', kind: 'paragraphs', requiredIn: WORD, description: 'Nơi nhận, mỗi nơi một dòng, dòng lưu cuối cùng' },
  { name: 'tham_quyen', kind: 'text', requiredIn: WORD, description: 'Thẩm quyền ký, viết hoa (K/T CHÁNH VĂN PHÒNG)' },
  { name: 'chuc_vu', kind: 'text', requiredIn: WORD, description: 'Chức vụ người ký, viết hoa (PHÓ CHÁNH VĂN PHÒNG)' },
  { name: 'nguoi_ky', kind: 'text', requiredIn: WORD, description: 'Họ và tên người ký' },
] as const satisfies readonly PlaceholderDefinition[];

export type CopyBookPlaceholder = (typeof COPY_BOOK)[number]['name'];
export type OutgoingBookPlaceholder = (typeof OUTGOING_BOOK)[number]['name'];
export type CopyPagePlaceholder = (typeof COPY_PAGE)[number]['name'];
export type RegisterBookPlaceholder = (typeof REGISTER_BOOK)[number]['name'];
export type StatsPlaceholder = (typeof STATS)[number]['name'];
export type ReviewPlaceholder = (typeof REVIEW)[number]['name'];
export type HeaderPlaceholder = (typeof HEADER)[number]['name'];

const DEFINITIONS: Record<ReportKind, readonly PlaceholderDefinition[]> = {
  'so-dang-ky': REGISTER_BOOK,
  'thong-ke': STATS,
  'so-ket': REVIEW,
  'so-sao': COPY_BOOK,
  'ban-sao': COPY_PAGE,
  'so-di': OUTGOING_BOOK,
};

/** The placeholders a template of this report and format may contain, each marked required or not. */
export function placeholdersFor(report: ReportKind, format: TemplateFormat): PlaceholderSpec[] {
  return DEFINITIONS[report].map((d) => ({
    name: d.name,
    kind: d.kind,
    description: d.description,
    required: d.requiredIn.includes(format),
  }));
}
