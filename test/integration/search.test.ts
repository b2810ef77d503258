import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

async function seeded() {
  const b = tempBackend();
  const rows = [
    NQ43,
    { arrivalDate: '2024-01-05', issuer: 'Đảng ủy Khối các cơ quan tỉnh', symbol: '12-CV/ĐU', documentDate: '2024-01-03', abstract: 'Về việc tổ chức Đại hội đảng bộ', secrecy: 'Mật', handlingUnit: 'Ban Tổ chức Tỉnh ủy', forwardedDate: '2024-01-05' },
    { arrivalDate: '2024-02-10', issuer: 'Ủy ban nhân dân tỉnh', symbol: '123/QĐ-UBND', documentDate: '2024-02-08', abstract: 'Quyết định phê duyệt kế hoạch đào tạo', urgency: 'Hỏa tốc', dueDate: '2024-02-20' },
    { arrivalDate: '2024-03-01', issuer: 'Ban Dân vận Trung ương', symbol: '05-HD/BDVTW', documentDate: '2024-02-27', abstract: 'Hướng dẫn sơ kết khối đại đoàn kết', notes: 'Đã báo cáo đồng chí Bí thư' },
  ];
  for (const r of rows) await ok(b, 'incoming.register', r);
  return b;
}

const abstracts = (r: any) => r.items.map((e: any) => e.abstract);

describe('search and filters', () => {
  it('"dai doan ket" finds "đại đoàn kết", newest first', async () => {
    const b = await seeded();
    const r = await ok(b, 'incoming.list', { q: 'dai doan ket' });
    expect(r.total).toBe(2);
    expect(abstracts(r)).toEqual(['Hướng dẫn sơ kết khối đại đoàn kết', NQ43.abstract]);
  });

  it('folds đ/Đ both ways and matches symbols, issuers, notes and word prefixes', async () => {
    const b = await seeded();
    expect((await ok(b, 'incoming.list', { q: 'ĐẠI HỘI' })).total).toBe(1);
    expect((await ok(b, 'incoming.list', { q: 'dai hoi' })).total).toBe(1);
    expect((await ok(b, 'incoming.list', { q: 'Dang uy khoi' })).total).toBe(1);
    expect((await ok(b, 'incoming.list', { q: '43-NQ/TW' })).total).toBe(1);
    expect((await ok(b, 'incoming.list', { q: 'bi thu' })).total).toBe(1);
    expect((await ok(b, 'incoming.list', { q: 'doan k' })).total).toBe(2);
    expect((await ok(b, 'incoming.list', { q: 'khong co chu nay' })).total).toBe(0);
  });

  it('keeps the index in step with edits', async () => {
    const b = await seeded();
    const hit = (await ok(b, 'incoming.list', { q: 'dao tao' })).items[0];
    await ok(b, 'incoming.update', { id: hit.id, patch: { abstract: 'Quyết định về phòng cháy' } });
    expect((await ok(b, 'incoming.list', { q: 'dao tao' })).total).toBe(0);
    expect((await ok(b, 'incoming.list', { q: 'phong chay' })).total).toBe(1);
  });

  it('filters by year, dates, type, issuer, unit, secrecy, urgency and state', async () => {
    const b = await seeded();
    const count = async (f: object) => (await ok(b, 'incoming.list', f)).total;
    expect(await count({ year: 2024 })).toBe(3);
    expect(await count({ arrivalFrom: '2024-02-01', arrivalTo: '2024-02-29' })).toBe(1);
    expect(await count({ documentFrom: '2023-01-01', documentTo: '2023-12-31' })).toBe(1);
    expect(await count({ typeCode: 'QĐ' })).toBe(1);
    expect(await count({ issuer: 'Ban Dân vận Trung ương' })).toBe(1);
    expect(await count({ handlingUnit: 'Ban Tổ chức' })).toBe(1);
    expect(await count({ secrecy: 'Mật' })).toBe(1);
    expect(await count({ urgency: 'Hỏa tốc' })).toBe(1);
    expect(await count({ state: 'forwarded' })).toBe(1);
    expect(await count({ state: 'not_forwarded' })).toBe(3);
    expect(await count({ state: 'overdue', today: '2024-03-01' })).toBe(1);
    expect(await count({ state: 'overdue', today: '2024-02-15' })).toBe(0);
    expect(await count({ q: 'dai doan ket', year: 2024 })).toBe(1);
  });

  it('sorts by a chosen column and pages', async () => {
    const b = await seeded();
    const bySymbol = await ok(b, 'incoming.list', { sort: 'symbol', order: 'asc' });
    expect(bySymbol.items.map((e: any) => e.symbol)).toEqual(['05-HD/BDVTW', '12-CV/ĐU', '123/QĐ-UBND', '43-NQ/TW']);
    const oldestFirst = await ok(b, 'incoming.list', { order: 'asc', limit: 1, offset: 1 });
    expect(oldestFirst.items[0].arrivalDate).toBe('2024-01-05');
    expect(oldestFirst.total).toBe(4);
  });
});

describe('searching a full symbol', () => {
  it('puts the document itself before those that cite it', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    await ok(b, 'incoming.register', { arrivalDate: '2024-01-05', issuer: 'Huyện ủy Cao Lộc', symbol: '15-BC/HU', abstract: 'Báo cáo thực hiện Nghị quyết 43-NQ/TW' });
    const r = await ok(b, 'incoming.list', { q: '43-NQ/TW' });
    expect(r.items.map((e: any) => e.symbol)).toEqual(['43-NQ/TW', '15-BC/HU']);
  });
});

describe('sorting by issuing body', () => {
  it('follows Vietnamese order (Đảng ủy after Ban, before Ủy ban), and the filter still matches the exact name', async () => {
    const b = await seeded();
    await ok(b, 'incoming.register', { arrivalDate: '2024-03-05', issuer: 'Văn phòng Trung ương Đảng', abstract: 'Thông báo lịch làm việc' });
    const asc = (await ok(b, 'incoming.list', { sort: 'issuer', order: 'asc' })).items.map((e: any) => e.issuer);
    expect(asc).toEqual(['Ban Chấp hành Trung ương', 'Ban Dân vận Trung ương', 'Đảng ủy Khối các cơ quan tỉnh', 'Ủy ban nhân dân tỉnh', 'Văn phòng Trung ương Đảng']);
    const desc = (await ok(b, 'incoming.list', { sort: 'issuer', order: 'desc' })).items.map((e: any) => e.issuer);
    expect(desc).toEqual([...asc].reverse());
    expect((await ok(b, 'incoming.list', { issuer: 'Đảng ủy Khối các cơ quan tỉnh' })).total).toBe(1);
  });

  it('keeps the key in step when the issuer is edited', async () => {
    const b = await seeded();
    const hit = (await ok(b, 'incoming.list', { issuer: 'Ủy ban nhân dân tỉnh' })).items[0];
    await ok(b, 'incoming.update', { id: hit.id, patch: { issuer: 'Ban Tổ chức Tỉnh ủy' } });
    const asc = (await ok(b, 'incoming.list', { sort: 'issuer', order: 'asc' })).items.map((e: any) => e.issuer);
    expect(asc).toEqual(['Ban Chấp hành Trung ương', 'Ban Dân vận Trung ương', 'Ban Tổ chức Tỉnh ủy', 'Đảng ủy Khối các cơ quan tỉnh']);
  });
});
