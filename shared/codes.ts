// Default code lists seeded into the database on first run. They are data the office can edit
// (docs/trade.md, "Type codes": every code list is data the office can edit, never a closed list).

export type DocumentSystem = 'party' | 'state';

export interface TypeCodeSeed {
  system: DocumentSystem;
  code: string;
  name: string;
}

// Party type codes: Quy định 66-QĐ/TW (2017) and Quy định 399-QĐ/TW (2026), plus copy forms.
const PARTY_TYPES: Array<[string, string]> = [
  ['NQ', 'Nghị quyết'], ['QĐ', 'Quyết định'], ['CT', 'Chỉ thị'], ['KL', 'Kết luận'],
  ['QC', 'Quy chế'], ['QĐi', 'Quy định'], ['TT', 'Thông tri'], ['HD', 'Hướng dẫn'],
  ['TB', 'Thông báo'], ['BC', 'Báo cáo'], ['KH', 'Kế hoạch'], ['CTr', 'Chương trình'],
  ['ĐA', 'Đề án'], ['TTr', 'Tờ trình'], ['CV', 'Công văn'], ['NQLT', 'Nghị quyết liên tịch'],
  ['TC', 'Thông cáo'], ['PA', 'Phương án'], ['DA', 'Dự án'], ['GM', 'Giấy mời'],
  ['PC', 'Phiếu chuyển'], ['TCg', 'Thư công'], ['BB', 'Biên bản'],
  ['SY', 'Bản sao y'], ['SL', 'Bản sao lục'], ['TrS', 'Bản trích sao'], ['BS', 'Bản sao'],
];

// State type codes: Nghị định 30/2020/NĐ-CP, Phụ lục III, plus legal normative forms.
const STATE_TYPES: Array<[string, string]> = [
  ['NQ', 'Nghị quyết'], ['QĐ', 'Quyết định'], ['CT', 'Chỉ thị'], ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'], ['TC', 'Thông cáo'], ['TB', 'Thông báo'], ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'], ['KH', 'Kế hoạch'], ['PA', 'Phương án'], ['ĐA', 'Đề án'],
  ['DA', 'Dự án'], ['BC', 'Báo cáo'], ['BB', 'Biên bản'], ['TTr', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'], ['CĐ', 'Công điện'], ['BGN', 'Bản ghi nhớ'], ['BTT', 'Bản thỏa thuận'],
  ['GUQ', 'Giấy ủy quyền'], ['GM', 'Giấy mời'], ['GGT', 'Giấy giới thiệu'], ['GNP', 'Giấy nghỉ phép'],
  ['PG', 'Phiếu gửi'], ['PC', 'Phiếu chuyển'], ['PB', 'Phiếu báo'], ['TrS', 'Bản trích sao'],
  ['SY', 'Bản sao y'], ['SL', 'Bản sao lục'],
  ['NĐ', 'Nghị định'], ['TT', 'Thông tư'], ['TTLT', 'Thông tư liên tịch'], ['L', 'Luật'],
  ['PL', 'Pháp lệnh'], ['CV', 'Công văn'],
];

export const DEFAULT_TYPE_CODES: TypeCodeSeed[] = [
  ...PARTY_TYPES.map(([code, name]) => ({ system: 'party' as const, code, name })),
  ...STATE_TYPES.map(([code, name]) => ({ system: 'state' as const, code, name })),
];

// Issuer codes seen in practice. Party issuers decide that a bare "43-NQ/TW" is a Party symbol.
export const DEFAULT_PARTY_ISSUERS: Array<[string, string]> = [
  ['TW', 'Ban Chấp hành Trung ương'], ['VPTW', 'Văn phòng Trung ương Đảng'],
  ['TU', 'Tỉnh ủy'], ['VPTU', 'Văn phòng Tỉnh ủy'], ['HU', 'Huyện ủy'], ['TP', 'Thành ủy'],
  ['ĐU', 'Đảng ủy'], ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'], ['BTCTU', 'Ban Tổ chức Tỉnh ủy'],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy'], ['UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['BNCTU', 'Ban Nội chính Tỉnh ủy'], ['BDVTW', 'Ban Dân vận Trung ương'],
  ['BTGTW', 'Ban Tuyên giáo Trung ương'], ['BTCTW', 'Ban Tổ chức Trung ương'],
];

export const SECRECY_LEVELS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const URGENCY_LEVELS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;

export const RECEIVED_VIA = [
  { value: 'network', label: 'Qua mạng' },
  { value: 'paper', label: 'Bản giấy' },
  { value: 'other', label: 'Khác' },
] as const;
