// "Sổ văn bản đi" as a clerk uses it, typed at a clerk's pace in real headless Chromium against browser mode:
// the symbol shown before saving, a number taken ("Lấy số") and filled in once signed, a number voided with a
// reason, a copy of the office's own document with its receipt recorded, and an issued document's forwarding
// columns filled in ("Sửa").
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi, openApp, type Session } from '../helpers/browser';
import { closeDrawers, eventually, modalsSettled } from '../helpers/registerPage';

let s: Session;
let page: Page;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);

/** Milliseconds between a quick clerk's keystrokes. */
const KEY_GAP = 8;

/** Into a field as a clerk does: click it, replace what it holds, type at speed, Tab on a keystroke later. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text, { delay: KEY_GAP });
  await page.waitForTimeout(KEY_GAP);
  await page.keyboard.press('Tab');
}

const row = (id: number) => page.getByTestId('outgoing-page').locator(`tr[data-entry-id="${id}"]`);
const preview = () => page.getByTestId('outgoing-preview');

async function entries() {
  return (await call('outgoing.list', { limit: 100 })).items;
}

beforeAll(async () => {
  s = await openApp({ sample: false, path: 'so-di' });
  page = s.page;
  await call('terms.add', { from: '2020-10-16', to: '2025-10-15' });
  await page.reload();
  await page.getByTestId('outgoing-page').waitFor({ timeout: 20_000 });
}, 120_000);

// Whatever a test did, the page raised no error while doing it.
afterEach(() => {
  if (!s) return;
  const problems = s.problems.splice(0);
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await s?.close();
});

describe('Sổ văn bản đi', () => {
  it('shows the composed symbol before saving and registers the document under it', { timeout: 120_000 }, async () => {
    await page.getByRole('button', { name: 'Vào sổ văn bản đi' }).click();
    const form = page.getByTestId('outgoing-form');
    await form.waitFor();
    await typeInto(page.locator('#documentDate'), '10/01/2024');
    await typeInto(page.locator('#typeCode'), 'BC');
    await typeInto(page.locator('#issuerCode'), 'TU');
    // The number the document will take, composed Party style, before anything is written.
    await eventually(() => preview().innerText()).toBe('Số, ký hiệu sẽ cấp: 1-BC/TU (Nhiệm kỳ 2020–2025)');
    await typeInto(page.locator('#typeCode'), 'KH');
    await eventually(() => preview().innerText()).toContain('1-KH/TU');
    await typeInto(page.locator('#abstract'), 'Kế hoạch tổ chức hội nghị quán triệt Nghị quyết 43-NQ/TW');
    await typeInto(page.locator('#signer'), 'Nguyễn Văn A');
    expect(await entries()).toEqual([]);

    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await page.getByText('Đã vào sổ 1-KH/TU').waitFor();
    const [saved] = await entries();
    expect(saved).toMatchObject({
      symbol: '1-KH/TU', status: 'issued', documentDate: '2024-01-10', typeName: 'Kế hoạch',
      abstract: 'Kế hoạch tổ chức hội nghị quán triệt Nghị quyết 43-NQ/TW', signer: 'Nguyễn Văn A',
    });
    await row(saved.id).waitFor();
  });

  it('takes a number before signing, then fills in the signed document from its detail', { timeout: 120_000 }, async () => {
    await page.getByRole('button', { name: 'Vào sổ văn bản đi' }).click();
    await page.getByTestId('outgoing-form').waitFor();
    await typeInto(page.locator('#documentDate'), '15/01/2024');
    await typeInto(page.locator('#typeCode'), 'BC');
    await typeInto(page.locator('#issuerCode'), 'TU');
    await eventually(() => preview().innerText()).toContain('1-BC/TU');
    await page.getByRole('button', { name: 'Lấy số' }).click();
    await page.getByText('Đã lấy số 1-BC/TU').waitFor();
    const reserved = (await entries()).find((e) => e.symbol === '1-BC/TU')!;
    expect(reserved).toMatchObject({ status: 'reserved', abstract: '' });
    await eventually(() => row(reserved.id).innerText()).toContain('Đã lấy số');

    // The document is signed two days later: the clerk opens the number and fills in the rest.
    await row(reserved.id).click();
    const detail = page.getByTestId('outgoing-detail');
    await eventually(() => detail.getAttribute('data-entry-id')).toBe(String(reserved.id));
    await page.getByTestId('outgoing-complete').click();
    await page.getByTestId('outgoing-complete-form').waitFor();
    await typeInto(page.locator('#complete_documentDate'), '17/01/2024');
    await typeInto(page.locator('#complete_abstract'), 'Báo cáo kết quả quán triệt Nghị quyết 43-NQ/TW');
    await typeInto(page.locator('#complete_signerAuthority'), 'T/M BAN THƯỜNG VỤ');
    await typeInto(page.locator('#complete_signerPosition'), 'PHÓ BÍ THƯ');
    await typeInto(page.locator('#complete_signer'), 'Trần Thị B');
    await page.locator('#complete_recipients').click();
    await page.keyboard.type('Ban Tuyên giáo Trung ương', { delay: KEY_GAP });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Lưu Văn phòng Tỉnh ủy', { delay: KEY_GAP });
    await page.getByTestId('complete-save').click();
    await page.getByText('Đã vào sổ văn bản 1-BC/TU.').waitFor();

    expect(await call('outgoing.get', { id: reserved.id })).toMatchObject({
      symbol: '1-BC/TU', status: 'issued', documentDate: '2024-01-17', abstract: 'Báo cáo kết quả quán triệt Nghị quyết 43-NQ/TW',
      signerAuthority: 'T/M BAN THƯỜNG VỤ', signerPosition: 'PHÓ BÍ THƯ', signer: 'Trần Thị B',
      recipients: ['Ban Tuyên giáo Trung ương', 'Lưu Văn phòng Tỉnh ủy'],
    });
    // The detail follows: no more "Đã lấy số", and the history says who took and filled in the number.
    await eventually(() => detail.innerText()).toContain('Báo cáo kết quả quán triệt');
    expect(await detail.innerText()).not.toContain('Đã lấy số');
    await detail.getByText('Lịch sử thay đổi').click();
    await eventually(() => detail.getByTestId('record-history-item').allInnerTexts()).toEqual([
      expect.stringContaining('Sửa: Tình trạng, Ngày tháng văn bản, Trích yếu, Người ký'), expect.stringContaining('Lấy số'),
    ]);
    await closeDrawers(page);
  });

  it('voids a taken number with a reason; the number stays in the book and is not given again', { timeout: 120_000 }, async () => {
    const taken = await call('outgoing.add', { documentDate: '2024-01-20', typeCode: 'BC', issuerCode: 'TU', reserve: true });
    expect(taken.symbol).toBe('2-BC/TU');
    await page.reload();
    await row(taken.id).getByTestId('row-void').click();
    const dialog = page.locator('.ant-modal', { hasText: 'Hủy số 2-BC/TU?' });
    await dialog.waitFor();
    await modalsSettled(page);
    // No reason, no void.
    await dialog.getByRole('button', { name: 'Hủy số' }).click();
    await dialog.getByText('Cần ghi lý do.').waitFor();
    await dialog.getByTestId('reason-input').click();
    await page.keyboard.type('Văn bản không ban hành', { delay: KEY_GAP });
    await dialog.getByRole('button', { name: 'Hủy số' }).click();
    await page.getByText('Đã hủy số 2-BC/TU. Số này không được cấp lại.').waitFor();
    expect(await call('outgoing.get', { id: taken.id })).toMatchObject({ status: 'void', voidReason: 'Văn bản không ban hành' });
    await eventually(() => row(taken.id).innerText()).toContain('Lý do hủy: Văn bản không ban hành');
    expect(await row(taken.id).innerText()).toContain('Đã hủy số');
    expect((await call('outgoing.add', { documentDate: '2024-01-21', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo tháng 1' })).symbol).toBe('3-BC/TU');
  });

  it('copies an issued outgoing document from its detail and records a body’s receipt of the copy', { timeout: 150_000 }, async () => {
    const plan = (await entries()).find((e) => e.symbol === '1-KH/TU')!;
    await page.reload();
    await row(plan.id).click();
    const detail = page.getByTestId('outgoing-detail');
    await eventually(() => detail.getAttribute('data-entry-id')).toBe(String(plan.id));
    await detail.getByTestId('make-copy').click();
    const dialog = page.locator('.ant-modal', { hasText: 'Sao văn bản 1-KH/TU' });
    await typeInto(dialog.getByLabel('Ngày sao', { exact: true }), '12/01/2024');
    await typeInto(dialog.getByLabel('Người ký', { exact: true }), 'Sai Văn Đông');
    const recipients = dialog.getByLabel('Nơi nhận', { exact: true });
    await recipients.click();
    await page.keyboard.type('Báo Lạng Sơn', { delay: KEY_GAP });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const shown = dialog.getByTestId('copy-preview');
    await eventually(() => shown.innerText()).toContain('- Báo Lạng Sơn,');
    expect(await shown.innerText()).toContain('Số 1-SY/VPTU');
    await dialog.getByTestId('copy-save').click();
    await eventually(async () => (await call('copies.list', { sourceKind: 'outgoing', sourceId: plan.id })).items.map((c) => c.symbol)).toEqual(['1-SY/VPTU']);
    await dialog.getByRole('button', { name: 'Xong' }).click();

    // From the copy's detail, the clerk records that the newspaper received it.
    await detail.getByTestId('entry-copy').getByText('1-SY/VPTU').click();
    const copyDetail = page.getByTestId('copy-detail');
    await copyDetail.waitFor();
    expect(await copyDetail.innerText()).toContain('Văn bản đi');
    await copyDetail.getByTestId('delivery-edit').first().click();
    const deliveryForm = page.getByTestId('delivery-form');
    await deliveryForm.waitFor();
    await typeInto(page.locator('#delivery_receivedDate'), '13/01/2024');
    await typeInto(page.locator('#delivery_receivedBy'), 'Hoàng Thu Hà');
    await page.locator('.ant-modal', { has: deliveryForm }).getByRole('button', { name: 'Lưu' }).click();
    await eventually(() => copyDetail.getByTestId('copy-deliveries').innerText()).toContain('Hoàng Thu Hà');
    const [copy] = (await call('copies.list', { sourceKind: 'outgoing', sourceId: plan.id })).items;
    expect(copy.deliveries).toEqual([expect.objectContaining({ recipient: 'Báo Lạng Sơn', sentDate: '2024-01-12', receivedDate: '2024-01-13', receivedBy: 'Hoàng Thu Hà' })]);
  });

  it('fills "Ngày chuyển" and "Ký nhận" of an issued document from its detail; the row and the history show them', { timeout: 120_000 }, async () => {
    const plan = (await entries()).find((e) => e.symbol === '1-KH/TU')!;
    await page.reload();
    await row(plan.id).click();
    const detail = page.getByTestId('outgoing-detail');
    await eventually(() => detail.getAttribute('data-entry-id')).toBe(String(plan.id));
    await page.getByTestId('outgoing-edit').click();
    await page.getByTestId('outgoing-edit-form').waitFor();
    // The numbering is not offered for editing.
    expect(await page.locator('#edit_documentDate').count()).toBe(0);
    await typeInto(page.locator('#edit_forwardedDate'), '12/01/2024');
    await typeInto(page.locator('#edit_receivedBy'), 'Hoàng Văn Tùng');
    await page.getByTestId('complete-save').click();
    await page.getByText('Đã lưu văn bản 1-KH/TU.').waitFor();

    expect(await call('outgoing.get', { id: plan.id })).toMatchObject({
      symbol: '1-KH/TU', documentDate: '2024-01-10', forwardedDate: '2024-01-12', receivedBy: 'Hoàng Văn Tùng', abstract: plan.abstract,
    });
    await eventually(() => row(plan.id).innerText()).toContain('12/01/2024\nHoàng Văn Tùng');
    await eventually(() => detail.innerText()).toContain('Hoàng Văn Tùng');
    await detail.getByText('Lịch sử thay đổi').click();
    await eventually(() => detail.getByTestId('record-history-item').allInnerTexts()).toEqual([
      expect.stringContaining('Sửa: Ngày chuyển, Ký nhận'), expect.stringContaining('Vào sổ'),
    ]);
    await closeDrawers(page);
  });
});
