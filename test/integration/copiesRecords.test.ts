import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type Backend } from '../../electron/backend/backend';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

// What issue 9 adds around the copies and the outgoing register: a copy of one of the office's own documents,
// a mistaken copy cancelled (never erased, its number never given again), the distribution record kept and
// corrected, the history of copies and outgoing numbers, and a reserved number completed once signed.

const SIGNER = { signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông' };
const PROGRAMME = {
  documentDate: '2024-01-15', typeCode: 'CTr', issuerCode: 'TU', abstract: 'Chương trình hành động thực hiện Nghị quyết 43-NQ/TW',
  signer: 'Nguyễn Văn A', number: 38,
};

async function fail(b: Backend, method: string, input: unknown): Promise<string> {
  const r = await b.dispatch(method, input);
  expect(r.ok, `${method} should be refused`).toBe(false);
  return r.ok ? '' : r.error.message;
}

/** The text of the copy book (Word) between two dates, as its reader sees it. */
async function copyBookText(b: Backend, from: string, to: string): Promise<string> {
  const book = await ok(b, 'reports.generate', { report: 'so-sao', from, to, format: 'docx' });
  const xml = await (await JSZip.loadAsync(Buffer.from(book.contentBase64, 'base64'))).file('word/document.xml')!.async('string');
  // Symbols are written with non-breaking hyphens (w:noBreakHyphen) so "43-NQ/TW" never splits at a line end.
  return xml.replace(/<w:noBreakHyphen\/>/g, '-').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function withTerm(): Promise<Backend> {
  const b = tempBackend();
  await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
  return b;
}

describe('copies of outgoing documents', () => {
  it('copies an issued outgoing document by its symbol or id, lists it apart from the incoming entry of the same id, and names it in the copy book', async () => {
    const b = await withTerm();
    const incoming = (await ok(b, 'incoming.register', NQ43)).entry;
    const programme = await ok(b, 'outgoing.add', PROGRAMME);
    expect(programme.id).toBe(incoming.id); // same id in two registers: the kind tells them apart
    const bySymbol = await ok(b, 'copies.add', { sourceKind: 'outgoing', sourceSymbol: '38-CTr/TU', form: 'SY', date: '2024-01-16', ...SIGNER, recipients: ['Các huyện ủy, thành ủy, đảng ủy trực thuộc'] });
    expect(bySymbol).toMatchObject({ symbol: '1-SY/VPTU', sourceKind: 'outgoing', sourceId: programme.id, sourceSymbol: '38-CTr/TU' });
    expect(bySymbol.source).toMatchObject({ kind: 'outgoing', typeName: 'Chương trình', abstract: PROGRAMME.abstract, pdfAttachmentId: null });
    const ofIncoming = await ok(b, 'copies.add', { sourceId: incoming.id, form: 'SY', date: '2024-01-17', ...SIGNER });
    expect(ofIncoming).toMatchObject({ symbol: '2-SY/VPTU', sourceKind: 'incoming', sourceSymbol: '43-NQ/TW' });
    const byId = await ok(b, 'copies.add', { sourceKind: 'outgoing', sourceId: programme.id, form: 'TrS', date: '2024-01-18', excerpt: 'Mục II', ...SIGNER });
    expect(byId.sourceSymbol).toBe('38-CTr/TU');

    const listed = async (input: object) => (await ok(b, 'copies.list', input)).items.map((c: { symbol: string }) => c.symbol);
    expect(await listed({ sourceKind: 'outgoing', sourceId: programme.id })).toEqual(['3-TrS/VPTU', '1-SY/VPTU']);
    // sourceId alone still means an incoming entry, as before.
    expect(await listed({ sourceId: incoming.id })).toEqual(['2-SY/VPTU']);
    // Found by the copied document's symbol, in either register.
    expect(await listed({ q: '38-CTr/TU' })).toEqual(['3-TrS/VPTU', '1-SY/VPTU']);

    expect(await copyBookText(b, '2024-01-01', '2024-12-31')).toContain(`Chương trình số 38-CTr/TU ngày 15/01/2024: ${PROGRAMME.abstract}`);
    // The Word page is made from an outgoing source too; the PDF to send needs a file the outgoing register does not keep.
    expect((await ok(b, 'copies.page', { id: bySymbol.id, format: 'docx' })).fileName).toBe('ban-sao_1-SY-VPTU.docx');
    expect(await fail(b, 'copies.page', { id: bySymbol.id, format: 'pdf' })).toContain('Sổ văn bản đi không lưu tệp của văn bản 38-CTr/TU');
  });

  it('refuses to copy a number only reserved or voided, and an outgoing symbol not in the register', async () => {
    const b = await withTerm();
    const reserved = await ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    expect(await fail(b, 'copies.add', { sourceKind: 'outgoing', sourceId: reserved.id, form: 'SY', date: '2024-01-16' })).toContain('mới lấy số');
    await ok(b, 'outgoing.void', { id: reserved.id, reason: 'Không ban hành' });
    expect(await fail(b, 'copies.add', { sourceKind: 'outgoing', sourceId: reserved.id, form: 'SY', date: '2024-01-16' })).toContain('đã hủy (lý do: Không ban hành)');
    expect(await fail(b, 'copies.add', { sourceKind: 'outgoing', sourceSymbol: '99-BC/TU', form: 'SY', date: '2024-01-16' })).toContain('Không có văn bản đi số, ký hiệu "99-BC/TU"');
    expect(await fail(b, 'copies.add', { sourceKind: 'di', sourceId: 1, form: 'SY', date: '2024-01-16' })).toContain('Nguồn bản sao chỉ nhận');
    expect((await ok(b, 'copies.list', {})).total).toBe(0);
  });
});

describe('a mistaken copy', () => {
  it('is cancelled with a reason, stays in the list and the book, keeps its number, and cannot be erased', async () => {
    const b = tempBackend();
    const sourceId = (await ok(b, 'incoming.register', NQ43)).entry.id;
    const first = await ok(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER, recipients: ['Báo Lạng Sơn'] });
    const cancelled = await ok(b, 'copies.cancel', { id: first.id, reason: 'Sao nhầm văn bản' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Sao nhầm văn bản', symbol: '1274-SY/VPTU' });
    expect(cancelled.cancelledAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Its number is never given again, neither as the next one nor by hand.
    expect((await ok(b, 'copies.add', { sourceId, form: 'SY', date: '2023-12-05', ...SIGNER })).symbol).toBe('1275-SY/VPTU');
    expect(await fail(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2023-12-05' })).toContain('Số 1274 đã được dùng');
    expect((await ok(b, 'copies.list', {})).items.map((c: { symbol: string; cancelled: boolean }) => [c.symbol, c.cancelled]))
      .toEqual([['1275-SY/VPTU', false], ['1274-SY/VPTU', true]]);
    expect(await fail(b, 'copies.cancel', { id: first.id, reason: 'Lần nữa' })).toContain('đã hủy từ trước');
    expect(await copyBookText(b, '2023-01-01', '2023-12-31')).toContain('Đã hủy: Sao nhầm văn bản');
    expect(await fail(b, 'copies.cancel', { id: first.id, reason: '  ' })).toBeTruthy();
    expect(await fail(b, 'copies.page', { id: first.id, format: 'docx' })).toContain('đã hủy');
    expect(await fail(b, 'copies.deliver', { deliveryId: cancelled.deliveries[0].id, receivedDate: '2023-12-06' })).toContain('đã hủy');
    // The database itself refuses to erase a copy or to renumber it.
    const db = b.services.db;
    expect(() => db.prepare('DELETE FROM copies WHERE id = ?').run(first.id)).toThrow(/không bao giờ bị xóa/);
    expect(() => db.prepare('UPDATE copies SET number = 9 WHERE id = ?').run(first.id)).toThrow(/không thay đổi được/);
  });
});

describe('the distribution record', () => {
  it('records and corrects who received which copy and when, refusing dates out of order, and lists deliveries across copies', async () => {
    const b = tempBackend();
    const sourceId = (await ok(b, 'incoming.register', NQ43)).entry.id;
    const copy = await ok(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER, recipients: ['Báo Lạng Sơn', 'Ban Thường vụ Tỉnh đoàn'] });
    const [paper, youth] = copy.deliveries as Array<{ id: number; recipient: string }>;
    expect([paper.recipient, youth.recipient]).toEqual(['Báo Lạng Sơn', 'Ban Thường vụ Tỉnh đoàn']);

    const received = await ok(b, 'copies.deliver', { deliveryId: paper.id, receivedDate: '2023-12-05', receivedBy: 'Nguyễn Thị Hoa' });
    expect(received.deliveries[0]).toMatchObject({ sentDate: '2023-12-04', receivedDate: '2023-12-05', receivedBy: 'Nguyễn Thị Hoa' });
    const corrected = await ok(b, 'copies.deliver', { deliveryId: paper.id, sentDate: '2023-12-05', receivedDate: '2023-12-06', receivedBy: 'Nguyễn Thị Hoa' });
    expect(corrected.deliveries[0]).toMatchObject({ sentDate: '2023-12-05', receivedDate: '2023-12-06' });
    expect(await fail(b, 'copies.deliver', { deliveryId: youth.id, receivedDate: '2023-12-03' })).toContain('Ngày nhận 03/12/2023 trước ngày gửi 04/12/2023');
    expect(await fail(b, 'copies.deliver', { deliveryId: youth.id, sentDate: '2023-12-01', receivedDate: null })).toContain('trước ngày sao');
    expect(await fail(b, 'copies.deliver', { deliveryId: 999, receivedDate: '2023-12-06' })).toContain('Không tìm thấy lần gửi');
    // A receipt recorded by mistake is taken back.
    const undone = await ok(b, 'copies.deliver', { deliveryId: paper.id, receivedDate: null, receivedBy: 'x' });
    expect(undone.deliveries[0]).toMatchObject({ receivedDate: null, receivedBy: '' });
    await ok(b, 'copies.deliver', { deliveryId: youth.id, receivedDate: '2023-12-07', receivedBy: 'Lê Văn Nam' });

    const all = await ok(b, 'copies.deliveries', {});
    expect(all.items.map((d: { recipient: string; copySymbol: string; sourceSymbol: string; receivedDate: string | null }) => [d.recipient, d.copySymbol, d.sourceSymbol, d.receivedDate]))
      .toEqual([['Báo Lạng Sơn', '1274-SY/VPTU', '43-NQ/TW', null], ['Ban Thường vụ Tỉnh đoàn', '1274-SY/VPTU', '43-NQ/TW', '2023-12-07']]);
    expect((await ok(b, 'copies.deliveries', { pending: true })).items.map((d: { recipient: string }) => d.recipient)).toEqual(['Báo Lạng Sơn']);
    expect((await ok(b, 'copies.deliveries', { q: 'tinh doan' })).total).toBe(1);
    expect((await ok(b, 'copies.deliveries', { year: 2024 })).total).toBe(0);
  });
});

describe('history of copies and outgoing numbers', () => {
  it('records who made, delivered and cancelled a copy, and who took, completed and voided an outgoing number', async () => {
    const b = await withTerm();
    await ok(b, 'session.setActor', { name: 'Nguyễn Thị Lan' });
    const sourceId = (await ok(b, 'incoming.register', NQ43)).entry.id;
    const copy = await ok(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER, recipients: ['Báo Lạng Sơn'] });
    await ok(b, 'copies.deliver', { deliveryId: copy.deliveries[0].id, receivedDate: '2023-12-05', receivedBy: 'Nguyễn Thị Hoa' });
    await ok(b, 'copies.cancel', { id: copy.id, reason: 'Sao nhầm' });
    const copyHistory = await ok(b, 'history.forRecord', { recordType: 'copy', recordId: copy.id });
    expect(copyHistory.map((h: { summary: string }) => h.summary)).toEqual([
      'Hủy bản sao: Sao nhầm', 'Gửi, nhận bản sao — Báo Lạng Sơn: Ngày nhận, Ký nhận', 'Vào sổ bản sao',
    ]);
    expect(copyHistory.every((h: { actor: string; label: string }) => h.actor === 'Nguyễn Thị Lan' && h.label === 'Bản sao 1274-SY/VPTU của 43-NQ/TW')).toBe(true);

    const reserved = await ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    await ok(b, 'outgoing.complete', { id: reserved.id, abstract: 'Báo cáo quý I', signer: 'Nguyễn Văn A' });
    const other = await ok(b, 'outgoing.add', { documentDate: '2024-01-11', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    await ok(b, 'outgoing.void', { id: other.id, reason: 'Không ban hành' });
    const summaries = async (id: number) => (await ok(b, 'history.forRecord', { recordType: 'outgoing', recordId: id })).map((h: { summary: string }) => h.summary);
    expect(await summaries(reserved.id)).toEqual(['Sửa: Tình trạng, Trích yếu, Người ký', 'Lấy số']);
    expect(await summaries(other.id)).toEqual(['Hủy số: Không ban hành', 'Lấy số']);
    const found = await ok(b, 'history.search', { q: 'khong ban hanh', recordType: 'outgoing' });
    expect(found.items.map((h: { label: string }) => h.label)).toEqual(['Văn bản đi 2-BC/TU']);
  });
});

describe('completing a reserved number', () => {
  it('takes the signing date when it stays in the number’s series, refuses one of another term, and links the incoming document it implements', async () => {
    const b = await withTerm();
    await ok(b, 'terms.add', { from: '2025-10-16' });
    await ok(b, 'incoming.register', NQ43);
    const reserved = await ok(b, 'outgoing.add', { documentDate: '2025-10-10', typeCode: 'KH', issuerCode: 'TU', reserve: true });
    expect(await fail(b, 'outgoing.complete', { id: reserved.id, documentDate: '2025-10-20', abstract: 'Kế hoạch' })).toContain('thuộc dãy số khác');
    expect(await fail(b, 'outgoing.complete', { id: reserved.id, abstract: 'Kế hoạch', answersSymbol: '99-NQ/TW' })).toContain('Không có văn bản đến');
    expect((await ok(b, 'outgoing.get', { id: reserved.id })).status).toBe('reserved');
    const done = await ok(b, 'outgoing.complete', {
      id: reserved.id, documentDate: '2025-10-14', abstract: 'Kế hoạch thực hiện Nghị quyết 43-NQ/TW', signer: 'Nguyễn Văn A',
      recipients: ['Các huyện ủy, thành ủy'], answersSymbol: '43-NQ/TW',
    });
    expect(done).toMatchObject({ symbol: '1-KH/TU', status: 'issued', documentDate: '2025-10-14', answersSymbol: '43-NQ/TW', recipients: ['Các huyện ủy, thành ủy'] });
    expect(await fail(b, 'outgoing.complete', { id: reserved.id, abstract: 'Lần nữa' })).toContain('đã có văn bản');
  });
});
