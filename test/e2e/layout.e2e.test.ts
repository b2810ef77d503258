// The screens on the office screens still common: 1024×700 and 1152×700. A table whose columns all have a
// width but one gave that one what was left — 0 px — and its text ran down one letter per line ("Đơn vị"
// of the review round, "Nội dung" of the tasks). Each screen here is opened at both sizes; its key text
// columns must keep a readable width and no text on the page may be laid out a letter or two per line.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, openApp, type Session } from '../helpers/browser';

const VIEWPORTS = [{ width: 1024, height: 700 }, { width: 1152, height: 700 }];

/** The least widths: a task's content is running text; a body's or a template's name is a few words. */
const CONTENT = 180;
const NAME = 120;

interface KeyColumn { table: string; header: string; min: number }
interface Screen {
  name: string;
  path: string;
  /** Waits for the data, and brings the screen into the state measured. */
  ready(page: Page): Promise<void>;
  columns: KeyColumn[];
  /** What else this screen must show whole. */
  check?(page: Page): Promise<void>;
}

const firstRow = (page: Page, table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row').first().waitFor({ timeout: 20_000 });
const plan = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'plan-tinh-uy.txt'), 'utf8');

const SCREENS: Screen[] = [
  {
    name: 'Theo dõi nhiệm vụ — Tổng quan',
    path: 'nhiem-vu/tong-quan',
    ready: async (page) => { await firstRow(page, 'section-overdue'); },
    columns: [{ table: 'section-overdue', header: 'Nội dung', min: CONTENT }],
  },
  {
    name: 'Theo dõi nhiệm vụ — Theo văn bản',
    path: 'nhiem-vu/theo-van-ban',
    ready: async (page) => { await firstRow(page, 'directive-tasks'); },
    columns: [{ table: 'directive-tasks', header: 'Nội dung', min: CONTENT }, { table: 'directive-tasks', header: 'Đơn vị chủ trì', min: NAME }],
  },
  {
    name: 'Theo dõi nhiệm vụ — Theo đơn vị',
    path: 'nhiem-vu/theo-don-vi',
    ready: async (page) => {
      await page.getByRole('combobox', { name: 'Đơn vị', exact: true }).click();
      await page.keyboard.type('ban dan van tinh');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Ban Dân vận Tỉnh ủy' }).first().click();
      await firstRow(page, 'unit-tasks');
    },
    columns: [{ table: 'unit-tasks', header: 'Nội dung', min: CONTENT }],
  },
  {
    name: 'Theo dõi nhiệm vụ — Nhập nhiệm vụ từ văn bản',
    path: 'nhiem-vu/nhap',
    ready: async (page) => {
      await page.getByLabel('Văn bản chỉ đạo').click();
      await page.keyboard.type('43-NQ/TW');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await page.getByTestId('plan-text').fill(plan);
      await page.getByTestId('extract').click();
      await firstRow(page, 'proposal-table');
    },
    columns: [{ table: 'proposal-table', header: 'Nội dung', min: CONTENT }],
  },
  {
    name: 'Sơ kết, tổng kết',
    path: 'so-ket',
    ready: async (page) => { await firstRow(page, 'round-table'); },
    columns: [{ table: 'round-table', header: 'Đơn vị', min: NAME }],
  },
  {
    name: 'Danh bạ đơn vị',
    path: 'don-vi',
    ready: async (page) => { await firstRow(page, 'units-table'); },
    columns: [{ table: 'units-table', header: 'Tên đơn vị', min: NAME }],
  },
  {
    name: 'Báo cáo — Mẫu báo cáo',
    path: 'bao-cao/mau',
    ready: async (page) => { await firstRow(page, 'templates-table'); },
    columns: [{ table: 'templates-table', header: 'Tên mẫu', min: NAME }],
  },
  {
    name: 'Báo cáo — Lập báo cáo sơ kết',
    path: 'bao-cao/lap',
    ready: async (page) => {
      await page.getByTestId('report-params').waitFor({ timeout: 20_000 });
      await page.getByText('Báo cáo sơ kết, tổng kết').click();
      await page.getByTestId('review-texts').waitFor();
    },
    columns: [],
  },
  {
    name: 'Báo cáo — xem trước bảng tính Excel',
    path: 'bao-cao/lap',
    ready: async (page) => {
      await page.getByTestId('report-params').waitFor({ timeout: 20_000 });
      await page.getByText('Excel (.xlsx)').click();
      await page.getByTestId('report-preview-button').click();
      await page.locator('[data-testid="report-preview"] table.sheet-table').first().waitFor({ timeout: 20_000 });
    },
    columns: [],
    // The sheet keeps the workbook's column widths (the pane scrolls): squeezed, "Quý III/2026" broke inside.
    check: async (page) => {
      const { table, columns } = await page.locator('table.sheet-table').first().evaluate((t) => ({
        table: t.getBoundingClientRect().width,
        columns: Array.from(t.querySelectorAll('col')).slice(1).reduce((sum, c) => sum + parseFloat((c as HTMLElement).style.width), 0),
      }));
      expect(columns).toBeGreaterThan(0);
      expect(table).toBeGreaterThanOrEqual(columns);
    },
  },
  {
    name: 'Sổ văn bản đi',
    path: 'so-di',
    ready: async (page) => { await firstRow(page, 'outgoing-table'); },
    columns: [{ table: 'outgoing-table', header: 'Tên loại và trích yếu', min: CONTENT }, { table: 'outgoing-table', header: 'Người ký', min: NAME }],
    // A column of actions fixed to the right once lay over "Người ký" on a narrow screen: every column's
    // heading is the topmost thing at its own centre.
    check: async (page) => {
      const covered = await page.getByTestId('outgoing-table').evaluate((root) => Array.from(root.querySelectorAll('thead th'))
        .filter((th) => {
          const box = th.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return !top || !th.contains(top);
        })
        .map((th) => th.textContent?.trim()));
      expect(covered).toEqual([]);
    },
  },
  {
    name: 'Sổ văn bản đến',
    path: 'so-den',
    ready: async (page) => { await page.locator('[data-testid="register-scroll"] tr.row').first().waitFor({ timeout: 20_000 }); },
    columns: [],
  },
  {
    name: 'Danh mục',
    path: 'danh-muc',
    ready: async (page) => { await page.getByTestId('type-codes-table').waitFor({ timeout: 20_000 }); },
    columns: [],
  },
  {
    name: 'Cài đặt',
    path: 'cai-dat',
    ready: async (page) => { await page.getByTestId('settings-form').waitFor({ timeout: 20_000 }); },
    columns: [],
  },
];

/** Widths of a column's body cells (its header cell when the table has no rows), found by the header's text. */
function columnWidths(page: Page, { table, header }: KeyColumn): Promise<number[]> {
  return page.evaluate(([testId, title]) => {
    const root = document.querySelector(`[data-testid="${testId}"]`);
    if (!root) throw new Error(`no table "${testId}"`);
    const heads = Array.from(root.querySelectorAll('thead tr:first-child > th'));
    const index = heads.findIndex((th) => th.textContent?.trim() === title);
    if (index < 0) throw new Error(`no column "${title}" in "${testId}" (columns: ${heads.map((th) => th.textContent?.trim()).join(' | ')})`);
    const cells = Array.from(root.querySelectorAll('tbody tr.ant-table-row')).map((tr) => tr.children[index]);
    return (cells.length ? cells : [heads[index]]).map((cell) => cell.getBoundingClientRect().width);
  }, [table, header] as const);
}

/** How far a table scrolls sideways: on these screens the tasks, rounds and address book fit. */
function sidewaysOverflow(page: Page, testId: string): Promise<number> {
  return page.evaluate((id) => {
    const scroller = document.querySelector(`[data-testid="${id}"] :is(.ant-table-body, .ant-table-content)`);
    if (!scroller) throw new Error(`no table body in "${id}"`);
    return scroller.scrollWidth - scroller.clientWidth;
  }, testId);
}

/**
 * Visible texts of at least four letters laid out over three lines or more with at most two letters a
 * line: the symptom of a crushed column. Each character's box is measured; its top tells its line.
 */
function crushedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.replace(/\s/g, '').length < 4 || !node.parentElement?.checkVisibility()) continue;
      const lines = new Map<number, number>();
      for (let i = 0; i < Math.min(text.length, 60); i++) {
        if (/\s/.test(text[i])) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const top = Math.round(box.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
      const letters = [...lines.values()].reduce((a, b) => a + b, 0);
      if (lines.size >= 3 && letters / lines.size <= 2) found.push(`"${text.trim().slice(0, 40)}" (${lines.size} dòng)`);
    }
    return found;
  });
}

let s: Session;

beforeAll(async () => {
  s = await openApp({ path: 'so-den' });
});

afterAll(async () => {
  await s?.close();
});

for (const viewport of VIEWPORTS) {
  describe(`on a ${viewport.width}×${viewport.height} screen`, () => {
    for (const screen of SCREENS) {
      it(`${screen.name}: text columns keep a readable width, no text a letter per line`, async () => {
        const { page } = s;
        await page.setViewportSize(viewport);
        await page.goto(`${s.app.url}/#/${screen.path}`);
        await page.reload();
        await screen.ready(page);
        await page.waitForTimeout(300); // the table settles its column widths after the rows arrive

        for (const column of screen.columns) {
          const widths = await columnWidths(page, column);
          expect(Math.min(...widths), `"${column.header}" of ${column.table} at ${viewport.width} px`).toBeGreaterThanOrEqual(column.min);
          expect(await sidewaysOverflow(page, column.table), `${column.table} scrolls sideways`).toBeLessThanOrEqual(1);
        }
        await screen.check?.(page);
        expect(await crushedTexts(page)).toEqual([]);
        expect(s.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
      });
    }
  });
}
