// Cancelling a mistaken entry from its detail, in real headless Chromium (issue 8): a reason is required, the
// entry stays in the list struck through with a red "Đã hủy", and the detail says when and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, type Session } from '../helpers/browser';
import { closeDrawers, eventually, modalsSettled } from '../helpers/registerPage';

let s: Session;

beforeAll(async () => {
  s = await openApp();
});

afterAll(async () => {
  await s?.close();
});

describe('Hủy văn bản', () => {
  it('cancels an entry from its detail with a reason; the list shows it struck through', async () => {
    const { page } = s;
    const newest = (await callApi(s, 'incoming.list', { limit: 1 })).items[0]!;
    const row = page.locator(`tr.row[data-entry-id="${newest.id}"]`);
    await row.click();
    const detail = page.getByTestId('entry-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-entry-id')).toBe(String(newest.id));

    await page.getByTestId('detail-cancel').click();
    const dialog = page.locator('.ant-modal', { hasText: `Hủy văn bản số đến ${newest.arrivalNumber}?` });
    await dialog.waitFor();
    await modalsSettled(page);
    // No reason, no cancelling.
    await dialog.getByRole('button', { name: 'Hủy văn bản' }).click();
    await dialog.getByText('Cần ghi lý do hủy.').waitFor();
    expect((await callApi(s, 'incoming.get', { id: newest.id })).entry.cancelled).toBe(false);

    await page.getByTestId('cancel-reason').fill('Vào sổ trùng với văn bản đã có');
    await dialog.getByRole('button', { name: 'Hủy văn bản' }).click();
    const notice = page.getByTestId('detail-cancelled');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Đã hủy ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}Lý do: Vào sổ trùng với văn bản đã có$/);
    expect(await page.getByTestId('detail-cancel').count()).toBe(0);
    const saved = (await callApi(s, 'incoming.get', { id: newest.id })).entry;
    expect(saved).toMatchObject({ cancelled: true, cancelReason: 'Vào sổ trùng với văn bản đã có', arrivalNumber: newest.arrivalNumber });

    await closeDrawers(page);
    await eventually(() => row.getAttribute('class')).toContain('is-cancelled');
    const decoration = (selector: string) => row.locator(selector).first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await decoration('.cell')).toBe('line-through');
    expect(await row.getByTestId('cancelled-tag').textContent()).toBe('Đã hủy');
    expect(await row.getByTestId('cancelled-tag').evaluate((el) => getComputedStyle(el).display)).toBe('inline-block');
    expect(await page.locator('tr.row.is-cancelled').count()).toBe(1);
    expect(s.problems).toEqual([]);
  });
});
