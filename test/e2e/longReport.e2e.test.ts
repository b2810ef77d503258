// A long report in real headless Chromium against browser mode: the progress bar with its steps while
// the register book of 6,000 entries is written, "Hủy" stops it, the next request runs to the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { arrivalDates, createRng, plausibleEntry } from '../../electron/backend/sample/generator';
import { startWeb } from '../../electron/backend/web/main';
import { IncomingInput } from '../../shared/schemas';
import { assertRendererBuilt, DESKTOP_VIEWPORT, launchBrowser, RENDERER_DIR } from '../helpers/browser';

const ROWS = 6000;
let dir: string;
let web: Awaited<ReturnType<typeof startWeb>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertRendererBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-long-'));
  const dbPath = path.join(dir, 'vanthu.db');
  const filler = createBackend({ dbPath, mode: 'test' });
  const rng = createRng(6);
  filler.services.incoming.importMany(arrivalDates(rng, '2024-01-02', '2024-12-30', ROWS).map((d) => IncomingInput.parse(plausibleEntry(rng, d))) as never);
  filler.close();
  web = await startWeb({ port: 0, db: dbPath, staticDir: RENDERER_DIR, sample: false });
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'vi-VN' })).newPage();
  await page.goto(`${web.pageUrl}#/bao-cao`);
  await page.getByTestId('report-params').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a long report in a real browser', () => {
  it('shows the steps of the register book under the buttons; "Hủy" stops it and says so', async () => {
    await page.locator('#report-kind').getByText('Sổ đăng ký văn bản đến').click();
    await page.getByTestId('report-preview-button').click();
    const bar = page.getByTestId('job-progress');
    await bar.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('job-progress-label').textContent(), { timeout: 30_000, interval: 50 }).toBe('Đang tạo tệp Word…');
    await page.getByTestId('job-cancel').click();
    await bar.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByTestId('report-error').textContent()).toContain('Đã hủy theo yêu cầu');
    expect(await page.getByTestId('report-summary').count()).toBe(0);
  });

  it('runs the same request again to its end, and the bar goes away', async () => {
    await page.getByTestId('report-preview-button').click();
    await expect.poll(() => page.getByTestId('report-summary').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^${ROWS} văn bản`));
    expect(await page.getByTestId('job-progress').count()).toBe(0);
    expect(await page.getByTestId('report-error').count()).toBe(0);
  });
});
