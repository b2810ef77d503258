import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate, isoDate, lastDayOfMonth } from '../../shared/dates';
import { parseDeadline } from '../../shared/deadline';
import { anyText, phraseOf, quickly } from './arbitraries';

const WORDS = [
  'hoàn thành', 'trong', 'trước', 'quý', 'tháng', 'năm', 'ngày', 'I', 'II', 'III', 'IV', '6 tháng đầu năm', 'cuối năm',
  'đầu tháng', 'giữa tháng', 'cuối tháng', 'thường xuyên', 'thực hiện', 'chậm nhất', '/', '-', 'quý I/2024', '31/12/2024', '30/02/2024',
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const refDate = fc.integer({ min: 1945, max: 2200 }).chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) =>
  fc.integer({ min: 1, max: lastDayOfMonth(y, m) }).map((d) => isoDate(y, m, d))));

describe('parseDeadline (property)', () => {
  it('never throws nor hangs; a due date is always a real day; the text is kept', () => {
    fc.assert(fc.property(fc.oneof(anyText(200), phraseOf(WORDS, 60)), fc.option(refDate, { nil: undefined }), (text, ref) => {
      const r = quickly(1000, () => parseDeadline(text, ref));
      expect(r.due === null || isValidIsoDate(r.due)).toBe(true);
      expect(r.text).toBe(text.trim());
      expect(r.explanation.length).toBeGreaterThan(0);
      if (r.due !== null) expect(r.recognized).toBe(true);
    }), { numRuns: 400 });
  });

  it('stays quick on the longest phrase the contract accepts', () => {
    fc.assert(fc.property(phraseOf(WORDS, 400).map((s) => s.slice(0, 2000)), (text) => {
      quickly(2000, () => parseDeadline(text));
    }), { numRuns: 20 });
  });

  it('reads "trong quý Q/YYYY" and "trong tháng M/YYYY" as the last day of that quarter or month', () => {
    const year = fc.integer({ min: 1945, max: 2200 });
    fc.assert(fc.property(year, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), (y, q, m) => {
      expect(parseDeadline(`hoàn thành trong quý ${ROMAN[q - 1]}/${y}`).due).toBe(isoDate(y, q * 3, lastDayOfMonth(y, q * 3)));
      expect(parseDeadline(`trong tháng ${m}/${y}`).due).toBe(isoDate(y, m, lastDayOfMonth(y, m)));
    }), { numRuns: 200 });
  });
});
