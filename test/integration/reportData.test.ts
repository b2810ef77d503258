import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/period';
import { registerBookModel } from '../../electron/backend/reportData/registerBook';
import { statsModel } from '../../electron/backend/reportData/stats';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

const period = (spec: string) => {
  const r = parsePeriod(spec);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

async function seeded() {
  const b = tempBackend();
  await ok(b, 'incoming.register', NQ43);
  const base = { issuer: 'Huyện ủy Cao Lộc', abstract: 'Báo cáo kết quả', symbol: '', typeCode: 'BC' };
  await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-01-10', dueDate: '2024-01-20', resolvedDate: '2024-01-18', handlingUnit: 'Ban Dân vận Tỉnh ủy' });
  await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-02-10', dueDate: '2024-02-20', resolvedDate: '2024-02-25', urgency: 'Khẩn' });
  await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-03-10', dueDate: '2024-03-20', handlingUnit: 'Ban Dân vận Tỉnh ủy; Văn phòng Tỉnh ủy' });
  await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-03-28', dueDate: '2024-04-10', secrecy: 'Mật' });
  await ok(b, 'incoming.register', { ...base, arrivalDate: '2023-02-01', issuer: 'Bộ Chính trị', typeCode: 'KH' });
  return b;
}

describe('report query layer', () => {
  it('statistics for Quý I/2024 beside Quý IV/2023 and Quý I/2023', async () => {
    const b = await seeded();
    const m = statsModel(b.services, period('2024-Q1'), { date: '2024-04-05', asOf: '2024-04-05' });
    expect([m.periodLabel, m.previousLabel, m.yearAgoLabel]).toEqual(['Quý I/2024', 'Quý IV/2023', 'Quý I/2023']);
    expect(m.totals).toEqual({ current: 4, previous: 1, yearAgo: 1 });
    const byType = m.sections.find((x) => x.title === 'Theo loại văn bản')!;
    expect(byType.rows).toContainEqual({ label: 'Báo cáo', current: 4, previous: 0, yearAgo: 0 });
    expect(byType.rows).toContainEqual({ label: 'Nghị quyết', current: 0, previous: 1, yearAgo: 0 });
    const byUnit = m.sections.find((x) => x.title === 'Theo đơn vị xử lý')!;
    expect(byUnit.rows.find((r) => r.label === 'Ban Dân vận Tỉnh ủy')?.current).toBe(2);
    expect(m.sections.find((x) => x.title === 'Theo độ khẩn')!.rows.map((r) => r.label)).toEqual(['Thường', 'Khẩn']);
    expect(m.sections.find((x) => x.title === 'Theo độ mật')!.rows.find((r) => r.label === 'Mật')?.current).toBe(1);
    // On time 18/01 ≤ 20/01; late 25/02 > 20/02 and 20/03 passed unresolved; open: due 10/04 after 31/03.
    expect(m.handling.current).toEqual({ onTime: 1, late: 2, open: 1 });
    expect(m.header.office.issuerCode).toBe('VPTU');
  });

  it('register book for a date range in arrival order, with the cover facts', async () => {
    const b = await seeded();
    const m = registerBookModel(b.services, { from: '2023-11-01', to: '2024-02-29' }, { date: '2024-03-01' });
    expect(m.rows.map((r) => r.arrivalNumber)).toEqual([11646, 1, 2]);
    expect([m.firstNumber, m.lastNumber, m.fromDate, m.toDate]).toEqual([1, 11646, '2023-11-01', '2024-02-29']);
    expect(m.rows[0]).toMatchObject({ symbol: '43-NQ/TW', issuer: 'Ban Chấp hành Trung ương', documentDate: '2023-11-24' });
    expect(m.rows[0].typeAndAbstract).toMatch(/^Nghị quyết về tiếp tục/);
    expect(m.rows[2].notes).toBe('Khẩn');
  });

  it('refuses a request with neither book nor range', async () => {
    const b = await seeded();
    expect(() => registerBookModel(b.services, {}, { date: '2024-03-01' })).toThrow('Cần chọn một sổ');
  });
});
