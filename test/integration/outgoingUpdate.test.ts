import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { OUTGOING_EDITABLE, OUTGOING_FIELDS } from '../../shared/registers/outgoing';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

// Editing an issued outgoing document (outgoing.update): what the book fills after issuing (Ngày chuyển, Ký
// nhận, bản lưu, số lượng bản, ghi chú) and a clerk's typo; the numbering's fields never change.

async function issued(): Promise<{ b: Backend; id: number }> {
  const b = tempBackend();
  await ok(b, 'terms.add', { from: '2020-10-16', to: '2025-10-15' });
  const e = await ok(b, 'outgoing.add', {
    documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo tình hình tháng 1', signer: 'Nguyễn Văn A',
    recipients: ['Ban Bí thư'],
  });
  return { b, id: e.id };
}

const history = async (b: Backend, id: number) => ok(b, 'history.forRecord', { recordType: 'outgoing', recordId: id });

/** A new value for every editable field, each different from what the document holds. */
async function newValues(b: Backend): Promise<Record<string, unknown>> {
  const incoming = await ok(b, 'incoming.register', NQ43);
  return {
    typeName: 'Báo cáo chuyên đề', abstract: 'Báo cáo tình hình tháng 1 năm 2024', signer: 'Trần Thị B', signerAuthority: 'T/M BAN THƯỜNG VỤ',
    signerPosition: 'PHÓ BÍ THƯ', recipients: ['Ban Bí thư', 'Văn phòng Trung ương Đảng'], archiveHolder: 'Văn phòng Tỉnh ủy', copies: 5,
    forwardedDate: '2024-01-12', receivedBy: 'Hoàng Thu Hà', notes: 'Gửi qua mạng', secrecy: 'Mật', urgency: 'Khẩn', pages: 4,
    answersIncomingId: incoming.entry.id,
  };
}

describe('outgoing.update', () => {
  it('round-trips every editable field of the description and records each change in the history', async () => {
    const { b, id } = await issued();
    const before = await ok(b, 'outgoing.get', { id });
    const patch = await newValues(b);
    // The test covers the description: a field made editable there must be given a value here.
    expect(Object.keys(patch).sort()).toEqual([...OUTGOING_EDITABLE].sort());

    const after = await ok(b, 'outgoing.update', { id, patch });
    expect(after).toMatchObject({ ...patch, answersSymbol: NQ43.symbol });
    expect(await ok(b, 'outgoing.get', { id })).toEqual(after);
    // The numbering stays.
    expect(after).toMatchObject({ number: before.number, symbol: '1-BC/TU', series: before.series, documentDate: '2024-01-10', status: 'issued' });

    const [change] = await history(b, id);
    expect(change.action).toBe('update');
    expect(Object.keys(change.changes).sort()).toEqual([...OUTGOING_EDITABLE].sort());
    expect(change.changes.forwardedDate).toEqual({ from: null, to: '2024-01-12' });
    expect(change.changes.abstract).toEqual({ from: 'Báo cáo tình hình tháng 1', to: 'Báo cáo tình hình tháng 1 năm 2024' });
    expect(change.changes.recipients).toEqual({ from: ['Ban Bí thư'], to: ['Ban Bí thư', 'Văn phòng Trung ương Đảng'] });
    expect(change.summary).toContain('Ngày chuyển');
  });

  it('records only the fields that changed, clears a date, copies and the link with null, and writes nothing for no change', async () => {
    const { b, id } = await issued();
    await ok(b, 'outgoing.update', { id, patch: { forwardedDate: '2024-01-11', copies: 3, receivedBy: 'Hà' } });
    await ok(b, 'outgoing.update', { id, patch: { forwardedDate: null, copies: null, receivedBy: 'Hà' } });
    const e = await ok(b, 'outgoing.get', { id });
    expect(e).toMatchObject({ forwardedDate: null, copies: null, receivedBy: 'Hà' });
    const items = await history(b, id);
    expect(items[0].changes).toEqual({ forwardedDate: { from: '2024-01-11', to: null }, copies: { from: 3, to: null } });
    await ok(b, 'outgoing.update', { id, patch: { receivedBy: 'Hà' } });
    expect(await history(b, id)).toHaveLength(items.length);
  });

  it.each(OUTGOING_FIELDS.filter((f) => !f.editable).map((f) => [f.key, f.label]))('refuses the non-editable %s, writing nothing', async (key, label) => {
    const { b, id } = await issued();
    const before = await ok(b, 'outgoing.get', { id });
    const historyBefore = await history(b, id);
    const r = await b.dispatch('outgoing.update', { id, patch: { receivedBy: 'Hà', [key]: key === 'number' || key === 'termId' ? 7 : '2024-01-09' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toContain(`Không sửa được ${label.toLowerCase()}`);
    expect(await ok(b, 'outgoing.get', { id })).toEqual(before);
    expect(await history(b, id)).toEqual(historyBefore);
  });

  it('refuses a key the register does not have, and an empty edit', async () => {
    const { b, id } = await issued();
    const unknown = await b.dispatch('outgoing.update', { id, patch: { colour: 'đỏ' } });
    expect(!unknown.ok && unknown.error.message).toContain('Văn bản đi không có trường "colour"');
    const empty = await b.dispatch('outgoing.update', { id, patch: {} });
    expect(!empty.ok && empty.error.message).toContain('Không có gì để sửa');
  });

  it('refuses a forwarding date not yet come or before the document date, in Vietnamese', async () => {
    const { b, id } = await issued();
    const early = await b.dispatch('outgoing.update', { id, patch: { forwardedDate: '2024-01-09' } });
    expect(!early.ok && early.error).toMatchObject({ code: 'VALIDATION', message: 'Ngày chuyển 09/01/2024 không thể trước ngày văn bản 10/01/2024.' });
    const future = await b.dispatch('outgoing.update', { id, patch: { forwardedDate: '2999-01-01' } });
    expect(!future.ok && future.error.message).toContain('Ngày chuyển 01/01/2999 là ngày chưa tới');
    const badDay = await b.dispatch('outgoing.update', { id, patch: { forwardedDate: '2024-02-30' } });
    expect(badDay.ok).toBe(false);
    expect((await ok(b, 'outgoing.get', { id })).forwardedDate).toBeNull();
  });

  it('refuses to edit a void number, and sends a number only taken to "Điền văn bản đã ký"', async () => {
    const { b } = await issued();
    const taken = await ok(b, 'outgoing.add', { documentDate: '2024-01-11', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    const reserved = await b.dispatch('outgoing.update', { id: taken.id, patch: { notes: 'x' } });
    expect(!reserved.ok && reserved.error.message).toContain('Điền văn bản đã ký');
    await ok(b, 'outgoing.void', { id: taken.id, reason: 'Không ban hành' });
    const voided = await b.dispatch('outgoing.update', { id: taken.id, patch: { notes: 'x' } });
    expect(!voided.ok && voided.error.message).toBe('Số 2-BC/TU đã hủy (lý do: Không ban hành): số đã hủy không sửa được.');
    expect((await ok(b, 'outgoing.get', { id: taken.id })).notes).toBe('');
  });

  it('keeps a secret document in its series: secrecy that would move it to another series is refused', async () => {
    const { b } = await issued();
    await ok(b, 'numbering.set', { rule: 'state', secretOwnSeries: true });
    const state = await ok(b, 'outgoing.add', { documentDate: '2024-01-10', typeCode: 'CV', issuerCode: 'UBND', abstract: 'Công văn' });
    const r = await b.dispatch('outgoing.update', { id: state.id, patch: { secrecy: 'Mật' } });
    expect(!r.ok && r.error.message).toContain('thuộc dãy số khác');
    expect((await ok(b, 'outgoing.get', { id: state.id })).secrecy).toBe('');
  });
});
