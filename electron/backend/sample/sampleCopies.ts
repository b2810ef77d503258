import type { Services } from '../services';

/** The "Nơi nhận" of the real copy 1274-SY/VPTU (the last page of the received 43-NQ/TW), as printed there. */
export const SAMPLE_COPY_RECIPIENTS = [
  'Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc',
  'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh',
  'Ban Thường vụ Tỉnh đoàn',
  'Báo Lạng Sơn',
  'Trường chính trị Hoàng Văn Thụ',
  'Các đ/c Ủy viên BCH Đảng bộ tỉnh',
  'Lưu Văn phòng Tỉnh uỷ',
];

const SIGNER = { signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông' };

/**
 * The copies of the sample register: the real case — sao y 1274-SY/VPTU of Nghị quyết 43-NQ/TW, Lạng Sơn
 * 04/12/2023, sent to the seven lines of its Nơi nhận — then the next copies of that year's series.
 */
export function seedSampleCopies(s: Services): void {
  const source = s.query.list({ q: '43-NQ/TW', sort: 'arrival', order: 'asc', offset: 0, limit: 20 }).items.find((e) => e.symbol === '43-NQ/TW');
  if (!source) return;
  const sample = { isSample: true };
  s.copies.add({ sourceKind: 'incoming', sourceId: source.id, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER, copies: 60, recipients: SAMPLE_COPY_RECIPIENTS, excerpt: '', notes: 'Dữ liệu mẫu' }, sample);
  const plan = s.query.list({ q: '21-KH/TW', sort: 'arrival', order: 'asc', offset: 0, limit: 20 }).items.find((e) => e.symbol === '21-KH/TW');
  if (plan) {
    s.copies.add({
      sourceKind: 'incoming', sourceId: plan.id, form: 'SL', date: '2023-12-06', ...SIGNER, copies: 25,
      recipients: ['Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh', 'Ban Dân vận Tỉnh ủy', 'Lưu Văn phòng Tỉnh uỷ'], excerpt: '', notes: 'Dữ liệu mẫu',
    }, sample);
    s.copies.add({
      sourceKind: 'incoming', sourceId: plan.id, form: 'TrS', date: '2023-12-08', ...SIGNER, copies: 12,
      recipients: ['Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', 'Lưu Văn phòng Tỉnh uỷ'], excerpt: 'Mục III, điểm 2', notes: 'Dữ liệu mẫu',
    }, sample);
  }
}
