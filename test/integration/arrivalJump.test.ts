// What the register keeps is what was meant: a number past the book's next one only with confirmation,
// and duplicates found before saving by the same rule as the warnings after.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

const base = { issuer: 'Tỉnh ủy', abstract: 'Công văn', arrivalDate: '2024-03-01' };

describe('a typed arrival number past the next one', () => {
  it('is refused without confirmJump, saying what it would do, and nothing is written', async () => {
    const b = tempBackend();
    for (let i = 0; i < 3; i++) await ok(b, 'incoming.register', base);
    const r = await b.dispatch('incoming.register', { ...base, arrivalNumber: 45 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toBe('Số tiếp theo của "Sổ văn bản đến năm 2024" là 4. Vào sổ số đến 45 sẽ bỏ trống 41 số, từ 4 đến 44; '
      + 'các văn bản vào sổ sau sẽ được đánh số tiếp từ 46.');
    expect(r.error.fields?.arrivalNumber).toBe('Số tiếp theo của sổ là 4.');
    expect(r.error.details).toMatchObject({ jump: { next: 4, arrivalNumber: 45 } });
    expect((await ok(b, 'incoming.list', {})).total).toBe(3);
    expect((await ok(b, 'incoming.nextNumber', { arrivalDate: '2024-03-02' })).arrivalNumber).toBe(4);
  });

  it('is registered with confirmJump, with a warning, and the book continues after it', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', base);
    const { entry, warnings } = await ok(b, 'incoming.register', { ...base, arrivalNumber: 3, confirmJump: true });
    expect(entry.arrivalNumber).toBe(3);
    expect(warnings).toEqual(['Đã vào sổ số đến 3 khi số tiếp theo của "Sổ văn bản đến năm 2024" là 2: bỏ trống số 2; '
      + 'các văn bản vào sổ sau được đánh số tiếp từ 4.']);
    expect((await ok(b, 'incoming.register', base)).entry.arrivalNumber).toBe(4);
  });

  it('needs no confirmation for the next number, a free lower one, or the first entry of a book', async () => {
    const b = tempBackend();
    // A register moved into Văn thư mid-year starts where the paper book stopped.
    expect((await ok(b, 'incoming.register', { ...base, arrivalNumber: 120 })).entry.arrivalNumber).toBe(120);
    expect((await ok(b, 'incoming.register', { ...base, arrivalNumber: 121 })).warnings).toEqual([]);
    expect((await ok(b, 'incoming.register', { ...base, arrivalNumber: 7 })).entry.arrivalNumber).toBe(7);
  });

  it('obeys the same rule when an entry\'s number is edited', async () => {
    const b = tempBackend();
    const first = (await ok(b, 'incoming.register', base)).entry;
    await ok(b, 'incoming.register', base);
    const r = await b.dispatch('incoming.update', { id: first.id, patch: { arrivalNumber: 50 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('Vào sổ số đến 50 sẽ bỏ trống 47 số, từ 3 đến 49');
    expect((await ok(b, 'incoming.get', { id: first.id })).entry.arrivalNumber).toBe(1);
    const edited = await ok(b, 'incoming.update', { id: first.id, patch: { arrivalNumber: 50 }, confirmJump: true });
    expect(edited.entry.arrivalNumber).toBe(50);
    expect(edited.warnings[0]).toContain('bỏ trống 47 số');
    // Other edits of an entry whose number lies past the rest are not questioned again.
    expect((await ok(b, 'incoming.update', { id: first.id, patch: { notes: 'Đã chuyển' } })).warnings).toEqual([]);
  });

  it('keeps `vanthu den add` working: a number into a new book as before, a jump with "confirmJump": true', () => {
    const db = path.join(tempDir(), 'vanthu.db');
    expect(vanthu('init', '--db', db).code).toBe(0);
    const add = (input: object) => vanthu('den', 'add', '--db', db, '--json', JSON.stringify(input));
    expect(add(NQ43).json().arrivalNumber).toBe(11646);
    const refused = add({ ...NQ43, arrivalNumber: 11700, symbol: '', abstract: 'Khác' });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('sẽ bỏ trống 53 số, từ 11647 đến 11699');
    const confirmed = add({ ...NQ43, arrivalNumber: 11700, symbol: '', abstract: 'Khác', confirmJump: true });
    expect(confirmed.code).toBe(0);
    expect(confirmed.json()).toMatchObject({ arrivalNumber: 11700, warnings: [expect.stringContaining('bỏ trống 53 số')] });
  });
});

describe('incoming.findDuplicates', () => {
  it('finds what register() would warn about, before anything is saved', async () => {
    const b = tempBackend();
    const first = (await ok(b, 'incoming.register', NQ43)).entry;
    const query = { symbol: ' 43 - NQ/TW', documentDate: '2023-11-24', issuer: 'ban chap hanh trung uong' };
    const found = await ok(b, 'incoming.findDuplicates', query);
    expect(found.duplicates.map((d: { id: number }) => d.id)).toEqual([first.id]);
    const registered = await ok(b, 'incoming.register', { ...NQ43, arrivalNumber: undefined, receivedVia: 'paper', arrivalDate: '2023-12-01' });
    expect(found.warnings).toEqual(registered.warnings);
    expect(found.warnings[0]).toContain('số đến 11646 ngày 28/11/2023');

    // Another date or issuer is another document; an entry is not its own duplicate.
    expect((await ok(b, 'incoming.findDuplicates', { ...query, documentDate: '2023-11-25' })).duplicates).toEqual([]);
    expect((await ok(b, 'incoming.findDuplicates', { ...query, issuer: 'Bộ Chính trị' })).duplicates).toEqual([]);
    const others = await ok(b, 'incoming.findDuplicates', { ...query, excludeId: first.id });
    expect(others.duplicates.map((d: { id: number }) => d.id)).toEqual([registered.entry.id]);
    expect((await ok(b, 'incoming.list', {})).total).toBe(2);
  });
});
