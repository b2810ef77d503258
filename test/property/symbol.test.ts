import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY_ISSUERS, DEFAULT_TYPE_CODES } from '../../shared/codes';
import { parseSymbol } from '../../shared/symbol';
import { anyText, phraseOf, quickly } from './arbitraries';

const partyCodes = DEFAULT_TYPE_CODES.filter((t) => t.system === 'party');
const stateCodes = DEFAULT_TYPE_CODES.filter((t) => t.system === 'state');
const partyIssuers = DEFAULT_PARTY_ISSUERS.map(([code]) => code);

/** Ways a clerk writes the same symbol: "Số:" before it, spaces around the separators, an en dash. */
function decorated(symbol: string) {
  return fc.record({ prefix: fc.constantFrom('', 'Số: ', 'số ', ' '), space: fc.constantFrom('', ' ', '  '), dash: fc.constantFrom('-', '–', ' - ') })
    .map(({ prefix, space, dash }) => `${prefix}${symbol.replace(/\//g, `${space}/${space}`).replace(/-/g, dash)}`);
}

describe('parseSymbol (property)', () => {
  it('never throws nor hangs, and reading its own normalized form gives the same result', () => {
    const text = fc.oneof(anyText(120), phraseOf(['NQ', 'QĐ', 'TW', 'TU', '/', '-', '43', '2021', 'NĐ-CP', 'UBND', 'Số:'], 40));
    fc.assert(fc.property(text, (s) => {
      const r = quickly(1000, () => parseSymbol(s));
      if (r.ok) {
        expect(parseSymbol(r.normalized)).toEqual(r);
        expect(Number.isInteger(r.value.number)).toBe(true);
      } else {
        expect(r.reason.length).toBeGreaterThan(0);
      }
    }), { numRuns: 400 });
  });

  it('reads every canonical Party symbol back into its parts, however it was typed', () => {
    const party = fc.record({
      number: fc.integer({ min: 1, max: 999_999 }),
      type: fc.constantFrom(...partyCodes),
      issuers: fc.array(fc.constantFrom(...partyIssuers), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(fc.property(party.chain((p) => {
      const canonical = `${p.number}-${p.type.code}/${p.issuers.join('-')}`;
      return decorated(canonical).map((typed) => ({ p, canonical, typed }));
    }), ({ p, canonical, typed }) => {
      const r = parseSymbol(typed);
      expect(r.ok, typed).toBe(true);
      if (!r.ok) return;
      expect(r.normalized).toBe(canonical);
      expect(r.value).toMatchObject({ number: p.number, typeCode: p.type.code, typeName: p.type.name, issuerCode: p.issuers.join('-'), system: 'party' });
    }), { numRuns: 300 });
  });

  it('reads every canonical State normative symbol back into its parts', () => {
    const state = fc.record({
      number: fc.integer({ min: 1, max: 999_999 }),
      year: fc.integer({ min: 1945, max: 2200 }),
      type: fc.constantFrom(...stateCodes),
      issuer: fc.constantFrom('CP', 'TTg', 'UBND', 'BNV', 'HĐND', 'BTC'),
    });
    fc.assert(fc.property(state, (p) => {
      const canonical = `${p.number}/${p.year}/${p.type.code}-${p.issuer}`;
      const r = parseSymbol(canonical);
      expect(r.ok, canonical).toBe(true);
      if (!r.ok) return;
      expect(r.normalized).toBe(canonical);
      expect(r.value).toMatchObject({ number: p.number, year: p.year, typeCode: p.type.code, issuerCode: p.issuer, system: 'state' });
    }), { numRuns: 300 });
  });
});
