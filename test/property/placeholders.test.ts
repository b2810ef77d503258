import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAME, scanPlaceholders } from '../../electron/backend/reports/placeholderSyntax';
import { scanXml } from '../../electron/backend/reports/templatePackage';
import { anyText, quickly } from './arbitraries';

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/);
/** Text without braces, between the placeholders. */
const filler = fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}<>&]/g, ''));

describe('template placeholders (property)', () => {
  it('scanning any paragraph never throws nor hangs; what it finds is a well-formed placeholder where it says', () => {
    fc.assert(fc.property(anyText(300), (text) => {
      const scan = quickly(1000, () => scanPlaceholders(text));
      for (const o of scan.occurrences) {
        expect(o.name).toMatch(PLACEHOLDER_NAME);
        const found = text.slice(o.start, o.end);
        expect(found.startsWith('{{') && found.endsWith('}}')).toBe(true);
        expect(found.slice(2, -2).trim()).toBe(o.name);
      }
      for (const p of scan.problems) expect(p.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });

  it('finds exactly the placeholders written between ordinary text, in order, with no problem', () => {
    fc.assert(fc.property(fc.array(fc.tuple(filler, name, fc.constantFrom('', ' '))), filler, (parts, tail) => {
      const text = parts.map(([before, n, pad]) => `${before}{{${pad}${n}${pad}}}`).join('') + tail;
      const scan = scanPlaceholders(text);
      expect(scan.problems).toEqual([]);
      expect(scan.occurrences.map((o) => o.name)).toEqual(parts.map(([, n]) => n));
    }), { numRuns: 300 });
  });

  it('the package scan counts the "{{" of the text across tags and measures the nesting', () => {
    const run = fc.tuple(filler, fc.boolean()).map(([text, split]) => ({ text, split }));
    fc.assert(fc.property(fc.array(run, { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (runs, depth) => {
      // Each placeholder's "{{" is split across two runs when `split`, as Word does.
      const body = runs.map(({ text, split }) => (split ? `<w:r><w:t>${text}{</w:t></w:r><w:r><w:t>{x}}</w:t></w:r>` : `<w:r><w:t>${text}{{x}}</w:t></w:r><w:br/>`)).join('');
      const xml = `<?xml version="1.0"?>${'<w:p>'.repeat(depth)}${body}${'</w:p>'.repeat(depth)}`;
      const scan = scanXml(xml);
      expect(scan.braces).toBe(runs.length);
      expect(scan.depth).toBe(depth + (runs.length ? 2 : 0));
    }), { numRuns: 300 });
  });

  it('the package scan never throws nor hangs on any text', () => {
    fc.assert(fc.property(anyText(300), (text) => {
      const scan = quickly(1000, () => scanXml(`<a>${text}<b/></a>`));
      expect(scan.depth).toBeGreaterThanOrEqual(0);
    }), { numRuns: 300 });
  });
});
