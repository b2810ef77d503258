// Screenshots of "Nhập sổ cũ từ Excel" on the register page, to look at them.
//   node --import tsx scripts/screenshots-import.ts OUTDIR [WIDTHxHEIGHT]   (default 1366x768)
// Starts browser mode on a temp database with the sample data; builds the UI first when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../test/helpers/browser';
import { excelDate, oldRegisterXlsx, type OldRow } from '../test/helpers/oldRegister';
// @ts-expect-error plain JS build helper without types
import { ensureRendererBuilt } from './build-lib.mjs';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

await (ensureRendererBuilt as () => Promise<void>)();
const session = await openApp({ path: '' });
const { page } = session;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
if (size) await page.setViewportSize({ width: Number(size[1]), height: Number(size[2]) });

const rows: OldRow[] = [
  [1, excelDate('2019-01-03'), 'Ban Chấp hành Trung ương', '12 - NQ / TW', excelDate('2018-12-28'), 'Nghị quyết về công tác cán bộ', 'Ban Tổ chức Tỉnh ủy', '', ''],
  [2, '05/01/2019', 'Tỉnh ủy Lâm Đồng', '3-KH/TU', '3/1/19', 'Kế hoạch thực hiện Nghị quyết 12-NQ/TW', 'Văn phòng', '', 'Bản sao'],
  [3, '8/1/2019', 'Ban Tuyên giáo Trung ương', ' 45 -HD/BTGTW', '02/01/2019', 'Hướng dẫn tuyên truyền kỷ niệm 89 năm Ngày thành lập Đảng', '', '', ''],
  [4, '32/01/2019', 'Huyện ủy Đức Trọng', '5-BC/HU', '', 'Báo cáo quý I', '', '', ''],
  [5, '10/01/2019', '', '6-CV/HU', '', 'Công văn về việc họp', '', '', ''],
  ['năm', '11/01/2019', 'Đảng ủy Khối', '7-TB/ĐUK', '', 'Thông báo kết luận', '', '', ''],
];
const file = path.join(outDir, 'so-den-2019.xlsx');
fs.writeFileSync(file, (await oldRegisterXlsx(rows)).content);

async function shot(name: string) {
  await page.waitForTimeout(400);
  const out = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: out });
  console.log(out);
}

try {
  await page.getByTestId('import-open').waitFor();
  await shot('19-so-den-nut-nhap-so-cu');
  await page.getByTestId('import-open').click();
  await shot('20-nhap-so-cu');
  await page.locator('.ant-modal input[type=file]').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await shot('21-nhap-so-cu-xem-truoc');
  await page.getByTestId('import-refused').scrollIntoViewIfNeeded();
  await shot('22-nhap-so-cu-loi');
} finally {
  await session.close();
}
