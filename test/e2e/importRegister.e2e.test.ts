// "Nhập sổ cũ từ Excel" on the register page, in real headless Chromium against browser mode: the
// refused rows shown with Excel's row numbers and nothing written, then the corrected file imported.
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, type Session } from '../helpers/browser';
import { excelDate, oldRegisterXlsx, type OldRow } from '../helpers/oldRegister';
import { tempDir } from '../helpers/tempBackend';

let s: Session;

beforeAll(async () => {
  s = await openApp({ sample: false, path: '' });
}, 120_000);

afterAll(async () => {
  await s?.close();
});

const GOOD: OldRow[] = [
  [31, excelDate('2019-03-04'), 'Ban Chấp hành Trung ương', '12 - NQ / TW', '28/02/2019', 'Nghị quyết về công tác cán bộ', '', '', ''],
  [32, '05/03/2019', 'Tỉnh ủy Lâm Đồng', '3-KH/TU', '1/3/19', 'Kế hoạch thực hiện', '', '', ''],
];

describe('import of an old register on screen', () => {
  it('lists the refused rows without writing, then imports the corrected file with its numbers', async () => {
    const dir = tempDir();
    const bad = await oldRegisterXlsx([...GOOD, [33, '30/02/2019', 'Huyện ủy', '5-BC/HU', '', 'Báo cáo', '', '', '']]);
    const good = await oldRegisterXlsx(GOOD);
    fs.writeFileSync(path.join(dir, 'so-loi.xlsx'), bad.content);
    fs.writeFileSync(path.join(dir, 'so-dung.xlsx'), good.content);
    const { page } = s;

    await page.getByTestId('import-open').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(path.join(dir, 'so-loi.xlsx'));
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    expect(await refused.locator('tbody tr.ant-table-row').first().innerText()).toMatch(new RegExp(`^${bad.firstDataRow + 2}\\s+Ngày đến\\s+30/02/2019\\s+Không có ngày 30/02/2019`));
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-preview').locator('tbody tr.ant-table-row').first().innerText()).toMatch(new RegExp(`^${bad.firstDataRow}\\s+31\\s+04/03/2019\\s+Ban Chấp hành Trung ương\\s+12-NQ/TW\\s+28/02/2019`));

    await page.locator('.ant-modal input[type=file]').setInputFiles(path.join(dir, 'so-dung.xlsx'));
    await page.getByTestId('import-refused').waitFor({ state: 'detached' });
    await page.getByTestId('import-run').click();
    await page.locator('.ant-message').getByText('Đã nhập 2 văn bản vào sổ.').waitFor();
    const list = await callApi(s, 'incoming.list', { sort: 'arrival', order: 'asc', limit: 10 });
    expect(list.items.map((e) => [e.arrivalNumber, e.symbol])).toEqual([[31, '12-NQ/TW'], [32, '3-KH/TU']]);
  }, 120_000);
});
