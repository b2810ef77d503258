import { describe, expect, it } from 'vitest';
import {
  citeDocument,
  formatDate,
  formatInteger,
  formatPercent,
  formatPlaceAndDate,
  formatRecipients,
  formatSigned,
  formatSymbol,
  toRoman,
} from '../../electron/backend/reports/format';

describe('report formats', () => {
  it('writes the place and date with a leading zero for days 1–9 and months 1–2 only', () => {
    expect(formatPlaceAndDate('Lạng Sơn', '2023-12-04')).toBe('Lạng Sơn, ngày 04 tháng 12 năm 2023');
    expect(formatPlaceAndDate('Lạng Sơn', '2024-02-15')).toBe('Lạng Sơn, ngày 15 tháng 02 năm 2024');
    expect(formatPlaceAndDate('Lạng Sơn', '2024-03-20')).toBe('Lạng Sơn, ngày 20 tháng 3 năm 2024');
    expect(formatPlaceAndDate('Lạng Sơn', '2024-01-09')).toBe('Lạng Sơn, ngày 09 tháng 01 năm 2024');
    expect(formatPlaceAndDate('Lạng Sơn', '')).toMatch(/^Lạng Sơn, ngày\s+tháng\s+năm\s+$/);
  });

  it('shows dates as dd/mm/yyyy', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
  });

  it('groups digits the Vietnamese way and signs changes', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
    expect(formatInteger(999)).toBe('999');
    expect(formatSigned(34)).toBe('+34');
    expect(formatSigned(-1234)).toBe('-1.234');
    expect(formatSigned(0)).toBe('0');
    expect(formatPercent(1, 3)).toBe('33,3%');
    expect(formatPercent(5, 0)).toBe('0%');
  });

  it('leaves the number of a symbol blank when there is none yet', () => {
    expect(formatSymbol('12-BC/VPTU', 'BC', 'VPTU')).toBe('12-BC/VPTU');
    expect(formatSymbol('', 'BC', 'VPTU')).toMatch(/^ +-BC\/VPTU$/);
  });

  it('punctuates Nơi nhận: a dash before each, commas, a full stop at the end', () => {
    expect(formatRecipients(['Thường trực Tỉnh ủy (b/c)', '- Như trên,', '', 'Lưu VPTU.'])).toEqual([
      '- Thường trực Tỉnh ủy (b/c),',
      '- Như trên,',
      '- Lưu VPTU.',
    ]);
  });

  it('cites a document and numbers sections', () => {
    const cite = citeDocument({ typeName: 'Nghị quyết', symbol: '43-NQ/TW', date: '2023-11-24', issuer: 'Ban Chấp hành Trung ương Đảng' });
    expect(cite).toBe('Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng');
    expect([1, 4, 5, 9, 14].map(toRoman)).toEqual(['I', 'IV', 'V', 'IX', 'XIV']);
  });
});
