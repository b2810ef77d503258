import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

// The outgoing register's numbering (issue 9): Party numbers per type × issuing body × term, State numbers per
// year, secret documents, reserved and void numbers, hand numbers, and two processes writing at once.

const doc = (over: Record<string, unknown>) => ({ documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo tình hình', ...over });

async function withTerms(): Promise<Backend> {
  const b = tempBackend();
  await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
  await ok(b, 'terms.add', { from: '2025-10-16' });
  return b;
}

async function add(b: Backend, over: Record<string, unknown>) {
  return ok(b, 'outgoing.add', doc(over));
}

describe('outgoing numbering, Party rule', () => {
  it('runs from 1 per document type and per issuing body, across years of one term', async () => {
    const b = await withTerms();
    expect((await add(b, {})).symbol).toBe('1-BC/TU');
    expect((await add(b, { documentDate: '2024-12-31' })).symbol).toBe('2-BC/TU');
    expect((await add(b, { documentDate: '2025-01-02' })).symbol).toBe('3-BC/TU');
    expect((await add(b, { typeCode: 'CV', issuerCode: 'VPTU' })).symbol).toBe('1-CV/VPTU');
    expect((await add(b, { issuerCode: 'BDVTU' })).symbol).toBe('1-BC/BDVTU');
    expect((await add(b, { typeCode: 'NQ' })).symbol).toBe('1-NQ/TU');
    expect((await add(b, {})).symbol).toBe('4-BC/TU');
  });

  it('starts again on the first day of a new term; the last day of the old term continues the old series', async () => {
    const b = await withTerms();
    await add(b, { documentDate: '2025-10-14' });
    const lastDay = await add(b, { documentDate: '2025-10-15' });
    const firstDay = await add(b, { documentDate: '2025-10-16' });
    expect(lastDay).toMatchObject({ number: 2, symbol: '2-BC/TU', termName: 'Nhiệm kỳ 2020–2025' });
    expect(firstDay).toMatchObject({ number: 1, symbol: '1-BC/TU', termName: 'Nhiệm kỳ từ 2025' });
    // A late entry of the old term still takes the old series' next number.
    expect((await add(b, { documentDate: '2025-09-30' })).number).toBe(3);
  });

  it('refuses a Party document dated outside every term, in Vietnamese, writing nothing', async () => {
    const b = tempBackend();
    const r = await b.dispatch('outgoing.add', doc({}));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('không thuộc nhiệm kỳ nào');
    expect((await ok(b, 'outgoing.list', {})).total).toBe(0);
  });

  it('gives secret documents the number of their type’s series; Quy định and Quyết định share QĐ with their own names', async () => {
    const b = await withTerms();
    await add(b, {});
    expect((await add(b, { secrecy: 'Mật' })).symbol).toBe('2-BC/TU');
    expect((await add(b, {})).symbol).toBe('3-BC/TU');
    const rule = await add(b, { typeCode: 'QĐ', typeName: 'Quy định' });
    const decision = await add(b, { typeCode: 'QĐ', typeName: 'Quyết định' });
    expect([rule.symbol, rule.typeName, decision.symbol, decision.typeName]).toEqual(['1-QĐ/TU', 'Quy định', '2-QĐ/TU', 'Quyết định']);
  });

  it('adding a term after an open one closes the open one the day before; overlapping terms are refused', async () => {
    const b = tempBackend();
    await ok(b, 'terms.add', { from: '2020-10-16' });
    await ok(b, 'terms.add', { from: '2025-10-16', name: 'Nhiệm kỳ XVIII' });
    const terms = await ok(b, 'terms.list', {});
    expect(terms.map((t: any) => [t.from, t.to, t.name])).toEqual([['2020-10-16', '2025-10-15', 'Nhiệm kỳ 2020–2025'], ['2025-10-16', null, 'Nhiệm kỳ XVIII']]);
    const r = await b.dispatch('terms.add', { from: '2024-01-01', to: '2024-12-31' });
    expect(r.ok).toBe(false);
  });
});

describe('outgoing numbering, State rule', () => {
  it('runs from 1 each 1 January across types; secret documents in their own series when the office says so', async () => {
    const b = tempBackend();
    await ok(b, 'numbering.set', { rule: 'state', secretOwnSeries: true });
    expect((await add(b, { typeCode: 'QĐ', issuerCode: 'UBND', documentDate: '2024-12-31' })).symbol).toBe('1/QĐ-UBND');
    expect((await add(b, { typeCode: 'CV', issuerCode: 'UBND', unitCode: 'VP', documentDate: '2024-12-31' })).symbol).toBe('2/UBND-VP');
    expect((await add(b, { typeCode: 'QĐ', issuerCode: 'UBND', documentDate: '2024-12-31', secrecy: 'Mật' })).symbol).toBe('1/QĐ-UBND');
    expect((await add(b, { typeCode: 'QĐ', issuerCode: 'UBND', documentDate: '2025-01-01' })).symbol).toBe('1/QĐ-UBND');
    await ok(b, 'numbering.set', { rule: 'state', secretOwnSeries: false });
    expect((await add(b, { typeCode: 'QĐ', issuerCode: 'UBND', documentDate: '2025-01-02', secrecy: 'Mật' })).number).toBe(2);
  });
});

describe('reserved, void and hand numbers', () => {
  it('a reserved number is taken at once and filled in later; a void number stays in the book and is never given again', async () => {
    const b = await withTerms();
    const reserved = await ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    expect(reserved).toMatchObject({ number: 1, status: 'reserved', abstract: '' });
    expect((await add(b, {})).number).toBe(2);
    const filled = await ok(b, 'outgoing.complete', { id: reserved.id, abstract: 'Báo cáo quý I', signer: 'Nguyễn Văn A' });
    expect(filled).toMatchObject({ number: 1, status: 'issued', abstract: 'Báo cáo quý I' });
    const other = await ok(b, 'outgoing.add', { documentDate: '2024-01-11', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    const voided = await ok(b, 'outgoing.void', { id: other.id, reason: 'Văn bản không ban hành' });
    expect(voided).toMatchObject({ number: 3, status: 'void', voidReason: 'Văn bản không ban hành' });
    expect((await add(b, {})).number).toBe(4);
    const reuse = await b.dispatch('outgoing.add', doc({ number: 3 }));
    expect(reuse.ok).toBe(false);
    if (!reuse.ok) expect(reuse.error.message).toContain('Số 3 đã được dùng');
    expect((await ok(b, 'outgoing.list', {})).total).toBe(4);
  });

  it('only a number taken and never issued is voided; a signed document stays issued, nothing written', async () => {
    const b = await withTerms();
    const issued = await add(b, {});
    const refused = await b.dispatch('outgoing.void', { id: issued.id, reason: 'Gửi nhầm' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('đã ban hành: chỉ hủy được số đã lấy');
    expect(await ok(b, 'outgoing.get', { id: issued.id })).toMatchObject({ status: 'issued', voidReason: '' });
    expect(await ok(b, 'history.forRecord', { recordType: 'outgoing', recordId: issued.id })).toHaveLength(1);
  });

  it('a document is refused with a forwarding date before its own date or after today, nothing written', async () => {
    const b = await withTerms();
    const early = await b.dispatch('outgoing.add', doc({ documentDate: '2024-01-10', forwardedDate: '2024-01-09' }));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toContain('Ngày chuyển 09/01/2024 không thể trước ngày văn bản 10/01/2024');
    expect((await ok(b, 'outgoing.list', {})).total).toBe(0);
    expect((await add(b, { documentDate: '2024-01-10', forwardedDate: '2024-01-10' })).number).toBe(1);
  });

  it('a hand number is accepted when free, refused when used or when it would skip numbers', async () => {
    const b = await withTerms();
    expect((await add(b, { number: 15 })).symbol).toBe('15-BC/TU');
    expect((await add(b, {})).number).toBe(16);
    const skip = await b.dispatch('outgoing.add', doc({ number: 20 }));
    expect(skip.ok).toBe(false);
    if (!skip.ok) expect(skip.error.message).toContain('Số tiếp theo của dãy là 17');
  });

  it('previews the symbol before saving without taking the number', async () => {
    const b = await withTerms();
    await add(b, {});
    expect(await ok(b, 'outgoing.preview', doc({ typeCode: 'CV', issuerCode: 'VPTU' }))).toMatchObject({ number: 1, symbol: '1-CV/VPTU' });
    expect(await ok(b, 'outgoing.preview', doc({}))).toMatchObject({ number: 2, symbol: '2-BC/TU', termName: 'Nhiệm kỳ 2020–2025' });
    expect((await add(b, {})).number).toBe(2);
  });

  it('links the document to the incoming one it implements, by symbol; list finds by symbol and words without diacritics', async () => {
    const b = await withTerms();
    const nq = (await ok(b, 'incoming.register', NQ43)).entry;
    const plan = await add(b, { typeCode: 'CTr', typeName: 'Chương trình', abstract: 'Chương trình hành động thực hiện Nghị quyết 43', answersSymbol: '43-NQ/TW', documentDate: '2024-03-01' });
    expect(plan).toMatchObject({ answersIncomingId: nq.id, answersSymbol: '43-NQ/TW', symbol: '1-CTr/TU' });
    await add(b, {});
    expect((await ok(b, 'outgoing.list', { q: 'chuong trinh hanh dong' })).items.map((e: any) => e.symbol)).toEqual(['1-CTr/TU']);
    expect((await ok(b, 'outgoing.list', { q: '1-BC/TU' })).total).toBe(1);
  });
});

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'outgoingWorker.ts');
function runWorker(dbPath: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [dbPath, String(count)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}

describe('two processes numbering at once', () => {
  it('never share a number and leave no gap', async () => {
    const dbPath = path.join(tempDir(), 'v.db');
    const b = createBackend({ dbPath, mode: 'test' });
    await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
    b.close();
    await Promise.all([runWorker(dbPath, 80), runWorker(dbPath, 80)]);
    const after = createBackend({ dbPath, mode: 'test' });
    const items = (await ok(after, 'outgoing.list', { limit: 1000 })).items;
    after.close();
    expect(items.map((e: any) => e.number).sort((x: number, y: number) => x - y)).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
  }, 120_000);
});
