import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

describe('registering incoming documents', () => {
  it('assigns 1, 2, 3… in the year\'s default book and restarts each year', async () => {
    const b = tempBackend();
    const base = { issuer: 'Tỉnh ủy', abstract: 'Công văn' };
    const a = await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-01-02' });
    const c = await ok(b, 'incoming.register', { ...base, arrivalDate: '2024-01-03' });
    const d = await ok(b, 'incoming.register', { ...base, arrivalDate: '2025-01-02' });
    expect([a.entry.arrivalNumber, c.entry.arrivalNumber, d.entry.arrivalNumber]).toEqual([1, 2, 1]);
    expect(a.entry.bookName).toBe('Sổ văn bản đến năm 2024');
    expect(d.entry.bookName).toBe('Sổ văn bản đến năm 2025');
  });

  it('accepts a typed number and refuses one already used, naming the holder', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    const next = await ok(b, 'incoming.nextNumber', { arrivalDate: '2023-12-01' });
    expect(next.arrivalNumber).toBe(11647);
    const r = await b.dispatch('incoming.register', { ...NQ43, symbol: '', abstract: 'Khác' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toContain('43-NQ/TW');
    expect(r.error.fields?.arrivalNumber).toContain('11646');
    expect((await ok(b, 'incoming.list', {})).total).toBe(1);
  });

  it('fills the type from the symbol and normalises text', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, symbol: ' 43 - NQ/TW', abstract: 'Phát huy sức mạnh đại đoàn kết, nâng cao đời sống ngƣời dân'.normalize('NFD') });
    expect(entry.symbol).toBe('43-NQ/TW');
    expect(entry.typeCode).toBe('NQ');
    expect(entry.typeName).toBe('Nghị quyết');
    expect(entry.abstract).toBe('Phát huy sức mạnh đại đoàn kết, nâng cao đời sống người dân');
    expect(entry.abstract).toBe(entry.abstract.normalize('NFC'));
  });

  it('warns, naming the earlier entry, when the same directive arrives again on paper', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    const again = await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, arrivalDate: '2023-12-05', receivedVia: 'paper' });
    expect(again.entry.arrivalNumber).toBe(11647);
    expect(again.warnings).toHaveLength(1);
    expect(again.warnings[0]).toContain('số đến 11646 ngày 28/11/2023');
    const other = await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, documentDate: '2023-11-25' });
    expect(other.warnings).toEqual([]);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const b = tempBackend();
    const cases: Array<[object, string]> = [
      [{ ...NQ43, arrivalDate: '2023-02-30' }, 'arrivalDate'],
      [{ ...NQ43, issuer: '   ' }, 'issuer'],
      [{ ...NQ43, abstract: '' }, 'abstract'],
      [{ ...NQ43, secrecy: 'Bí mật' }, 'secrecy'],
      [{ ...NQ43, documentDate: '2023-12-01' }, 'documentDate'],
      [{ ...NQ43, arrivalNumber: -3 }, 'arrivalNumber'],
      [{ ...NQ43, unknownField: 1 }, ''],
    ];
    for (const [input, field] of cases) {
      const r = await b.dispatch('incoming.register', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (r.ok) continue;
      expect(['VALIDATION', 'CONFLICT']).toContain(r.error.code);
      expect(r.error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      if (field) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    }
    expect((await ok(b, 'incoming.list', {})).total).toBe(0);
  });

  it('records the history of changes and keeps the number on edit', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    await ok(b, 'incoming.update', { id: entry.id, patch: { forwardedDate: '2023-11-29', handlingUnit: 'Ban Tuyên giáo Tỉnh ủy' } });
    const detail = await ok(b, 'incoming.get', { id: entry.id });
    expect(detail.entry.arrivalNumber).toBe(11646);
    expect(detail.entry.forwardedDate).toBe('2023-11-29');
    expect(detail.history.map((h: any) => h.action)).toEqual(['update', 'create']);
    expect(detail.history[0].changes.handlingUnit).toEqual({ from: 'Ban Dân vận Tỉnh ủy', to: 'Ban Tuyên giáo Tỉnh ủy' });
    expect(detail.history[0].summary).toContain('Ngày chuyển');
  });

  it('completes issuing bodies and handling units from what was typed before, without diacritics', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, symbol: '', issuer: 'Ban Dân vận Trung ương', handlingUnit: 'Ban Dân vận Tỉnh ủy; Văn phòng Tỉnh ủy' });
    expect(await ok(b, 'incoming.suggest', { field: 'issuer', prefix: 'ban dan' })).toEqual(['Ban Dân vận Trung ương']);
    const units = await ok(b, 'incoming.suggest', { field: 'handlingUnit', prefix: 'tinh uy' });
    expect(units[0]).toBe('Ban Dân vận Tỉnh ủy');
    expect(units).toContain('Văn phòng Tỉnh ủy');
  });

  it('keeps several books: numbers are unique per book', async () => {
    const b = tempBackend();
    const paper = await ok(b, 'books.create', { name: 'Sổ văn bản đến bản giấy', year: 2024, kind: 'paper' });
    const x = await ok(b, 'incoming.register', { issuer: 'A', abstract: 'B', arrivalDate: '2024-03-01' });
    const y = await ok(b, 'incoming.register', { issuer: 'A', abstract: 'B', arrivalDate: '2024-03-01', bookId: paper.id });
    expect([x.entry.arrivalNumber, y.entry.arrivalNumber]).toEqual([1, 1]);
    const wrongYear = await b.dispatch('incoming.register', { issuer: 'A', abstract: 'B', arrivalDate: '2023-03-01', bookId: paper.id });
    expect(wrongYear.ok).toBe(false);
    const books = await ok(b, 'books.list', {});
    expect(books.find((k: any) => k.id === paper.id)).toMatchObject({ entryCount: 1, firstNumber: 1, lastNumber: 1 });
  });
});
