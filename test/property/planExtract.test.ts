import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../shared/dates';
import { extractTasks } from '../../shared/planExtract';
import { anyText, phraseOf, quickly } from './arbitraries';

// Lines that look like a plan: numbered sections, bodies that are assigned, deadlines.
const LINE_WORDS = [
  'I.', 'II.', 'III.', 'IV.', '1.', '2.', '3.', 'a)', 'b)', '-', '+', 'Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Đảng đoàn',
  'chủ trì, phối hợp với', 'các cấp ủy', 'tổ chức thực hiện', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN',
  'hoàn thành trong quý I/2024', 'thực hiện thường xuyên', 'trước ngày 31/12/2024', ':', ';', '.',
];
const plan = fc.array(fc.oneof(phraseOf(LINE_WORDS, 12), anyText(40)), { maxLength: 60 }).map((lines) => lines.join('\n'));

describe('extractTasks (property)', () => {
  it('never throws nor hangs; every task has a body, content and a real due date or none', () => {
    fc.assert(fc.property(plan, (text) => {
      const r = quickly(1000, () => extractTasks(text));
      for (const t of r.tasks) {
        expect(t.content.length).toBeGreaterThan(0);
        expect(t.due === null || isValidIsoDate(t.due)).toBe(true);
      }
      expect(extractTasks(text)).toEqual(r);
    }), { numRuns: 200, examples: [['a) a\n;']] });
  });
});
