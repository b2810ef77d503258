// "Cài đặt" and "Danh mục" in real headless Chromium: what is saved is what the backend holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from '../helpers/browser';

let s: Session;

beforeAll(async () => {
  s = await openApp({ path: 'cai-dat' });
});

afterAll(async () => {
  await s?.close();
});

async function settings() {
  const r = await s.app.backend.dispatch('settings.get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { issuingBody: string; offlineMachine: boolean };
}

describe('Cài đặt and Danh mục in Chromium', () => {
  it('saves the office identity and the offline declaration; the header shows the office', async () => {
    const { page } = s;
    await page.getByTestId('settings-form').waitFor();
    const body = page.getByLabel('Cơ quan ban hành', { exact: true });
    await expect.poll(() => body.inputValue()).toBe('VĂN PHÒNG');
    await body.fill('BAN DÂN VẬN');
    expect(await page.getByTestId('offline-switch').getAttribute('aria-checked')).toBe('false');
    await page.getByTestId('offline-switch').click();
    await page.getByText('Máy đã được khai báo không kết nối mạng').waitFor();
    await page.getByRole('button', { name: /Lưu cài đặt/ }).click();
    await page.getByText('Đã lưu cài đặt.').waitFor();
    expect(await settings()).toMatchObject({ issuingBody: 'BAN DÂN VẬN', offlineMachine: true });
    await expect.poll(() => page.getByTestId('office-name').textContent()).toBe('BAN DÂN VẬN · TỈNH ỦY LẠNG SƠN');
  });

  it('edits the upward recipients one per line and the copies\' archive line', async () => {
    const { page } = s;
    const box = page.getByLabel('Nơi nhận của báo cáo sơ kết, tổng kết');
    await expect.poll(() => box.inputValue()).toContain('Ban Dân vận Trung ương (b/c)');
    await box.fill('Ban Dân vận Trung ương (b/c)\n\n  Thường trực Tỉnh ủy (b/c)  ');
    // The last line typed as a clerk types it: Enter, then the words (a new line must not vanish).
    await box.press('Control+End');
    await box.pressSequentially('\nLưu Ban Dân vận', { delay: 15 });
    await page.getByLabel('Dòng lưu của bản sao').fill('Lưu Văn phòng Tỉnh ủy, VT');
    await page.getByText('Nối tiếp, không bắt đầu lại').click();
    await page.getByRole('button', { name: /Lưu cài đặt/ }).click();
    await page.getByText('Đã lưu cài đặt.').last().waitFor();
    const r = await s.app.backend.dispatch('settings.get', {});
    expect(r.ok && r.value).toMatchObject({
      reviewRecipients: ['Ban Dân vận Trung ương (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Lưu Ban Dân vận'],
      archiveLine: 'Lưu Văn phòng Tỉnh ủy, VT',
      copyNumbering: 'continuous',
    });
    // What was saved comes back into the box, one per line.
    await page.reload();
    await expect.poll(() => page.getByLabel('Nơi nhận của báo cáo sơ kết, tổng kết').inputValue())
      .toBe('Ban Dân vận Trung ương (b/c)\nThường trực Tỉnh ủy (b/c)\nLưu Ban Dân vận');
  });

  it('adds a document type to the catalog and lists the register books', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Danh mục' }).click();
    await page.getByTestId('type-codes-table').waitFor();
    await page.getByLabel('Mã loại').fill('TrL');
    await page.getByLabel('Tên loại').fill('Trích lục');
    await page.getByRole('button', { name: /Thêm loại/ }).click();
    await page.getByText('Đã lưu loại TrL — Trích lục.').waitFor();
    const list = await s.app.backend.dispatch('typeCodes.list', {});
    expect(list.ok && (list.value as Array<{ code: string; system: string }>).some((t) => t.code === 'TrL' && t.system === 'party')).toBe(true);
    // A code that exists is refused at the field.
    await page.getByLabel('Mã loại').fill('NQ');
    await page.getByLabel('Tên loại').fill('Nghị quyết');
    await page.getByRole('button', { name: /Thêm loại/ }).click();
    await expect.poll(() => page.locator('.catalog-add .ant-form-item-explain-error').first().textContent()).toContain('Mã đã tồn tại');

    await page.getByRole('tab', { name: 'Sổ văn bản đến' }).click();
    const books = page.getByTestId('books-table');
    await books.waitFor();
    expect(await books.textContent()).toContain('Sổ văn bản đến năm 2023');
    expect(s.problems).toEqual([]);
  });
});
