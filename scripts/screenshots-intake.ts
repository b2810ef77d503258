// Screenshots of the watched folder of received files: Cài đặt → Nhận văn bản từ thư mục, the register's
// "Văn bản mới nhận" list, and a proposed file opened for confirmation.
//   node --import tsx scripts/screenshots-intake.ts OUTDIR [WIDTHxHEIGHT]   (default 1366x768)
// Starts browser mode on a temp database with the sample data; builds the UI first when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { callApi, openApp } from '../test/helpers/browser';
import { decisionDocx, receivedPdfs } from '../test/helpers/receivedFiles';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

await (ensureRendererBuilt as () => Promise<void>)();
const [pdfs, docx, session] = await Promise.all([receivedPdfs(), decisionDocx(), openApp({ path: 'cai-dat' })]);
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });
const inbox = path.join(session.app.dir, 'VanBanDen');
fs.mkdirSync(inbox);

async function shot(name: string) {
  await page.waitForTimeout(400);
  const out = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: out });
  console.log(out);
}

try {
  const section = page.getByTestId('intake-folder-section');
  await section.waitFor();
  await page.getByLabel('Thư mục nhận văn bản').fill(inbox);
  await section.getByRole('button', { name: 'Lưu thư mục' }).click();
  await section.getByText(/Đang theo dõi/).waitFor();
  await section.scrollIntoViewIfNeeded();
  await shot('30-cai-dat-thu-muc-nhan-van-ban');

  fs.writeFileSync(path.join(inbox, 'NQ-43-NQ-TW.pdf'), pdfs.resolution);
  fs.writeFileSync(path.join(inbox, 'QD-123-UBND.docx'), docx);
  fs.writeFileSync(path.join(inbox, 'CTr-15-TU.pdf'), pdfs.programme);
  await page.getByRole('menuitem', { name: 'Sổ văn bản đến' }).click();
  const button = page.getByTestId('received-open');
  for (let i = 0; i < 60 && (await button.getAttribute('aria-label').catch(() => null)) !== 'Văn bản mới nhận: 3'; i++) await page.waitForTimeout(500);
  // Wait until all three are read, so the list names the documents.
  for (let i = 0; i < 60 && (await callApi(session, 'intake.proposed', {})).items.some((f) => !f.read); i++) await page.waitForTimeout(500);
  await shot('31-so-den-van-ban-moi-nhan');
  await button.click();
  await page.getByTestId('received-item').nth(2).waitFor();
  await page.waitForTimeout(4500);
  await shot('32-van-ban-moi-nhan-danh-sach');
  await page.getByTestId('received-item').filter({ hasText: 'NQ-43-NQ-TW.pdf' }).getByRole('button').first().click();
  await page.getByTestId('intake-review').waitFor();
  await shot('33-van-ban-moi-nhan-xac-nhan');
} finally {
  await session.close();
}
