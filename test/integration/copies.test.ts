import { describe, expect, it } from 'vitest';
import { type Backend } from '../../electron/backend/backend';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

// Copies (bản sao, issue 9): one number series for all copy forms per calendar year, composed symbols, a number
// never given twice, the Nơi nhận lines with the archive line last, and who received which copy.

const SIGNER = { signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Sai Văn Đông' };

async function withSource(b: Backend): Promise<number> {
  return (await ok(b, 'incoming.register', NQ43)).entry.id;
}

describe('copies', () => {
  it('numbers every form in one series per calendar year and composes the symbols', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    const add = (form: string, date: string, extra: object = {}) => ok(b, 'copies.add', { sourceId, form, date, ...SIGNER, ...extra });
    expect((await add('SY', '2023-12-04', { number: 1274 })).symbol).toBe('1274-SY/VPTU');
    expect((await add('SL', '2023-12-05')).symbol).toBe('1275-SL/VPTU');
    expect((await add('TrS', '2023-12-29')).symbol).toBe('1276-TrS/VPTU');
    // A new year starts the series again from 01, whatever the form.
    expect((await add('TrS', '2024-01-02')).symbol).toBe('1-TrS/VPTU');
    expect((await add('sy', '2024-01-03')).symbol).toBe('2-SY/VPTU');
    // The copying body's code comes from the settings.
    await ok(b, 'settings.update', { issuerCode: 'BDVTU' });
    expect((await add('SY', '2024-02-01')).symbol).toBe('3-SY/BDVTU');
  });

  it('keeps numbering on across years when the office numbers continuously, and a form of its own series apart', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    await ok(b, 'settings.update', { copyNumbering: 'continuous' });
    await ok(b, 'copies.saveForm', { code: 'BS', name: 'Bản sao điện tử', heading: 'BẢN SAO', series: 'dien-tu' });
    const add = (form: string, date: string) => ok(b, 'copies.add', { sourceId, form, date, ...SIGNER });
    expect((await add('SY', '2023-12-30')).number).toBe(1);
    expect((await add('SL', '2024-01-02')).number).toBe(2);
    expect((await add('BS', '2024-01-02')).symbol).toBe('1-BS/VPTU');
    expect((await ok(b, 'copies.forms', {})).map((f: { code: string }) => f.code)).toEqual(['SY', 'SL', 'TrS', 'BS']);
  });

  it('refuses a number already given in its series, an unknown form and a missing source, writing nothing', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    await ok(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2023-12-04', ...SIGNER });
    const again = await b.dispatch('copies.add', { sourceId, form: 'SL', number: 1274, date: '2023-12-20', ...SIGNER });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toBe('Số 1274 đã được dùng cho bản sao 1274-SY/VPTU ngày 04/12/2023 (năm 2023): mỗi số chỉ dùng một lần.');
    const form = await b.dispatch('copies.add', { sourceId, form: 'XX', date: '2023-12-20' });
    expect(form.ok).toBe(false);
    if (!form.ok) expect(form.error.message).toBe('Không có hình thức sao "XX". Các hình thức: SY (sao y), SL (sao lục), TrS (trích sao).');
    const none = await b.dispatch('copies.add', { form: 'SY', date: '2023-12-20' });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toContain('Cần chỉ văn bản được sao');
    expect((await ok(b, 'copies.list', {})).total).toBe(1);
    // The same number is free again in another year.
    expect((await ok(b, 'copies.add', { sourceId, form: 'SY', number: 1274, date: '2024-12-04' })).symbol).toBe('1274-SY/VPTU');
  });

  it('finds the source by its symbol and prints Nơi nhận with the archive line last, once', async () => {
    const b = tempBackend();
    await withSource(b);
    const copy = await ok(b, 'copies.add', {
      sourceSymbol: '43-NQ/TW', form: 'SY', date: '2023-12-04', ...SIGNER,
      recipients: ['Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', '- Báo Lạng Sơn,'],
    });
    expect(copy.sourceSymbol).toBe('43-NQ/TW');
    expect(copy.printedRecipients).toEqual(['- Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc,', '- Báo Lạng Sơn,', '- Lưu Văn phòng Tỉnh ủy.']);
    await ok(b, 'settings.update', { archiveLine: 'Lưu VT' });
    const own = await ok(b, 'copies.add', { sourceSymbol: '43-NQ/TW', form: 'SY', date: '2023-12-05', recipients: ['Báo Lạng Sơn', 'Lưu Văn phòng Tỉnh uỷ'] });
    expect(own.printedRecipients).toEqual(['- Báo Lạng Sơn,', '- Lưu Văn phòng Tỉnh uỷ.']);
  });

  it('records one delivery per body: a saved group expanded to its members, typed lines as they are', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    const group = (await ok(b, 'units.groups', {})).find((g: { name: string }) => g.name === 'Các huyện ủy, thành ủy');
    const copy = await ok(b, 'copies.add', {
      sourceId, form: 'SY', date: '2023-12-04',
      recipients: [{ label: 'Các huyện ủy, thành ủy', groupId: group.id }, 'Ban Thường vụ Tỉnh đoàn', 'Báo Lạng Sơn'],
    });
    const names = copy.deliveries.map((d: { recipient: string }) => d.recipient);
    expect(names).toHaveLength(group.unitIds.length + 2);
    expect(names).toContain('Huyện ủy Cao Lộc');
    expect(names).toContain('Ban Thường vụ Tỉnh đoàn');
    expect(copy.recipients.find((r: { label: string }) => r.label === 'Báo Lạng Sơn').unitId).not.toBeNull();
    expect(copy.deliveries.every((d: { sentDate: string; receivedDate: string | null }) => d.sentDate === '2023-12-04' && d.receivedDate === null)).toBe(true);
    const delivered = await ok(b, 'copies.deliver', { deliveryId: copy.deliveries[0].id, receivedDate: '2023-12-05', receivedBy: 'Nguyễn Thị Hoa' });
    expect(delivered.deliveries[0]).toMatchObject({ receivedDate: '2023-12-05', receivedBy: 'Nguyễn Thị Hoa' });
  });

  it('previews the next number without taking it', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    const input = { sourceId, form: 'SY', date: '2023-12-04', ...SIGNER };
    expect((await ok(b, 'copies.preview', input)).symbol).toBe('1-SY/VPTU');
    expect((await ok(b, 'copies.preview', input)).symbol).toBe('1-SY/VPTU');
    expect((await ok(b, 'copies.add', input)).symbol).toBe('1-SY/VPTU');
    expect((await ok(b, 'copies.preview', input)).symbol).toBe('2-SY/VPTU');
  });

  it('refuses the PDF to send when the copied document has no PDF attached', async () => {
    const b = tempBackend();
    const sourceId = await withSource(b);
    const copy = await ok(b, 'copies.add', { sourceId, form: 'SY', date: '2023-12-04' });
    const pdf = await b.dispatch('copies.page', { id: copy.id, format: 'pdf' });
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.error.message).toBe('Văn bản 43-NQ/TW chưa có tệp PDF đính kèm nên không tạo được bản PDF để gửi. Hãy đính kèm tệp PDF của văn bản, hoặc tải trang sao dạng Word (.docx).');
  });
});
