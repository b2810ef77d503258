import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { excelDate, oldRegisterXlsx } from '../helpers/oldRegister';
import { tempDir } from '../helpers/tempBackend';

// `vanthu den import`: the JSON the interface promises, the dry run, and nothing imported with a refusal.

async function files() {
  const dir = tempDir();
  const good = await oldRegisterXlsx([
    [7, excelDate('2024-02-01'), 'Ban Chấp hành Trung ương', '45 - NQ/TW', '30/01/2024', 'Nghị quyết về xây dựng Đảng', 'Ban Tổ chức', '', ''],
    [8, '02/02/2024', 'Tỉnh ủy Lâm Đồng', '9-KH/TU', '1/2/24', 'Kế hoạch học tập', '', '', ''],
  ], { sheetName: 'Năm 2024' });
  const bad = await oldRegisterXlsx([
    [1, '02/02/2024', 'Tỉnh ủy Lâm Đồng', '9-KH/TU', '', 'Kế hoạch học tập', '', '', ''],
    [2, '30/02/2024', 'Tỉnh ủy Lâm Đồng', '10-KH/TU', '', 'Kế hoạch', '', '', ''],
  ]);
  fs.writeFileSync(path.join(dir, 'good.xlsx'), good.content);
  fs.writeFileSync(path.join(dir, 'bad.xlsx'), bad.content);
  return { dir, db: path.join(dir, 'v.db'), good: path.join(dir, 'good.xlsx'), bad: path.join(dir, 'bad.xlsx'), badRow: bad.firstDataRow + 1 };
}

const countOf = (db: string) => vanthu('den', 'list', '--db', db, '--json').json().total;

describe('vanthu den import', () => {
  it('refuses the whole file with a non-zero exit when a row is refused, listing it as Excel numbers it', async () => {
    const f = await files();
    vanthu('init', '--db', f.db);
    const run = vanthu('den', 'import', '--db', f.db, '--file', f.bad, '--json');
    expect(run.code).not.toBe(0);
    expect(run.json()).toEqual({ imported: 0, warnings: [],
      refused: [{ row: f.badRow, column: 'Ngày đến', value: '30/02/2024', reason: 'Không có ngày 30/02/2024: tháng 2 năm 2024 chỉ có 29 ngày.' }] });
    expect(countOf(f.db)).toBe(0);
  }, 300_000);

  it('dry run lists and writes nothing; the import keeps the numbers; --sheet names the worksheet', async () => {
    const f = await files();
    vanthu('init', '--db', f.db);
    const dry = vanthu('den', 'import', '--db', f.db, '--file', f.good, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json()).toEqual({ imported: 0, refused: [], warnings: [] });
    // Had the dry run written anything, numbers 7 and 8 would now be refused as used.

    const wrongSheet = vanthu('den', 'import', '--db', f.db, '--file', f.good, '--sheet', 'Năm 2023', '--json');
    expect(wrongSheet.code).not.toBe(0);
    expect(wrongSheet.stderr).toContain('Tệp không có trang tính "Năm 2023"');

    const run = vanthu('den', 'import', '--db', f.db, '--file', f.good, '--sheet', 'Năm 2024', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toEqual({ imported: 2, refused: [], warnings: [] });
    const items = vanthu('den', 'list', '--db', f.db, '--json').json().items;
    expect(items.map((e: any) => [e.arrivalNumber, e.symbol, e.documentDate]).sort()).toEqual([[7, '45-NQ/TW', '2024-01-30'], [8, '9-KH/TU', '2024-02-01']]);
  }, 300_000);
});
