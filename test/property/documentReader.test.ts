import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../shared/dates';
import { READ_FIELD_NAMES, readDocument } from '../../shared/documentReader/readDocument';
import { anyText, phraseOf, quickly } from './arbitraries';

// Lines of a received Party document: header, symbol, place and date, type and abstract, signature.
const LINE_WORDS = [
  'ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'TỈNH ỦY LÂM ĐỒNG', '*', 'Số', '43-NQ/TW', '1274-SY/VPTU', 'Hà Nội,', 'ngày', 'tháng',
  'năm', '24', '11', '2023', 'NGHỊ QUYẾT', 'KẾ HOẠCH', 'về', 'tiếp tục phát huy', 'Nơi nhận:', '- Như trên,', 'T/M BAN CHẤP HÀNH',
  'TỔNG BÍ THƯ', 'Nguyễn Phú Trọng', 'MẬT', 'KHẨN', 'ĐẾN', 'Số:', 'Ngày:', 'Ký bởi:', 'Thời gian ký:', 'SAO Y', 'qua mạng',
];
const line = fc.record({
  text: fc.oneof(phraseOf(LINE_WORDS, 10), anyText(60)),
  page: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  x: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: undefined }),
  y: fc.option(fc.double({ min: 0, max: 850, noNaN: true }), { nil: undefined }),
  pageWidth: fc.option(fc.constant(595), { nil: undefined }),
});

describe('readDocument (property)', () => {
  it('never throws nor hangs on any lines; dates it reads are real days, confidences within 0..1', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
      const reading = quickly(1000, () => readDocument(lines));
      const f = reading.fields;
      for (const date of [f.documentDate, f.arrivalDate]) expect(date === null || isValidIsoDate(date)).toBe(true);
      for (const name of READ_FIELD_NAMES) expect(reading.confidence[name]).toBeGreaterThanOrEqual(0);
      for (const name of READ_FIELD_NAMES) expect(reading.confidence[name]).toBeLessThanOrEqual(1);
      expect(readDocument(lines)).toEqual(reading);
    }), { numRuns: 150 });
  });
});
