// The sơ kết on the Reports screen, in real headless Chromium against browser mode (sample data): the parts a
// person writes come from reports.reviewSections, the screen says which are still "[Cần viết: …]" before the
// file is written, and the form's milestone date, issuing body and internal appendix reach the report.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi, openApp, type Session } from '../helpers/browser';

let s: Session;
let page: Page;
let directiveId: number;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);
const option = (text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
const preview = () => page.getByTestId('report-preview');

async function previewWord(): Promise<string> {
  await page.getByTestId('report-preview-button').click();
  await preview().locator('section.docx').first().waitFor({ timeout: 45_000 });
  await expect.poll(async () => ((await preview().textContent()) ?? '').length, { timeout: 10_000 }).toBeGreaterThan(200);
  return ((await preview().textContent()) ?? '').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  s = await openApp({ path: 'bao-cao/lap' });
  page = s.page;
  await page.getByTestId('report-params').waitFor({ timeout: 20_000 });
  directiveId = (await call('tasks.directives', {})).find((d) => d.directive.symbol === '43-NQ/TW')!.directive.id;
  await page.getByText('Báo cáo sơ kết, tổng kết').click();
  await page.getByTestId('report-directive').click();
  await page.keyboard.type('43-NQ/TW');
  await option('43-NQ/TW').click();
  await page.waitForFunction(() => {
    const state = document.querySelector('[data-testid="review-state"]')?.textContent ?? 'Đang tải';
    return !state.includes('Đang tải');
  }, undefined, { timeout: 20_000 });
});

afterAll(async () => {
  await s?.close();
});

describe('the parts of a sơ kết a person writes, on the Reports screen', () => {
  it('shows one text box per part the API lists, in its order, and which are still to be written', async () => {
    const parts = await call('reports.reviewSections', { directiveId, milestone: '01 năm' });
    expect(parts.length).toBeGreaterThan(0);
    const labels = await page.getByTestId('review-texts').locator('.review-label').allTextContents();
    expect(labels.map((l) => l.replace(/\s*(đã viết|chưa viết)$/, ''))).toEqual(parts.map((p) => p.label));
    for (const p of parts) expect(await page.getByTestId(`text-${p.key}Text`).count(), p.key).toBe(1);

    // The sample office has no signer's name yet: the report prints a mark there too, named last.
    expect((await call('settings.get', {})).signerName).toBe('');
    const unwritten = [...parts.filter((p) => !p.written).map((p) => p.label), 'Họ và tên người ký'];
    expect(unwritten.length).toBeGreaterThan(2);
    const panel = page.getByTestId('unwritten-parts');
    expect(await panel.textContent()).toContain(`Còn ${unwritten.length} phần chưa viết: ${unwritten.join('; ')}.`);
  });

  it('counts a part as written as soon as it is typed, and stops naming it', async () => {
    const parts = await call('reports.reviewSections', { directiveId, milestone: '01 năm' });
    const [first, second, ...rest] = parts.filter((p) => !p.written);
    await page.getByTestId(`text-${first.key}Text`).fill('Thực hiện Nghị quyết số 43-NQ/TW (kiểm thử các phần chưa viết).');
    await page.getByTestId(`text-${second.key}Text`).fill('Một bài học (kiểm thử).');
    const text = (await page.getByTestId('unwritten-parts').textContent()) ?? '';
    expect(text).toContain(`Còn ${rest.length + 1} phần chưa viết: ${[...rest.map((p) => p.label), 'Họ và tên người ký'].join('; ')}.`);
    expect(text).not.toContain(first.label);
  });

  it('asks before writing a file that still has parts to write, and goes back to the texts when told', async () => {
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.getByTestId('report-save-button').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor({ timeout: 45_000 }); // the file is generated first: slow on a loaded machine
    const after = await call('reports.reviewSections', { directiveId, milestone: '01 năm' });
    const remaining = after.filter((p) => !p.written);
    // The texts typed were saved before the file was made: the dialog names exactly what the file still lacks.
    expect(after.filter((p) => p.written).length).toBe(2);
    expect(await dialog.locator('.ant-modal-confirm-content').textContent())
      .toContain(`Còn ${remaining.length + 1} phần chưa viết: ${[...remaining.map((p) => p.label), 'Họ và tên người ký'].join('; ')}.`);
    await dialog.getByRole('button', { name: 'Quay lại viết' }).click();
    await page.getByTestId('review-texts').waitFor();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  it('sends the milestone date, the issuing body and the internal appendix only when chosen', async () => {
    await page.locator('#report-milestone-date').fill('30/06/2024');
    await page.locator('#office-issuing').fill('BAN DÂN VẬN');
    await page.locator('#office-code').fill('BDVTU');
    const without = await previewWord();
    expect(await page.getByTestId('report-summary').textContent()).toContain('đến 30/06/2024');
    expect(without).toContain('BAN DÂN VẬN');
    expect(without).not.toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
    expect(await page.getByTestId('result-placeholders').textContent()).toMatch(/^Còn \d+ phần chưa viết: /);

    await page.getByTestId('include-follow-up').check();
    await page.getByTestId('report-preview-button').click();
    await expect.poll(async () => (await preview().textContent()) ?? '', { timeout: 45_000 }).toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
    expect(s.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
  });
});
