// Making the seed's copy (sao y 1274-SY/VPTU of Nghị quyết 43-NQ/TW) from the entry's detail, in real headless
// Chromium against browser mode, then downloading it as Word and as the PDF to send.
import type { Download, Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi, openApp, type Session } from '../helpers/browser';
import { closeDrawers, eventually, modalsSettled } from '../helpers/registerPage';
import { NQ43 } from '../helpers/tempBackend';

let s: Session;
let page: Page;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  s = await openApp({ sample: false });
  page = s.page;
}, 120_000);

afterAll(async () => {
  await s?.close();
});

describe('Sao văn bản', () => {
  it('makes the seed’s copy from the entry of 43-NQ/TW, previewed before saving, and downloads it', async () => {
    const entry = (await call('incoming.register', { ...NQ43, receivedVia: 'network' })).entry;
    const original = await PDFDocument.create();
    const font = await original.embedFont(StandardFonts.TimesRoman);
    for (let i = 1; i <= 3; i++) original.addPage().drawText(`Trang ${i}`, { x: 100, y: 700, size: 14, font });
    await call('attachments.add', { entryId: entry.id, fileName: '43-NQ-TW.pdf', contentBase64: Buffer.from(await original.save()).toString('base64') });
    await page.reload();
    const row = page.locator(`tr.row[data-entry-id="${entry.id}"]`);
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    const detail = page.getByTestId('entry-detail');
    await eventually(() => detail.getAttribute('data-entry-id')).toBe(String(entry.id));
    await detail.getByTestId('make-copy').click();

    const dialog = page.locator('.ant-modal', { hasText: 'Sao văn bản 43-NQ/TW' });
    await dialog.getByLabel('Ngày sao', { exact: true }).fill('04/12/2023');
    await dialog.getByLabel('Số bản sao', { exact: true }).fill('1274');
    await dialog.getByLabel('Người ký', { exact: true }).fill('Sai Văn Đông');
    const recipients = dialog.getByLabel('Nơi nhận', { exact: true });
    await recipients.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc' }).first().click();
    for (const typed of ['Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh', 'Ban Thường vụ Tỉnh đoàn']) {
      await recipients.fill(typed);
      await recipients.press('Enter');
    }
    await page.keyboard.press('Escape');

    // The copy block as it will print, with its number, before anything is saved.
    const preview = dialog.getByTestId('copy-preview');
    // The preview follows the form a moment later: wait for the last choice to show.
    await eventually(() => preview.innerText()).toContain('- Ban Thường vụ Tỉnh đoàn,');
    await eventually(() => preview.innerText()).toContain('Số 1274-SY/VPTU');
    const shown = (await preview.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of ['TỈNH ỦY LẠNG SƠN', 'VĂN PHÒNG', 'SAO Y', 'Lạng Sơn, ngày 04 tháng 12 năm 2023', 'Nơi nhận:',
      '- Các huyện ủy, thành ủy, đảng ủy trực thuộc,', '- Ban Thường vụ Tỉnh đoàn,', '- Lưu Văn phòng Tỉnh ủy.',
      'K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Sai Văn Đông']) expect(shown).toContain(line);
    expect((await call('copies.list', {})).total).toBe(0);

    await dialog.getByTestId('copy-save').click();
    await eventually(async () => (await call('copies.list', {})).items.map((c) => c.symbol)).toEqual(['1274-SY/VPTU']);
    const copy = (await call('copies.list', {})).items[0]!;
    expect(copy.recipients.map((r) => r.label)).toEqual(['Các huyện ủy, thành ủy, đảng ủy trực thuộc', 'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh', 'Ban Thường vụ Tỉnh đoàn']);
    expect(copy.deliveries.length).toBeGreaterThan(10);

    const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('copy-download-docx').click()]);
    expect(docx.suggestedFilename()).toBe('ban-sao_1274-SY-VPTU.docx');
    expect((await bytesOf(docx)).subarray(0, 2).toString()).toBe('PK');
    const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('copy-download-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe('ban-sao_1274-SY-VPTU.pdf');
    // The original's last page has one line: the copy block goes under it, no page is added.
    expect((await PDFDocument.load(await bytesOf(pdf))).getPageCount()).toBe(3);

    await dialog.getByRole('button', { name: 'Xong' }).click();
    await eventually(() => detail.getByTestId('entry-copy').count()).toBe(1);
    expect(s.problems).toEqual([]);
  }, 180_000);

  it('records who received a copy, lists the bodies still to confirm, and cancels a mistaken copy with a reason', async () => {
    const entry = (await call('incoming.register', { ...NQ43, receivedVia: 'network', arrivalNumber: undefined, symbol: '21-KH/TW', documentDate: '2023-11-20', arrivalDate: '2023-11-30' })).entry;
    await closeDrawers(page);
    const copy = await call('copies.add', { sourceId: entry.id, form: 'SL', number: 1300, date: '2023-12-06', recipients: ['Báo Lạng Sơn', 'Ban Thường vụ Tỉnh đoàn'] });
    await page.getByRole('menuitem', { name: 'Bản sao' }).click();
    const row = page.locator(`tr[data-copy-id="${copy.id}"]`);
    await row.click();
    const detail = page.getByTestId('copy-detail');
    await eventually(() => detail.getAttribute('data-copy-id')).toBe(String(copy.id));

    // Báo Lạng Sơn signed for it the next day.
    await detail.getByTestId('delivery-edit').first().click();
    const form = page.getByTestId('delivery-form');
    await form.waitFor();
    expect(await page.getByTestId('delivery-recipient').innerText()).toBe('Báo Lạng Sơn');
    await page.locator('#delivery_receivedDate').fill('07/12/2023');
    await page.locator('#delivery_receivedBy').fill('Hoàng Thu Hà');
    await page.locator('.ant-modal', { has: form }).getByRole('button', { name: 'Lưu' }).click();
    await eventually(() => detail.getByTestId('copy-deliveries').innerText()).toContain('Hoàng Thu Hà');
    expect((await call('copies.get', { id: copy.id })).deliveries.map((d) => [d.recipient, d.receivedDate, d.receivedBy]))
      .toEqual([['Báo Lạng Sơn', '2023-12-07', 'Hoàng Thu Hà'], ['Ban Thường vụ Tỉnh đoàn', null, '']]);
    await closeDrawers(page);

    // The distribution record across copies: only the bodies that have not confirmed, when asked.
    await page.getByRole('tab', { name: 'Phát hành: nơi nhận' }).click();
    const deliveries = page.getByTestId('deliveries-tab');
    // Every delivery first, the receipt just recorded among them; then only the bodies still to confirm.
    await eventually(() => deliveries.innerText()).toContain('Hoàng Thu Hà');
    await deliveries.getByTestId('deliveries-pending').click();
    await eventually(() => deliveries.innerText()).not.toContain('Hoàng Thu Hà');
    // The copy's symbol heads its group of rows: one row left for 1300-SL/VPTU.
    const pendingRows = deliveries.locator('tbody tr.ant-table-row', { hasText: '1300-SL/VPTU' });
    expect(await pendingRows.count()).toBe(1);
    expect(await pendingRows.innerText()).toContain('Ban Thường vụ Tỉnh đoàn');
    expect(await deliveries.innerText()).not.toContain('Báo Lạng Sơn');

    // A copy made by mistake: cancelled with a reason, it stays in the book, struck through, its number kept.
    await page.getByRole('tab', { name: 'Sổ bản sao' }).click();
    await row.click();
    await eventually(() => detail.getAttribute('data-copy-id')).toBe(String(copy.id));
    await page.getByTestId('copy-cancel').click();
    const reason = page.locator('.ant-modal', { hasText: 'Hủy bản sao 1300-SL/VPTU?' });
    await reason.waitFor();
    await modalsSettled(page);
    await reason.getByTestId('reason-input').fill('Sao nhầm văn bản');
    await reason.getByRole('button', { name: 'Hủy bản sao' }).click();
    await detail.getByTestId('copy-cancelled').waitFor();
    expect(await detail.getByTestId('copy-cancelled').innerText()).toContain('Lý do: Sao nhầm văn bản');
    expect(await call('copies.get', { id: copy.id })).toMatchObject({ cancelled: true, cancelReason: 'Sao nhầm văn bản' });
    await closeDrawers(page);
    await eventually(() => row.innerText()).toContain('Đã hủy');
    expect((await call('copies.add', { sourceId: entry.id, form: 'SY', date: '2023-12-07' })).symbol).toBe('1301-SY/VPTU');
    expect(s.problems).toEqual([]);
  }, 180_000);
});
