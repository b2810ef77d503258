import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

// Issue 9: the outgoing register and the copies are found by their number and symbol typed any way, the
// document whose own symbol holds the words typed first, then the others newest first.

const SIGNER = { signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông' };

describe('outgoing register search', () => {
  it('finds 15-BC/TU by its number and symbol, before newer documents citing it', async () => {
    const b = tempBackend();
    await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
    const add = (over: object) => ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo tình hình', ...over });
    // A paper register moved in mid-term: the series starts at 15.
    const report = await add({ number: 15, abstract: 'Báo cáo sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW' });
    expect(report.symbol).toBe('15-BC/TU');
    await add({ documentDate: '2024-02-01' }); // 16-BC/TU
    await add({ documentDate: '2024-03-01', typeCode: 'CV', issuerCode: 'VPTU', number: 15, abstract: 'Gửi Báo cáo số 15-BC/TU' });
    const symbols = async (q: string) => (await ok(b, 'outgoing.list', { q })).items.map((e: any) => e.symbol);
    for (const q of ['15-BC/TU', 'BC/TU 15', '15 bc tu', 'tu-bc-15']) {
      expect(await symbols(q), q).toEqual(['15-BC/TU', '15-CV/VPTU']);
    }
    expect(await symbols('16')).toEqual(['16-BC/TU']);
    expect(await symbols('so ket 43')).toEqual(['15-BC/TU']);
    expect((await ok(b, 'outgoing.list', { q: 'BC/TU 15' })).total).toBe(2);
  });
});

describe('copies search', () => {
  it('finds a copy by its number and symbol, before a newer copy whose source cites it', async () => {
    const b = tempBackend();
    const source = (await ok(b, 'incoming.register', NQ43)).entry.id;
    const copy = await ok(b, 'copies.add', { sourceId: source, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER });
    const citing = (await ok(b, 'incoming.register', { arrivalDate: '2023-12-10', issuer: 'Huyện ủy Cao Lộc', abstract: `Báo cáo đã nhận bản sao ${copy.symbol}` })).entry.id;
    const later = await ok(b, 'copies.add', { sourceId: citing, form: 'SY', date: '2023-12-12', ...SIGNER });
    const found = async (q: string) => (await ok(b, 'copies.list', { q })).items.map((c: any) => c.id);
    const [number, form, body] = copy.symbol.split(/[-/]/);
    for (const q of [copy.symbol, `${form} ${number}`, `${body}/${form} ${number}`, `${number}-${form.toLowerCase()}`]) {
      expect(await found(q), q).toEqual([copy.id, later.id]);
    }
    expect(await found('1274')).toEqual([copy.id, later.id]);
    expect(await found(later.symbol)).toEqual([later.id]);
  });
});
