// The received documents the reader is tested on, as text held in test/fixtures: Nghị quyết 43-NQ/TW
// as received (network signature, arrival stamp, copy page), Kế hoạch 21-KH/TW, the Lâm Đồng action
// programme pasted the way PDF text comes out, and a State decision composed for the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixtureText = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

export const RECEIVED = {
  resolution: 'received-43-NQ-TW.txt',
  plan: 'received-21-KH-TW.txt',
  programme: 'received-CTr-TU-lam-dong.txt',
  decision: 'received-QD-UBND.txt',
} as const;

export const RECIPIENTS_43 = [
  'Các tỉnh uỷ, thành uỷ',
  'Các ban đảng, ban cán sự đảng',
  'đảng đoàn, đảng uỷ trực thuộc Trung ương',
  'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Các đảng uỷ đơn vị sự nghiệp Trung ương',
  'Các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở Trung ương',
  'Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng',
  'Lưu Văn phòng Trung ương Đảng',
];

export const ABSTRACT_43 =
  'Nghị quyết Ban Chấp hành Trung ương Đảng khoá XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân ' +
  'tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc';

/** The fields of seed 003 (43-NQ/TW as received by the Văn phòng Tỉnh ủy Lạng Sơn), as a clerk would check them. */
export const EXPECTED_43 = {
  issuer: 'Ban Chấp hành Trung ương', superiorBody: null, symbol: '43-NQ/TW', documentDate: '2023-11-24',
  placeName: 'Hà Nội', typeCode: 'NQ', typeName: 'Nghị quyết', abstract: ABSTRACT_43, secrecy: null, urgency: null,
  signerAuthority: 'T/M BAN CHẤP HÀNH TRUNG ƯƠNG', signerPosition: 'TỔNG BÍ THƯ', signerName: null,
  recipients: RECIPIENTS_43, arrivalNumber: 11646, arrivalDate: '2023-11-28',
  signedBy: 'Ban Chấp hành Trung ương Đảng', signedAt: '2023-11-27T16:56:53+07:00',
};

export const EXPECTED_DECISION = {
  issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn', superiorBody: null, symbol: '123/QĐ-UBND', documentDate: '2024-03-05',
  placeName: 'Lạng Sơn', typeCode: 'QĐ', typeName: 'Quyết định',
  abstract: 'Quyết định về việc thành lập Ban Chỉ đạo thực hiện Nghị quyết số 43-NQ/TW trên địa bàn tỉnh Lạng Sơn',
  secrecy: null, urgency: 'Khẩn', signerAuthority: 'KT. CHỦ TỊCH', signerPosition: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn An',
  recipients: ['Như Điều 3', 'Thường trực Tỉnh ủy (báo cáo)', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Lưu: VT, NC'],
  arrivalNumber: null, arrivalDate: null, signedBy: null, signedAt: null,
};
