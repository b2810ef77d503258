import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isValidIsoDate, isoDate, lastDayOfMonth } from '../../shared/dates';
import { parsePeriod } from '../../shared/period';
import { anyText, phraseOf, quickly } from './arbitraries';

const year = fc.integer({ min: 1945, max: 2200 });
const day = year.chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: lastDayOfMonth(y, m) }).map((d) => isoDate(y, m, d))));
const canonicalSpec = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  year.map((y) => `${y}-9M`),
  fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a}..${b}` : `${b}..${a}`)),
);

describe('parsePeriod (property)', () => {
  it('never throws nor hangs; a period it reads is a real range, after its previous period', () => {
    const text = fc.oneof(anyText(60), phraseOf(['2024', '-', 'Q', 'H', '9M', '..', '03', '1', '2024-03-01'], 12), canonicalSpec);
    fc.assert(fc.property(text, (s) => {
      const r = quickly(1000, () => parsePeriod(s));
      if (!r.ok) {
        expect(r.reason.length).toBeGreaterThan(0);
        return;
      }
      for (const range of [r.value, r.value.previous, r.value.yearAgo]) {
        expect(isValidIsoDate(range.from) && isValidIsoDate(range.to)).toBe(true);
        expect(range.from <= range.to).toBe(true);
      }
      expect(r.value.previous.to < r.value.from).toBe(true);
    }), { numRuns: 400 });
  });

  it('reads every canonical spec back as itself, covering whole days from its first to its last', () => {
    fc.assert(fc.property(canonicalSpec, (spec) => {
      const r = parsePeriod(spec);
      expect(r.ok, spec).toBe(true);
      if (!r.ok) return;
      expect(r.value.spec).toBe(spec);
      expect(parsePeriod(r.value.spec)).toEqual(r);
      // The previous period ends the day before this one starts; for 9 months it is the same 9 months a year before.
      if (spec.endsWith('-9M')) expect(r.value.previous).toMatchObject({ from: r.value.yearAgo.from, to: r.value.yearAgo.to });
      else expect(addDays(r.value.previous.to, 1)).toBe(r.value.from);
    }), { numRuns: 300 });
  });
});
