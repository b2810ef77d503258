import { describe, expect, it } from 'vitest';
import { reviewModel } from '../../electron/backend/reportData/review';
import { seedSampleData } from '../../electron/backend/sample/seedSample';
import { ok, tempBackend } from '../helpers/tempBackend';

// The sample outgoing register (issue 9): two terms, the Tỉnh ủy's programme 38-CTr/TU implementing 43-NQ/TW,
// and the review of 43-NQ/TW naming it as a document the province issued.

describe('sample outgoing register', () => {
  it('holds 38-CTr/TU linked to 43-NQ/TW, both terms with their own series, and a void number with its reason', async () => {
    const b = tempBackend();
    seedSampleData(b.services, '2026-06-15');
    const all = (await ok(b, 'outgoing.list', { limit: 10_000 })).items;
    const programme = all.find((e: any) => e.symbol === '38-CTr/TU');
    expect(programme).toMatchObject({ answersSymbol: '43-NQ/TW', documentDate: '2024-01-15', termName: 'Nhiệm kỳ 2020–2025', status: 'issued' });
    expect(new Set(all.map((e: any) => e.termName))).toEqual(new Set(['Nhiệm kỳ 2020–2025', 'Nhiệm kỳ 2025–2030']));
    // The second term starts every series again at 01.
    const secondTermNumbers = all.filter((e: any) => e.termName === 'Nhiệm kỳ 2025–2030' && e.typeCode === 'CV' && e.issuerCode === 'VPTU').map((e: any) => e.number).sort((x: number, y: number) => x - y);
    expect(secondTermNumbers[0]).toBe(1);
    expect(secondTermNumbers).toEqual(secondTermNumbers.map((_: number, i: number) => i + 1));
    expect(all.filter((e: any) => e.status === 'void').map((e: any) => e.voidReason)).toEqual(['Dự thảo không được ban hành (Thường trực Tỉnh ủy cho ý kiến dừng)']);
    // Search finds it by its symbol.
    expect((await ok(b, 'outgoing.list', { q: '38-CTr' })).items.map((e: any) => e.symbol)).toEqual(['38-CTr/TU']);
  }, 120_000);

  it('the review of 43-NQ/TW names 38-CTr/TU once, as issued by the Tỉnh ủy', () => {
    const b = tempBackend();
    seedSampleData(b.services, '2026-06-15');
    const nq = b.services.query.list({ q: '43-NQ/TW', sort: 'arrival', order: 'asc', offset: 0, limit: 5 }).items.find((e) => e.symbol === '43-NQ/TW')!;
    const m = reviewModel(b.services, { directiveId: nq.id, kind: 'interim', milestone: '01 năm', asOf: '2024-12-20' }, {}, { date: '2024-12-20' });
    const programme = m.implementingDocuments.filter((d) => d.symbol === '38-CTr/TU');
    expect(programme).toEqual([expect.objectContaining({ direction: 'issued', issuer: 'Tỉnh ủy Lạng Sơn', typeName: 'Chương trình hành động', date: '2024-01-15' })]);
    expect(m.implementingDocuments[0].symbol).toBe('38-CTr/TU');
  }, 120_000);
});
