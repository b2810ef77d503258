// Screenshots of the "nothing is lost" screens in Cài đặt: backups (with the restore preview) and the trash.
//   node --import tsx scripts/screenshots-safety.ts OUTDIR [WIDTHxHEIGHT]   (default 1366x768)
import fs from 'node:fs';
import path from 'node:path';
import { callApi, openApp } from '../test/helpers/browser';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });
await (ensureRendererBuilt as () => Promise<void>)();
const session = await openApp({ path: 'cai-dat' });
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });
const suffix = size ? `-${size[1]}x${size[2]}` : '';

async function shot(name: string) {
  await page.waitForTimeout(400); // let modals and messages finish their animation
  const file = path.join(outDir, `${name}${suffix}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  // Something in the trash: a body added and deleted, a task deleted.
  const unit = await callApi(session, 'units.save', { name: 'Huyện ủy Văn Quan (cũ)', category: 'Các huyện ủy' });
  await callApi(session, 'units.delete', { id: unit.id });
  const tasks = await callApi(session, 'tasks.list', {});
  if (tasks.items[0]) await callApi(session, 'tasks.delete', { id: tasks.items[0].id });
  await page.reload();
  await page.getByTestId('backup-now').click();
  await page.locator('[data-testid="backup-table"] tbody tr', { hasText: 'Sao lưu tay' }).first().waitFor();
  await page.getByTestId('backup-section').scrollIntoViewIfNeeded();
  await shot('20-sao-luu');
  await page.locator('[data-testid="backup-table"] tbody tr').first().getByRole('button', { name: 'Khôi phục…' }).click();
  await page.getByTestId('restore-preview').waitFor();
  await shot('21-khoi-phuc-xem-truoc');
  await page.locator('.ant-modal-confirm-btns button', { hasText: 'Đóng' }).click();
  await page.getByTestId('trash-section').scrollIntoViewIfNeeded();
  await shot('22-thung-rac');
  await page.getByLabel('Người làm việc trên máy này').fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await callApi(session, 'settings.update', { signerName: 'Hoàng Văn Bình' });
  await page.getByLabel('Tìm trong lịch sử').fill('');
  await page.getByLabel('Tìm trong lịch sử').press('Enter');
  await page.getByTestId('history-section').scrollIntoViewIfNeeded();
  await shot('23-lich-su');
  if (session.problems.length) console.error(session.problems.join('\n'));
} finally {
  await session.close();
}
