import { describe, expect, it } from 'vitest';
import { PROGRAMME, PROGRAMME_TEXT } from '../../electron/backend/sample/programmeText';
import { DEFAULT_UNITS } from '../../electron/backend/services/unitDefaults';
import { extractTasks } from '../../shared/planExtract';
import { matchUnits } from '../../shared/unitMatch';

// The sample's own programme (Tỉnh ủy Lạng Sơn, 38-CTr/TU) is read by the same extractor a clerk uses:
// if the extractor or the text drifts, the sample's tasks would silently change.
describe('the sample programme 38-CTr/TU of Tỉnh ủy Lạng Sơn', () => {
  const book = DEFAULT_UNITS.flatMap((c) => c.units).map((u, i) => ({ id: i + 1, name: u.name, shortName: u.shortName ?? '' }));
  const { tasks } = extractTasks(PROGRAMME_TEXT, { ref: PROGRAMME.documentDate });

  it('is marked as sample data and implements 43-NQ/TW and 21-KH/TW', () => {
    expect(PROGRAMME_TEXT.startsWith('DỮ LIỆU MẪU')).toBe(true);
    expect(PROGRAMME_TEXT).toContain('Số 38-CTr/TU');
    for (const cited of ['Nghị quyết số 43-NQ/TW', 'Kế hoạch số 21-KH/TW']) expect(PROGRAMME_TEXT).toContain(cited);
  });

  it('yields 18 tasks of section IV, every deadline read and every lead body but the collective one in the address book', () => {
    expect(tasks).toHaveLength(18);
    expect(new Set(tasks.map((t) => t.section))).toEqual(new Set(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5', 'IV.6', 'IV.7', 'IV.8', 'IV.9']));
    expect(tasks.every((t) => t.deadlineText !== null && (t.due !== null || t.standing))).toBe(true);
    const unmatched = tasks.filter((t) => t.section !== 'IV.1' && matchUnits(t.unit, book).length === 0);
    expect(unmatched).toEqual([]);
    const lead = (section: string) => book[matchUnits(tasks.find((t) => t.section === section)!.unit, book)[0] - 1].name;
    expect(lead('IV.8')).toBe('Ban Dân vận Tỉnh ủy');
    expect(lead('IV.2')).toBe('Đảng đoàn Hội đồng nhân dân tỉnh');
  });
});
