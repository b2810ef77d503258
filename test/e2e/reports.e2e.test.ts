// "Báo cáo" as a clerk uses it, in real headless Chromium against browser mode (sample data): the
// statistics report previewed and downloaded, a sơ kết with the specialist's text, templates imported.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi, openApp, ROOT, type Session } from '../helpers/browser';

let s: Session;
let page: Page;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const preview = () => page.getByTestId('report-preview');
const previewText = async () => (await preview().textContent()) ?? '';
const option = (text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();

/** Waits for a new Word preview: the previous one (if any) is replaced by pages rendered by docx-preview. */
async function previewWord(): Promise<string> {
  await page.getByTestId('report-preview-button').click();
  await preview().locator('section.docx').first().waitFor({ timeout: 20_000 });
  await expect.poll(async () => (await previewText()).length, { timeout: 10_000 }).toBeGreaterThan(200);
  return previewText();
}

async function chooseQuarterOne2024() {
  await page.getByTestId('period-kind').click();
  await option(/^Quý$/).click();
  await page.getByTestId('period-year').fill('2024');
  await page.getByTestId('period-number').click();
  await option(/^Quý I$/).click();
  await expect.poll(async () => page.getByTestId('period-label').textContent()).toContain('Quý I/2024 — so sánh với Quý IV/2023');
}

beforeAll(async () => {
  s = await openApp({ path: 'bao-cao' });
  page = s.page;
  await page.getByTestId('report-params').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await s?.close();
});

describe('Báo cáo in a real browser', () => {
  it('previews the statistics report of Quý I/2024 as the Word document, in the page', async () => {
    await chooseQuarterOne2024();
    const text = await previewWord();
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    // The figure is the register's own count of documents that arrived in the quarter.
    const { total } = await call('incoming.list', { arrivalFrom: '2024-01-01', arrivalTo: '2024-03-31', limit: 1 });
    expect(total).toBeGreaterThan(0);
    expect(text.replace(/\s+/g, ' ')).toContain(`tiếp nhận ${total} văn bản đến`);
    expect(await page.getByTestId('report-summary').textContent()).toContain(`Quý I/2024: ${total} văn bản đến`);
    // A4 pages fitted to the pane at the clerks' screen size, readable, in a pane that scrolls.
    const layout = await preview().evaluate((el) => {
      const section = el.querySelector('section.docx') as HTMLElement;
      const box = section.getBoundingClientRect();
      return { pageWidth: box.width, paneWidth: el.clientWidth, scrolls: el.scrollHeight > el.clientHeight, overflowY: getComputedStyle(el).overflowY };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.paneWidth);
    expect(layout.pageWidth / 794).toBeGreaterThan(0.7);
    expect(layout.scrolls).toBe(true);
    expect(layout.overflowY).toBe('auto');
  });

  it('downloads the same report as a .docx that holds "Quý I/2024"', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save-button').click()]);
    expect(download.suggestedFilename()).toBe('thong-ke-van-ban-den_2024-Q1.docx');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toBeDefined();
    expect(xml).toContain('Quý I/2024');
  });

  it('refuses a period that cannot be, with the reason, and makes no file', async () => {
    await page.getByTestId('period-kind').click();
    await option('Khoảng ngày').click();
    await page.getByLabel('Từ ngày').fill('15/04/2024');
    await page.getByLabel('Đến ngày').fill('01/03/2024');
    await page.getByTestId('report-preview-button').click();
    const error = page.getByTestId('report-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Ngày bắt đầu phải trước ngày kết thúc');
    expect(await preview().count()).toBe(0);
    await chooseQuarterOne2024();
  });

  it('previews the Excel version as its sheets, with the same figure', async () => {
    await page.getByText('Excel (.xlsx)').click();
    await page.getByTestId('report-preview-button').click();
    await preview().locator('table.sheet-table').waitFor({ timeout: 20_000 });
    const { total } = await call('incoming.list', { arrivalFrom: '2024-01-01', arrivalTo: '2024-03-31', limit: 1 });
    const row = preview().locator('tr', { hasText: 'Tổng số văn bản đến' });
    expect(await row.locator('td').nth(2).textContent()).toBe(String(total));
    expect(await page.getByTestId('sheet-switch').textContent()).toContain('Giải quyết');
    await page.getByText('Word (.docx)').click();
  });

  it('writes a sơ kết of Nghị quyết 43-NQ/TW with the specialist\'s text, saved and shown in the report', async () => {
    await page.getByText('Báo cáo sơ kết, tổng kết').click();
    await page.getByTestId('report-directive').click();
    await page.keyboard.type('43-NQ/TW');
    await option('43-NQ/TW').click();
    const nq = (await call('tasks.directives', {})).find((d) => d.directive.symbol === '43-NQ/TW')!;
    const limits = page.getByTestId('text-limitsText');
    await expect.poll(() => limits.isEnabled(), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => page.getByTestId('review-state').textContent()).not.toContain('Đang tải');

    const LIMITS = 'Một số cấp ủy cơ sở chậm ban hành kế hoạch thực hiện (kiểm thử đầu cuối).\nNguyên nhân: chưa bố trí đủ cán bộ theo dõi.';
    await limits.fill(LIMITS);
    await page.getByTestId('save-texts').click();
    await expect.poll(async () => page.getByTestId('review-state').textContent()).toContain('Đã lưu lúc');
    const saved = await call('reports.draftGet', { directiveId: nq.directive.id, milestone: '01 năm' });
    expect(saved.limitsText).toBe(LIMITS);

    // Written but not saved by hand: saved before the report is made.
    const DIRECTIONS = 'Tiếp tục tuyên truyền sâu rộng nội dung Nghị quyết (kiểm thử tự lưu).';
    await page.getByTestId('text-directionsText').fill(DIRECTIONS);
    const text = (await previewWord()).replace(/\s+/g, ' ');
    expect(text).toContain('Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW');
    expect(text).toContain('Một số cấp ủy cơ sở chậm ban hành kế hoạch thực hiện (kiểm thử đầu cuối).');
    expect(text).toContain('Nguyên nhân: chưa bố trí đủ cán bộ theo dõi.');
    expect(text).toContain(DIRECTIONS);
    expect((await call('reports.draftGet', { directiveId: nq.directive.id, milestone: '01 năm' })).directionsText).toBe(DIRECTIONS);

    // Opened again later: the texts come back as typed, line breaks included.
    await page.reload();
    await page.getByText('Báo cáo sơ kết, tổng kết').click();
    await page.getByTestId('report-directive').click();
    await page.keyboard.type('43-NQ/TW');
    await option('43-NQ/TW').click();
    await expect.poll(() => page.getByTestId('text-limitsText').inputValue(), { timeout: 10_000 }).toBe(LIMITS);
    expect(await page.getByTestId('text-directionsText').inputValue()).toBe(DIRECTIONS);
  });

  it('refuses a template with a broken placeholder, saying where, and keeps nothing', async () => {
    await page.getByTestId('reports-tabs').getByText('Mẫu báo cáo').click();
    const table = page.getByTestId('templates-table');
    await table.locator('tr.template-row').first().waitFor();
    const before = (await call('templates.list', {})).length;

    const original = fs.readFileSync(path.join(ROOT, 'templates', 'thong-ke.docx'));
    const zip = await JSZip.loadAsync(original);
    const xml = (await zip.file('word/document.xml')!.async('string'));
    expect(xml).toContain('{{trich_yeu}}');
    zip.file('word/document.xml', xml.replace('{{trich_yeu}}', '{{trich_yeu'));
    const broken = await zip.generateAsync({ type: 'nodebuffer' });

    await page.getByTestId('template-file').setInputFiles({ name: 'thong-ke-hong.docx', mimeType: DOCX_MIME, buffer: broken });
    expect(await page.getByTestId('template-file-name').textContent()).toBe('thong-ke-hong.docx');
    await page.getByTestId('import-template').click();
    const refusal = page.getByTestId('import-error');
    await refusal.waitFor();
    const message = (await refusal.textContent()) ?? '';
    expect(message).toContain('chưa dùng được');
    expect(message).toContain('Thiếu dấu "}}"');
    expect(message).toContain('{{trich_yeu');
    expect((await call('templates.list', {})).length).toBe(before);
  });

  it('imports a valid template: it is listed as valid, with its placeholders explained', async () => {
    const NAME = 'Thống kê quý — mẫu của Văn phòng (kiểm thử)';
    await page.getByTestId('template-file').setInputFiles(path.join(ROOT, 'templates', 'thong-ke.docx'));
    await page.getByLabel('Tên mẫu').fill(NAME);
    await page.getByTestId('import-template').click();
    await expect.poll(async () => page.getByTestId('import-outcome').textContent()).toContain(`Đã nhập mẫu “${NAME}”`);
    const row = page.getByTestId('templates-table').locator('tr.template-row', { hasText: NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('hợp lệ');
    expect(await row.textContent()).toContain('Báo cáo thống kê văn bản');
    // Opened after the import: the placeholders with their Vietnamese meaning.
    const detail = page.getByTestId('template-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('{{trich_yeu}}');
    expect(await detail.textContent()).toContain('Trích yếu của báo cáo');
    const listed = (await call('templates.list', {})).find((t) => t.name === NAME);
    expect(listed).toMatchObject({ report: 'thong-ke', format: 'docx', builtIn: false });

    // And it can be chosen for the report.
    await page.getByTestId('reports-tabs').getByText('Lập báo cáo').click();
    await page.getByText('Báo cáo thống kê văn bản').click();
    await page.locator('#report-template').click();
    await option(NAME).waitFor();
    await page.keyboard.press('Escape');
    expect(s.problems).toEqual([]);
  });
});
