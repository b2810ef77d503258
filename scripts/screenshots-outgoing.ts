// Screenshots of "Sổ văn bản đi" and "Bản sao" on the sample register: the list, a number taken and filled in,
// voiding a number, an issued document edited ("Sửa"), an outgoing document's copies, a copy's detail with its distribution, and the deliveries.
//   node --import tsx scripts/screenshots-outgoing.ts OUTDIR [WIDTHxHEIGHT]   (default 1366x768)
import fs from 'node:fs';
import path from 'node:path';
import { callApi, openApp } from '../test/helpers/browser';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });
await (ensureRendererBuilt as () => Promise<void>)();
const session = await openApp({ path: 'so-di' });
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });
const suffix = size ? `-${size[1]}x${size[2]}` : '';

async function shot(name: string) {
  await page.waitForTimeout(500); // let drawers, modals and messages finish their animation
  const file = path.join(outDir, `${name}${suffix}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  // A number taken today, as a clerk does before the document is signed.
  const today = new Date().toISOString().slice(0, 10);
  const reserved = await callApi(session, 'outgoing.add', { documentDate: today, typeCode: 'BC', issuerCode: 'TU', reserve: true });
  await page.reload();
  const list = page.getByTestId('outgoing-page');
  await list.locator(`tr[data-entry-id="${reserved.id}"]`).waitFor({ timeout: 20_000 });
  await shot('30-so-di');

  await page.getByRole('button', { name: 'Vào sổ văn bản đi' }).click();
  await page.getByTestId('outgoing-form').waitFor();
  await page.locator('#typeCode').fill('KH');
  await page.locator('#issuerCode').fill('TU');
  await page.locator('#abstract').fill('Kế hoạch tổ chức hội nghị quán triệt Nghị quyết 43-NQ/TW');
  await page.getByTestId('outgoing-preview').getByText('Số, ký hiệu sẽ cấp').waitFor();
  await shot('31-so-di-vao-so');
  await page.keyboard.press('Escape');

  await list.locator(`tr[data-entry-id="${reserved.id}"]`).click();
  await page.getByTestId('outgoing-detail').waitFor();
  await shot('32-so-di-da-lay-so');
  await page.getByTestId('outgoing-complete').click();
  await page.getByTestId('outgoing-complete-form').waitFor();
  await page.locator('#complete_abstract').fill('Báo cáo kết quả 6 tháng thực hiện Nghị quyết 43-NQ/TW');
  await page.locator('#complete_signer').fill('Nguyễn Văn A');
  await shot('33-so-di-dien-van-ban');
  await page.keyboard.press('Escape');
  await page.getByTestId('outgoing-void').click();
  await page.getByTestId('reason-input').fill('Văn bản không ban hành');
  await shot('34-so-di-huy-so');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.locator('.ant-drawer-close').click();

  // An issued document edited after issuing: Ngày chuyển and Ký nhận filled in ("Sửa"), then the row and history.
  const issued = await callApi(session, 'outgoing.add', {
    documentDate: today, typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo sơ kết 6 tháng thực hiện Nghị quyết 43-NQ/TW', signer: 'Nguyễn Văn A',
    recipients: ['Ban Bí thư', 'Văn phòng Trung ương Đảng'],
  });
  await page.reload();
  await list.locator(`tr[data-entry-id="${issued.id}"]`).click();
  await page.getByTestId('outgoing-edit').click();
  await page.getByTestId('outgoing-edit-form').waitFor();
  await page.locator('#edit_forwardedDate').fill(today.split('-').reverse().join('/'));
  await page.locator('#edit_receivedBy').fill('Hoàng Văn Tùng');
  await page.locator('#edit_copies').fill('5');
  await shot('34b-so-di-sua');
  await page.getByTestId('complete-save').click();
  await page.getByTestId('outgoing-edit-form').waitFor({ state: 'detached' });
  await page.getByTestId('outgoing-detail').getByText('Lịch sử thay đổi').click();
  await page.getByTestId('record-history-item').first().scrollIntoViewIfNeeded();
  await shot('34c-so-di-da-sua');
  await page.locator('.ant-drawer-close').click();
  await shot('34d-so-di-ngay-chuyen');

  // The Tỉnh ủy's programme: its copies, made from the outgoing register.
  const programme = (await callApi(session, 'outgoing.list', { q: '38-CTr/TU', limit: 5 })).items.find((e) => e.symbol === '38-CTr/TU');
  if (programme) {
    await callApi(session, 'copies.add', {
      sourceKind: 'outgoing', sourceId: programme.id, form: 'SY', date: programme.documentDate,
      recipients: ['Các huyện ủy, thành ủy, đảng ủy trực thuộc', 'Báo Lạng Sơn'],
    });
    await page.getByLabel('Tìm văn bản đi').fill('38-CTr/TU');
    await list.locator(`tr[data-entry-id="${programme.id}"]`).click();
    await page.getByTestId('entry-copies').scrollIntoViewIfNeeded();
    await shot('35-so-di-ban-sao');
    await page.getByTestId('make-copy').click();
    await page.getByTestId('copy-preview').waitFor();
    await shot('35b-so-di-sao-van-ban');
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-close').click();
  }

  await page.getByRole('menuitem', { name: 'Bản sao' }).click();
  await page.locator('tr.copy-row').first().waitFor();
  await shot('36-ban-sao');
  const seed = (await callApi(session, 'copies.list', { q: '1274' })).items[0];
  if (seed) {
    await callApi(session, 'copies.deliver', { deliveryId: seed.deliveries[0].id, receivedDate: '2023-12-05', receivedBy: 'Văn thư Huyện ủy' });
    await page.locator(`tr[data-copy-id="${seed.id}"]`).click();
    await page.getByTestId('copy-detail').waitFor();
    await shot('37-ban-sao-chi-tiet');
    await page.getByTestId('copy-deliveries').scrollIntoViewIfNeeded();
    await shot('38-ban-sao-phat-hanh');
    await page.getByTestId('delivery-edit').nth(1).click();
    await page.getByTestId('delivery-form').waitFor();
    await shot('39-ban-sao-ghi-nhan');
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-close').click();
  }
  // A mistaken copy, cancelled with its reason: it stays in the book, struck through.
  const mistaken = (await callApi(session, 'copies.list', { q: '1276' })).items[0];
  if (mistaken) {
    await callApi(session, 'copies.cancel', { id: mistaken.id, reason: 'Trích sao nhầm mục, đã làm lại bản khác' });
    await page.reload();
    await page.locator(`tr[data-copy-id="${mistaken.id}"]`).click();
    await page.getByTestId('copy-cancelled').waitFor();
    await shot('39b-ban-sao-da-huy');
    await page.locator('.ant-drawer-close').click();
  }
  await page.getByRole('tab', { name: 'Phát hành: nơi nhận' }).click();
  await page.getByTestId('deliveries-tab').locator('tbody tr.ant-table-row').first().waitFor();
  await shot('40-phat-hanh');
  if (session.problems.length) console.error(session.problems.join('\n'));
} finally {
  await session.close();
}
