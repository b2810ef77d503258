import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/openDatabase';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { seedSampleData } from '../../electron/backend/sample/seedSample';
import { foldForSearch } from '../../shared/text';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

// Issue 9: the register's search finds a document by its arrival number and by its symbol written any
// way a clerk types it, the document itself before those that cite it; the other matches follow in the
// register's order.

const SYMBOL_FORMS = ['43-NQ', 'NQ 43', '43/NQ-TW', '43 NQ TW', '43-nq/tw', '43-NQ/TW', 'nq-43'];

/** Arrival order, newest first, as the register lists entries (date, then book and number). */
const newestFirst = (items: any[]) => items.every((e, i) => i === 0 || items[i - 1].arrivalDate >= e.arrivalDate);

describe('search by symbol and number over the sample register', () => {
  it('every way of typing 43-NQ/TW lists it first, then the documents citing it newest first; 11646 finds it', async () => {
    const b = tempBackend();
    seedSampleData(b.services, '2026-06-15');
    for (const q of SYMBOL_FORMS) {
      const r = await ok(b, 'incoming.list', { q });
      expect(r.items[0]?.symbol, q).toBe('43-NQ/TW');
      // The sample's reports and plans cite it: they follow, in the register's order.
      expect(r.total, q).toBeGreaterThan(5);
      expect(r.items.slice(1).every((e: any) => e.symbol !== '43-NQ/TW'), q).toBe(true);
      expect(newestFirst(r.items.slice(1)), q).toBe(true);
    }
    const byNumber = await ok(b, 'incoming.list', { q: '11646' });
    expect(byNumber.items[0]).toMatchObject({ arrivalNumber: 11646, symbol: '43-NQ/TW' });
  }, 120_000);
});

describe('search by symbol and number', () => {
  async function register() {
    const b = tempBackend();
    const citing = (date: string, n: number) => ({
      arrivalDate: date, issuer: 'Huyện ủy Cao Lộc', symbol: `${n}-BC/HU`, documentDate: date,
      abstract: 'Báo cáo kết quả thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương',
    });
    const nq = (await ok(b, 'incoming.register', NQ43)).entry;
    await ok(b, 'incoming.register', citing('2024-01-05', 15));
    await ok(b, 'incoming.register', citing('2024-02-05', 16));
    // Another Party body's resolution numbered 43: its symbol holds "43" and "NQ" too.
    const other = (await ok(b, 'incoming.register', { arrivalDate: '2024-03-01', issuer: 'Tỉnh ủy Lạng Sơn', symbol: '43-NQ/TU', documentDate: '2024-02-28', abstract: 'Nghị quyết về phát triển du lịch' })).entry;
    // A State decision whose symbol is written with a leading zero.
    const decision = (await ok(b, 'incoming.register', { arrivalDate: '2024-03-02', issuer: 'Chính phủ', symbol: '07/2021/NĐ-CP', documentDate: '2021-01-28', abstract: 'Nghị định quy định chính sách trợ giúp xã hội' })).entry;
    return { b, nq, other, decision };
  }

  it('puts the documents whose own symbol matches first, each group in the order asked', async () => {
    const { b, nq, other } = await register();
    const symbols = async (f: object) => (await ok(b, 'incoming.list', f)).items.map((e: any) => e.symbol);
    expect(await symbols({ q: '43 NQ TW' })).toEqual(['43-NQ/TW', '16-BC/HU', '15-BC/HU']);
    // "NQ 43" names both resolutions numbered 43: both first, newest first, then the reports citing one.
    expect(await symbols({ q: 'NQ 43' })).toEqual(['43-NQ/TU', '43-NQ/TW', '16-BC/HU', '15-BC/HU']);
    expect(await symbols({ q: 'NQ 43', order: 'asc' })).toEqual(['43-NQ/TW', '43-NQ/TU', '15-BC/HU', '16-BC/HU']);
    expect(await symbols({ q: 'NQ 43', sort: 'symbol', order: 'asc' })).toEqual(['43-NQ/TU', '43-NQ/TW', '15-BC/HU', '16-BC/HU']);
    // Filters apply to the documents listed first as to the others.
    expect(await symbols({ q: '43-NQ', year: 2024 })).toEqual(['43-NQ/TU', '16-BC/HU', '15-BC/HU']);
    // A page at a time: the count holds every match once, the pages follow on.
    const pages = [0, 1, 2, 3].map((offset) => ok(b, 'incoming.list', { q: 'NQ 43', limit: 1, offset }));
    const read = await Promise.all(pages);
    expect(read.map((r) => r.total)).toEqual([4, 4, 4, 4]);
    expect(read.map((r) => r.items[0].id)).toEqual([other.id, nq.id, ...(await ok(b, 'incoming.list', { q: 'NQ 43' })).items.slice(2).map((e: any) => e.id)]);
    // Words that are not all in a symbol rank nothing: the register's order alone.
    expect(await symbols({ q: '43 bao cao' })).toEqual(['16-BC/HU', '15-BC/HU']);
  });

  it('finds a number as an arrival number, first, and a symbol written with a leading zero', async () => {
    const { b, nq, decision } = await register();
    const r = await ok(b, 'incoming.list', { q: '11646' });
    expect(r.items.map((e: any) => e.id)).toEqual([nq.id]);
    expect(r.total).toBe(1);
    // Arrival number 1 of the 2024 book (the first report), before documents whose symbol is numbered 1.
    const first2024 = (await ok(b, 'incoming.list', { year: 2024, sort: 'arrivalNumber', order: 'asc', limit: 1 })).items[0];
    expect((await ok(b, 'incoming.list', { q: String(first2024.arrivalNumber) })).items[0].id).toBe(first2024.id);
    for (const q of ['7/2021/NĐ-CP', 'ND-CP 07/2021', 'nđ cp 7 2021']) {
      expect((await ok(b, 'incoming.list', { q })).items[0]?.id, q).toBe(decision.id);
    }
  });

  it('rebuilds the index of a register made before the prefix index (migration 13): its entries are found as before', async () => {
    const file = path.join(tempDir(), 'old.db');
    const v12 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 12) });
    v12.exec(`INSERT INTO books (id, name, year, created_at) VALUES (1, 'Sổ 2023', 2023, '2023-01-01');
      INSERT INTO incoming (book_id, arrival_number, arrival_date, sort_key, issuer, symbol, abstract, created_at, updated_at)
      VALUES (1, 11646, '2023-11-28', 11646, 'Ban Chấp hành Trung ương', '43-NQ/TW', 'Nghị quyết về tiếp tục phát huy sức mạnh đại đoàn kết', '', '')`);
    v12.prepare('INSERT INTO incoming_fts (rowid, body) VALUES (?, ?)').run(11646, foldForSearch('Ban Chấp hành Trung ương 43-NQ/TW Nghị quyết về tiếp tục phát huy sức mạnh đại đoàn kết'));
    v12.close();
    const b = createBackend({ dbPath: file, mode: 'test' });
    try {
      for (const q of ['đoàn k', 'doan ket', 'Ban Chấp', 'NQ 43', '11646', 'su']) {
        expect(b.services.query.list({ q, sort: 'arrival', order: 'desc', offset: 0, limit: 10 } as never).items.map((e) => e.symbol), q).toEqual(['43-NQ/TW']);
      }
      const options = b.services.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'incoming_fts'").pluck().get() as string;
      expect(options).toContain("prefix='3'");
    } finally {
      b.close();
    }
  });
});
