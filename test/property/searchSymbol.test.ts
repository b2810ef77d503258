import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY_ISSUERS, DEFAULT_TYPE_CODES } from '../../shared/codes';
import { parseSymbol } from '../../shared/symbol';
import { ok, tempBackend } from '../helpers/tempBackend';

// Issue 9: a document's own symbol, typed in any order, with any separators and case, with or without the
// mark of Đ, puts that document first — before newer documents that cite it and before a document with the
// same number of another type.

const partyTypes = DEFAULT_TYPE_CODES.filter((t) => t.system === 'party').map((t) => t.code);
const stateTypes = DEFAULT_TYPE_CODES.filter((t) => t.system === 'state').map((t) => t.code);
const partyIssuers = DEFAULT_PARTY_ISSUERS.map(([code]) => code);
const stateIssuers = ['UBND', 'CP', 'TTg', 'BNV', 'HĐND', 'SNV'];

/** The shapes shared/symbol.ts reads: Party 43-NQ/TW, State 07/2021/NĐ-CP, 123/QĐ-UBND, 123/UBND-VP. */
const symbol = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...partyTypes), fc.constantFrom(...partyIssuers))
    .map(([n, t, i]) => `${n}-${t}/${i}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 2000, max: 2025 }), fc.constantFrom(...stateTypes), fc.constantFrom(...stateIssuers))
    .map(([n, y, t, i]) => `${String(n).padStart(2, '0')}/${y}/${t}-${i}`),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...stateTypes), fc.constantFrom(...stateIssuers))
    .map(([n, t, i]) => `${n}/${t}-${i}`),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...stateIssuers), fc.constantFrom('VP', 'KT', 'NC'))
    .map(([n, i, u]) => `${n}/${i}-${u}`),
);

/** The symbol as a clerk may type it: its parts in any order, joined by any separators, in any case. */
const typedAs = (s: string) => {
  const parts = s.split(/[-/]/);
  return fc.record({
    order: fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }),
    separators: fc.array(fc.constantFrom(' ', '-', '/', ' / ', ', '), { minLength: parts.length, maxLength: parts.length }),
    casing: fc.constantFrom('as is', 'lower', 'upper', 'no marks'),
  }).map(({ order, separators, casing }) => {
    const text = order.map((p, i) => (i ? separators[i] : '') + p).join('');
    if (casing === 'lower') return text.toLowerCase();
    if (casing === 'upper') return text.toUpperCase();
    return casing === 'no marks' ? text.replace(/Đ/g, 'D').replace(/đ/g, 'd') : text;
  });
};

describe('search by symbol (property)', () => {
  it("the document's own symbol, typed any way, lists it first", async () => {
    const b = tempBackend();
    const used = new Set<string>();
    let day = 0;
    const date = () => new Date(Date.UTC(2024, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
    await fc.assert(fc.asyncProperty(symbol.chain((s) => typedAs(s).map((typed) => ({ s, typed }))), async ({ s, typed }) => {
      expect(parseSymbol(s).ok, s).toBe(true);
      fc.pre(!used.has(s));
      used.add(s);
      const own = (await ok(b, 'incoming.register', { arrivalDate: date(), issuer: 'Ban Chấp hành Trung ương', symbol: s, abstract: 'Văn bản được tìm' })).entry;
      // Newer, so first in the register's order: a report citing it, and a document with the same number.
      await ok(b, 'incoming.register', { arrivalDate: date(), issuer: 'Huyện ủy Cao Lộc', abstract: `Báo cáo thực hiện văn bản số ${s}` });
      // (ĐĐ, the Đảng đoàn, is not among the generated issuers: this symbol never matches the one typed.)
      await ok(b, 'incoming.register', { arrivalDate: date(), issuer: 'Đảng đoàn', symbol: `${s.match(/^\d+/)![0]}-KH/ĐĐ`, abstract: 'Kế hoạch cùng số' });
      const r = await ok(b, 'incoming.list', { q: typed, limit: 5 });
      expect(r.items[0]?.id, `"${typed}" for ${s}`).toBe(own.id);
    }), { numRuns: 40 });
  }, 120_000);
});
