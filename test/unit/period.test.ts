import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/period';

const p = (spec: string) => {
  const r = parsePeriod(spec);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('parsePeriod', () => {
  it('quarter: label, range, previous quarter across the year end, same quarter a year earlier', () => {
    expect(p('2024-Q1')).toMatchObject({ from: '2024-01-01', to: '2024-03-31', label: 'Quý I/2024' });
    expect(p('2024-Q1').previous).toEqual({ from: '2023-10-01', to: '2023-12-31', label: 'Quý IV/2023' });
    expect(p('2024-Q1').yearAgo).toEqual({ from: '2023-01-01', to: '2023-03-31', label: 'Quý I/2023' });
    expect(p('2024-Q3')).toMatchObject({ from: '2024-07-01', to: '2024-09-30', label: 'Quý III/2024' });
  });
  it('months with leap February', () => {
    expect(p('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: 'Tháng 2/2024' });
    expect(p('2024-02').yearAgo.to).toBe('2023-02-28');
    expect(p('2024-01').previous.label).toBe('Tháng 12/2023');
  });
  it('6 and 9 months, year', () => {
    expect(p('2024-H1')).toMatchObject({ from: '2024-01-01', to: '2024-06-30', label: '6 tháng đầu năm 2024' });
    expect(p('2024-H1').previous.label).toBe('6 tháng cuối năm 2023');
    expect(p('2024-9M')).toMatchObject({ to: '2024-09-30', label: '9 tháng đầu năm 2024' });
    expect(p('2024-9M').previous.label).toBe('9 tháng đầu năm 2023');
    expect(p('2024')).toMatchObject({ from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024' });
  });
  it('custom range: previous is the same length just before', () => {
    const c = p('2024-03-01..2024-03-10');
    expect(c.label).toBe('Từ ngày 01/03/2024 đến ngày 10/03/2024');
    expect(c.previous).toMatchObject({ from: '2024-02-20', to: '2024-02-29' });
    expect(c.yearAgo).toMatchObject({ from: '2023-03-01', to: '2023-03-10' });
  });
  it.each(['', '2024-13', '2024-Q5', 'quý 1', '2024-03-10..2024-03-01', '2024-02-30..2024-03-01'])('refuses "%s" with a Vietnamese reason', (spec) => {
    const r = parsePeriod(spec);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('Dùng: 2024-03');
  });
});
