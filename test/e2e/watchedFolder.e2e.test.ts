// The watched folder in real headless Chromium against browser mode: the office chooses the folder in Cài đặt,
// a PDF the network's client saves there shows on the register as "Văn bản mới nhận" with its fields read, and
// one confirmation (Enter) registers it with the file and its stamped copy; it is not proposed again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, type Session } from '../helpers/browser';
import { EXPECTED_DECISION } from '../helpers/receivedDocuments';
import { WHITE_PNG, receivedPdfs } from '../helpers/receivedFiles';
import { eventually } from '../helpers/registerPage';

let s: Session;
let pdf: Buffer;
let inbox: string;

beforeAll(async () => {
  [pdf, s] = await Promise.all([receivedPdfs().then((p) => p.decision), openApp({ path: 'cai-dat' })]);
  inbox = path.join(s.app.dir, 'VanBanDen');
  fs.mkdirSync(inbox);
}, 240_000);

afterAll(async () => {
  await s?.close();
});

afterEach(() => {
  expect(s.problems).toEqual([]);
});

describe('received files from the watched folder', () => {
  it('Cài đặt refuses a folder that does not exist, then watches the one chosen', async () => {
    const { page } = s;
    const section = page.getByTestId('intake-folder-section');
    await section.waitFor({ timeout: 30_000 });
    const input = page.getByLabel('Thư mục nhận văn bản');
    await input.fill(path.join(inbox, 'khong-co'));
    await section.getByRole('button', { name: 'Lưu thư mục' }).click();
    await section.getByText(/Không có thư mục ".*khong-co"/).waitFor();
    await input.fill(inbox);
    await section.getByRole('button', { name: 'Lưu thư mục' }).click();
    await section.getByText('Đang theo dõi; 0 tệp chờ vào sổ.').waitFor();
    expect(await callApi(s, 'intake.folder', {})).toEqual({ folder: inbox, proposed: 0 });
  });

  it('a PDF saved into the folder shows on the register and is registered with one Enter, file and stamp attached', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Sổ văn bản đến' }).click();
    await page.getByTestId('register-scroll').locator('tbody tr.row').first().waitFor({ timeout: 30_000 });
    expect((await callApi(s, 'incoming.list', { q: '123/QĐ-UBND', limit: 5 })).items.filter((e) => e.symbol === '123/QĐ-UBND')).toEqual([]);

    fs.writeFileSync(path.join(inbox, 'QD-123-UBND.pdf'), pdf);
    const button = page.getByTestId('received-open');
    await expect.poll(() => button.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Văn bản mới nhận: 1');
    await button.click();
    const item = page.getByTestId('received-item');
    // Read as soon as it was seen: the list names the document, not only the file.
    await expect.poll(() => item.textContent(), { timeout: 30_000 }).toContain('123/QĐ-UBND');
    expect(await item.textContent()).toContain('QD-123-UBND.pdf');
    await item.getByRole('button').first().click();

    const review = page.getByTestId('intake-review');
    await review.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByLabel('Số, ký hiệu').inputValue()).toBe(EXPECTED_DECISION.symbol);
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(EXPECTED_DECISION.abstract);
    expect((await callApi(s, 'intake.proposed', {})).total).toBe(1); // nothing registered before the confirmation
    await page.keyboard.press('Enter');
    await review.waitFor({ state: 'detached', timeout: 30_000 });

    const registered = async () => (await callApi(s, 'incoming.list', { q: '123/QĐ-UBND', limit: 5 })).items.filter((e) => e.symbol === '123/QĐ-UBND');
    await eventually(async () => (await registered()).length).toBe(1);
    const [entry] = await registered();
    const detail = await callApi(s, 'incoming.get', { id: entry.id });
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['QD-123-UBND.pdf', 'QD-123-UBND_dau-den.pdf']);
    expect((await callApi(s, 'intake.proposed', {})).total).toBe(0);
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Văn bản mới nhận: 0');
    // The new entry is in the register the clerk sees.
    await expect.poll(() => page.getByTestId('register-scroll').textContent(), { timeout: 15_000 }).toContain('123/QĐ-UBND');
  }, 120_000);

  it('a scan nothing can be read from is still registered with its file, the fields typed by the clerk', async () => {
    const { page } = s;
    fs.writeFileSync(path.join(inbox, 'scan-trang-trang.png'), WHITE_PNG);
    const button = page.getByTestId('received-open');
    await expect.poll(() => button.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Văn bản mới nhận: 1');
    await button.click();
    const item = page.getByTestId('received-item');
    await expect.poll(() => item.textContent(), { timeout: 60_000 }).toContain('Chưa đọc được: Không nhận dạng được chữ nào');
    await item.getByRole('button').first().click();
    await page.getByTestId('intake-review').waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Tác giả').inputValue()).toBe('');
    await page.getByLabel('Tác giả').fill('Huyện ủy Cao Lộc');
    await page.getByLabel('Trích yếu').fill('Công văn gửi kèm bản quét');
    await page.getByLabel('Trích yếu').press('Enter');
    await page.getByTestId('intake-review').waitFor({ state: 'detached', timeout: 30_000 });
    await eventually(async () => (await callApi(s, 'incoming.list', { q: 'gửi kèm bản quét', limit: 5 })).items.length).toBe(1);
    const [entry] = (await callApi(s, 'incoming.list', { q: 'gửi kèm bản quét', limit: 5 })).items;
    expect(entry).toMatchObject({ issuer: 'Huyện ủy Cao Lộc', attachmentCount: 1 });
    expect((await callApi(s, 'intake.proposed', {})).total).toBe(0);
  }, 180_000);
});
