// Screenshots of the task follow-up screens at the clerks' screen size (1366×768), to look at them.
//   node --import tsx scripts/screenshots-tasks.ts OUTDIR [WIDTHxHEIGHT]   (e.g. 1024x700; default 1366x768)
// Starts browser mode on a temp database with the sample data; builds the UI first when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../test/helpers/browser';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

await (ensureRendererBuilt as () => Promise<void>)();
const session = await openApp({ path: 'nhiem-vu/tong-quan' });
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });
const plan = fs.readFileSync(path.join(import.meta.dirname, '..', 'test', 'fixtures', 'plan-tinh-uy.txt'), 'utf8');

async function shot(name: string) {
  await page.waitForTimeout(400); // let popups and messages finish their animation
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  // 1. Start-up: the reminder banner over the dashboard.
  await page.getByTestId('overdue-reminder').waitFor();
  await page.getByTestId('task-dashboard').waitFor();
  await shot('10-nhiem-vu-tong-quan');

  // 2. Per directive, with the status select open on the first row.
  await page.getByTestId('overdue-reminder').getByRole('button', { name: 'Xem nhiệm vụ' }).click();
  await page.getByRole('tab', { name: 'Theo văn bản' }).click();
  await page.getByTestId('directive-tasks').locator('tr.task-row').first().waitFor();
  await shot('11-nhiem-vu-theo-van-ban');
  await page.getByTestId('directive-tasks').locator('.status-select').nth(4).click();
  await shot('12-doi-trang-thai');
  await page.keyboard.press('Escape');

  // 3. The progress timeline of the last task (with reports linked).
  await page.getByTestId('directive-tasks').locator('button[data-testid^="progress-"]').last().click();
  await page.getByTestId('progress-form').waitFor();
  await shot('13-tien-do');
  await page.keyboard.press('Escape');

  // 4. Per body.
  await page.getByRole('tab', { name: 'Theo đơn vị' }).click();
  await page.getByRole('combobox', { name: 'Đơn vị', exact: true }).click();
  await page.keyboard.type('ban dan van tinh');
  await page.keyboard.press('Enter');
  await page.getByTestId('unit-tasks').locator('tr.task-row').first().waitFor();
  await shot('14-nhiem-vu-theo-don-vi');

  // 5. Import from a pasted plan.
  await page.getByRole('tab', { name: 'Nhập nhiệm vụ từ văn bản' }).click();
  await page.getByLabel('Văn bản chỉ đạo').click();
  await page.keyboard.type('43-NQ/TW');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.getByTestId('plan-text').fill(plan);
  await shot('15-nhap-dan-van-ban');
  await page.getByTestId('extract').click();
  await page.getByTestId('proposal-table').locator('tbody tr.ant-table-row').first().waitFor();
  await shot('16-nhap-de-xuat');

  // 6. Review rounds.
  await page.goto(`${session.app.url}/#/so-ket`);
  await page.getByTestId('round-table').locator('tbody tr.ant-table-row').first().waitFor();
  await shot('17-so-ket');
  await page.getByTestId('round-table').getByRole('button', { name: 'Gắn báo cáo' }).first().click();
  await page.getByRole('dialog').waitFor();
  await shot('18-gan-bao-cao');
  await page.keyboard.press('Escape');

  // 7. Address book and groups.
  await page.goto(`${session.app.url}/#/don-vi`);
  await page.getByTestId('units-table').locator('tbody tr.ant-table-row').first().waitFor();
  await shot('19-danh-ba-don-vi');
  await page.getByRole('tab', { name: /Nhóm đơn vị/ }).click();
  await shot('20-nhom-don-vi');

  if (session.problems.length) console.warn(`Lỗi trên trang:\n${session.problems.join('\n')}`);
} finally {
  await session.close();
}
