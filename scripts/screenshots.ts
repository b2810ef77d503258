// Screenshots of the main screens at the clerks' screen size (1366×768), to look at them.
//   node --import tsx scripts/screenshots.ts OUTDIR [WIDTHxHEIGHT]   (e.g. 1024x700; default 1366x768)
// Starts browser mode on a temp database with the sample data; builds the UI first when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { openApp } from '../test/helpers/browser';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

await (ensureRendererBuilt as () => Promise<void>)();
const session = await openApp();
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });

async function shot(name: string, target: Page = page) {
  await target.waitForTimeout(350); // let drawers and messages finish their animation
  const file = path.join(outDir, `${name}.png`);
  await target.screenshot({ path: file });
  console.log(file);
}

try {
  // 1. The register, newest first.
  await page.locator('[data-testid="register-scroll"] tr.row').first().waitFor();
  await shot('01-so-den');

  // 2. A search and filters in use.
  await page.getByTestId('register-search').fill('dai doan ket');
  await page.getByRole('button', { name: /Lọc thêm/ }).click();
  await page.getByLabel('Độ khẩn').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Thường' }).click();
  await page.waitForTimeout(400);
  await shot('02-tim-va-loc');

  // 3. The entry form with a field error: an arrival number already used in the 2023 book.
  await page.getByRole('button', { name: 'Xóa lọc' }).click();
  await page.keyboard.press('Control+n');
  const form = page.getByTestId('entry-form');
  await form.waitFor();
  await page.locator('#entry_arrivalDate').fill('28/11/2023');
  await page.locator('#entry_arrivalNumber').fill('11646');
  await page.locator('#entry_issuer').fill('Ban Chấp hành Trung ương');
  await page.locator('#entry_symbol').fill('43-NQ/TW');
  await page.locator('#entry_documentDate').fill('24/11/2023');
  await page.locator('#entry_abstract').fill('Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc');
  await page.locator('#entry_handlingUnit').fill('Ban Dân vận Tỉnh ủy');
  await page.locator('#entry_handlingUnit').press('Tab');
  await page.getByTestId('entry-save').click();
  await page.getByTestId('entry-error').waitFor();
  await shot('03-form-loi-so-den');

  // 4. The detail of the real case: Nghị quyết 43-NQ/TW, số đến 11646.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bỏ, đóng mẫu nhập' }).click(); // a half-typed entry asks first
  await page.getByTestId('register-search').fill('43-NQ/TW');
  await page.locator('tr.row[data-arrival-number="11646"]').first().click();
  await page.getByTestId('entry-detail').waitFor();
  await shot('04-chi-tiet');
  // …its files and history, after attaching a file.
  await page.getByTestId('attach-input').setInputFiles({ name: 'NQ43-NQTW.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 mẫu') });
  await page.locator('.attachment-name', { hasText: 'NQ43-NQTW.pdf' }).waitFor();
  await page.locator('.detail-drawer .ant-drawer-body').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await shot('04b-chi-tiet-tep-lich-su');

  // The same directive arriving again on paper: saved, with a warning naming the first arrival.
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await page.waitForTimeout(400);
  await page.keyboard.press('Control+n');
  await form.waitFor();
  await page.locator('.entry-form label', { hasText: 'Bản giấy' }).click();
  await page.locator('#entry_issuer').fill('Ban Chấp hành Trung ương');
  await page.locator('#entry_symbol').fill('43-NQ/TW');
  await page.locator('#entry_documentDate').fill('24/11/2023');
  await page.locator('#entry_abstract').fill('Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc');
  await page.locator('#entry_abstract').press('Control+Enter');
  await page.getByTestId('entry-warnings').waitFor();
  await shot('04c-canh-bao-trung');

  // 5. Settings.
  await page.goto(`${session.app.url}/#/cai-dat`);
  await page.getByTestId('settings-form').waitFor();
  await shot('05-cai-dat');

  // 6. Catalog: type codes.
  await page.goto(`${session.app.url}/#/danh-muc`);
  await page.getByTestId('type-codes-table').waitFor();
  await shot('06-danh-muc');

  // 7. Báo cáo: the statistics report of Quý I/2024 previewed as the Word document.
  await page.goto(`${session.app.url}/#/bao-cao/lap`);
  await page.getByTestId('report-params').waitFor();
  const pick = (text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await page.getByTestId('period-year').fill('2024');
  await page.getByTestId('period-number').click();
  await pick(/^Quý I$/).click();
  await page.getByTestId('report-preview-button').click();
  await page.locator('[data-testid="report-preview"] section.docx').first().waitFor({ timeout: 20_000 });
  await shot('07-bao-cao-thong-ke');

  // 7b. The same report as Excel: its sheets shown as tables.
  await page.getByText('Excel (.xlsx)').click();
  await page.getByTestId('report-preview-button').click();
  await page.locator('[data-testid="report-preview"] table.sheet-table').waitFor({ timeout: 20_000 });
  await shot('07b-bao-cao-excel');

  // 8. Sơ kết 01 năm Nghị quyết 43-NQ/TW: the sections the specialist writes.
  await page.getByText('Word (.docx)').click();
  await page.getByText('Báo cáo sơ kết, tổng kết').click();
  await page.getByTestId('report-directive').click();
  await page.keyboard.type('43-NQ/TW');
  await pick('43-NQ/TW').click();
  const limits = page.getByTestId('text-limitsText');
  await page.waitForFunction(() => !(document.querySelector('[data-testid="text-limitsText"]') as HTMLTextAreaElement | null)?.disabled);
  await limits.fill([
    'Một số cấp ủy cơ sở ban hành kế hoạch thực hiện còn chậm so với yêu cầu; việc báo cáo định kỳ chưa đầy đủ.',
    'Nguyên nhân: một số nơi chưa bố trí cán bộ theo dõi; nhận thức về vai trò của công tác dân vận chưa đồng đều.',
  ].join('\n'));
  await page.getByTestId('text-directionsText').fill('Tiếp tục quán triệt sâu rộng Nghị quyết; đôn đốc các đơn vị hoàn thành nhiệm vụ đúng hạn.');
  await page.getByTestId('save-texts').click();
  await page.getByTestId('review-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
  await shot('08-bao-cao-so-ket-noi-dung');

  await page.getByTestId('report-preview-button').click();
  await page.locator('[data-testid="report-preview"] section.docx').first().waitFor({ timeout: 20_000 });
  // Scrolled to section III, where the specialist's text lands in the report.
  await page.getByTestId('report-preview').getByText('Nguyên nhân: một số nơi', { exact: false }).first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('08b-bao-cao-so-ket-xem-truoc');

  // 9. Mẫu báo cáo: a template with a broken placeholder refused, with where it is broken.
  await page.getByTestId('reports-tabs').getByText('Mẫu báo cáo').click();
  await page.getByTestId('templates-table').locator('tr.template-row').first().waitFor();
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(import.meta.dirname, '..', 'templates', 'thong-ke.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('{{trich_yeu}}', '{{trich_yeu').replace('{{nguoi_ky}}', '{{Người ký}}'));
  await page.getByTestId('template-file').setInputFiles({
    name: 'thong-ke-van-phong.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await zip.generateAsync({ type: 'nodebuffer' }),
  });
  await page.getByTestId('import-template').click();
  await page.getByTestId('import-error').waitFor();
  await shot('09-mau-bao-cao-tu-choi');

  // 9b. A template's placeholders, their meaning and its check.
  await page.getByTestId('templates-table').locator('tr.template-row', { hasText: 'Báo cáo sơ kết, tổng kết — mẫu mặc định (Word)' }).click();
  await page.getByTestId('template-detail').waitFor();
  await page.getByTestId('template-detail').evaluate((el) => el.closest('tr')?.previousElementSibling?.scrollIntoView({ block: 'start' }));
  await shot('09b-mau-bao-cao-cho-dien');

  if (session.problems.length) console.warn(`Lỗi trên trang:\n${session.problems.join('\n')}`);
} finally {
  await session.close();
}
