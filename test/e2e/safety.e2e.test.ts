// "Sao lưu" and "Thùng rác" in Cài đặt, in real headless Chromium: what the clerk does is what the backend holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, type Session } from '../helpers/browser';
import { modalsSettled } from '../helpers/registerPage';
import { NQ43 } from '../helpers/tempBackend';

let s: Session;

beforeAll(async () => {
  s = await openApp({ path: 'cai-dat' });
});

afterAll(async () => {
  await s?.close();
});

const entries = async () => (await callApi(s, 'incoming.list', { limit: 1 })).total;

describe('Sao lưu and Thùng rác in Chromium', () => {
  it('backs up now, shows what a backup holds before restoring it, and restores it', async () => {
    const { page } = s;
    await page.getByTestId('backup-section').waitFor();
    await page.getByTestId('backup-now').click();
    const manual = page.locator('[data-testid="backup-table"] tbody tr', { hasText: 'Sao lưu tay' });
    await manual.first().waitFor();
    const before = await entries();
    await expect.poll(() => manual.first().textContent()).toContain(String(before));
    // A change after the backup: restoring the backup takes it away again.
    await callApi(s, 'incoming.register', { ...NQ43, receivedVia: 'network', arrivalNumber: undefined, arrivalDate: '2024-02-02' });
    expect(await entries()).toBe(before + 1);
    await manual.first().getByRole('button', { name: 'Khôi phục…' }).click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`Văn bản đến${before}`);
    await modalsSettled(page);
    await page.locator('.ant-modal-confirm-btns button', { hasText: 'Khôi phục' }).click();
    await page.getByText(/Đã khôi phục \(/).waitFor();
    await expect.poll(entries).toBe(before);
    // The state before the restore was backed up first.
    await page.getByTestId('backup-section').waitFor();
    await page.locator('[data-testid="backup-table"] tbody tr', { hasText: 'Trước khi khôi phục' }).first().waitFor();
  });

  it('a deleted body waits in the trash and comes back with one click', async () => {
    const { page } = s;
    const unit = await callApi(s, 'units.save', { name: 'Huyện ủy Thử Thùng Rác', category: 'Các huyện ủy' });
    await callApi(s, 'units.delete', { id: unit.id });
    await page.reload();
    const row = page.locator('[data-testid="trash-table"] tbody tr', { hasText: 'Huyện ủy Thử Thùng Rác' });
    await row.waitFor();
    await row.getByRole('button', { name: /Khôi phục/ }).click();
    await page.getByText('Đã khôi phục Đơn vị: Huyện ủy Thử Thùng Rác.').waitFor();
    expect((await callApi(s, 'units.list', { q: 'Thử Thùng Rác' })).map((u) => u.name)).toEqual(['Huyện ủy Thử Thùng Rác']);
    expect(s.problems).toEqual([]);
  });

  it('records changes under the name the clerk gives, and finds them in the history', async () => {
    const { page } = s;
    await page.getByLabel('Người làm việc trên máy này').fill('Nguyễn Thị Lan');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await page.getByText('Các thay đổi từ nay được ghi tên "Nguyễn Thị Lan".').waitFor();
    await callApi(s, 'settings.update', { signerName: 'Hoàng Văn Bình' });
    await page.getByLabel('Tìm trong lịch sử').fill('hoang van binh');
    await page.getByLabel('Tìm trong lịch sử').press('Enter');
    const row = page.locator('[data-testid="history-table"] tbody tr', { hasText: 'Cài đặt của cơ quan' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Nguyễn Thị Lan.*Sửa: Họ và tên người ký/);
    expect(s.problems).toEqual([]);
  });
});
