// "Theo dõi nhiệm vụ" as a follow-up specialist uses it, in real headless Chromium against browser mode:
// paste a plan, accept the proposed tasks, mark one done and see the dashboard change.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { addDays, toDisplayDate } from '../../shared/dates';
import { callApi, openApp, type Session } from '../helpers/browser';

let s: Session;
let page: Page;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);

const LATE = 'Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt (kiểm thử đầu cuối)';
const SOON = 'Báo cáo kết quả học tập Nghị quyết ở cơ sở (kiểm thử đầu cuối)';

/** A plan in the same family as the seed, with a deadline already passed and one next week. */
function plan(today: string): string {
  return [
    'TỈNH ỦY LẠNG SƠN', '*', 'KẾ HOẠCH', 'thực hiện Nghị quyết số 43-NQ/TW', '',
    'III. NHIỆM VỤ CỤ THỂ', '',
    '1. Ban Tuyên giáo Tỉnh ủy',
    `- ${LATE} (trước ngày ${toDisplayDate(addDays(today, -3))}).`,
    '- Tuyên truyền sâu rộng nội dung Nghị quyết trên báo chí của tỉnh (thực hiện thường xuyên).',
    '2. Huyện uỷ Cao Lộc',
    `- ${SOON} (trước ngày ${toDisplayDate(addDays(today, 3))}).`,
    '', 'IV. TỔ CHỨC THỰC HIỆN', 'Các cơ quan căn cứ Kế hoạch tổ chức thực hiện.',
  ].join('\n');
}

async function countOf(key: string): Promise<number> {
  const text = (await page.getByTestId(`count-${key}`).locator('.ant-statistic-content').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

beforeAll(async () => {
  s = await openApp({ path: 'nhiem-vu/nhap' });
  page = s.page;
  await page.getByTestId('import-tab').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await s?.close();
});

describe('Theo dõi nhiệm vụ in a real browser', () => {
  it('shows the start-up reminder of overdue tasks as a banner, until the clerk has seen it', async () => {
    const banner = page.getByTestId('overdue-reminder');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('nhiệm vụ đang quá hạn');
    expect((await call('reminders.check', {})).since).toBeNull();
    await banner.getByRole('button', { name: 'Đã xem, đóng nhắc việc' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(async () => (await call('reminders.check', {})).since).not.toBeNull();
  });

  it('extracts the tasks of a pasted plan with bodies from the address book and deadlines read', async () => {
    const today = (await call('app.info', {})).today;
    await page.getByRole('combobox', { name: 'Văn bản chỉ đạo' }).click();
    await page.keyboard.type('43-NQ/TW');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '43-NQ/TW · Ban Chấp hành Trung ương' }).first().click();
    await page.getByTestId('plan-text').fill(plan(today));
    await page.getByTestId('extract').click();
    const rows = page.getByTestId('proposal-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('Ban Tuyên giáo Tỉnh ủy');
    expect(await rows.nth(2).textContent()).toContain('Huyện ủy Cao Lộc');
    expect(await rows.nth(0).textContent()).toContain(`Hạn: ${toDisplayDate(addDays(today, -3))}`);
    expect(await rows.nth(1).textContent()).toContain('Thực hiện thường xuyên');
  });

  it('accepts them in one step and lists them under the directive', async () => {
    await page.getByTestId('accept-tasks').click();
    const table = page.getByTestId('directive-tasks');
    await table.locator('tr.task-row', { hasText: LATE }).waitFor();
    expect(await page.getByTestId('directive-select').textContent()).toContain('43-NQ/TW');
    const nq = (await call('tasks.directives', {})).find((d) => d.directive.symbol === '43-NQ/TW')!;
    expect(nq.taskCount).toBe(21); // the sample's 18 tasks of 38-CTr/TU and the 3 accepted here
    const saved = (await call('tasks.list', { q: 'kiem thu dau cuoi' })).items;
    // The body as the plan writes it ("uỷ"), matched to the address book.
    expect(saved.map((t) => [t.leadText, t.leadUnitId !== null, t.status])).toEqual([
      ['Ban Tuyên giáo Tỉnh ủy', true, 'overdue'], ['Huyện uỷ Cao Lộc', true, 'not_started'],
    ]);
  });

  it('adds a whole saved group as coordinating bodies in the task form, each body once', async () => {
    const group = (await call('units.groups', {})).find((g) => g.name === 'Các huyện ủy, thành ủy, đảng ủy trực thuộc')!;
    expect(group.unitIds.length).toBeGreaterThan(3);
    await page.getByTestId('directive-tasks').locator('tr.task-row', { hasText: SOON }).locator('.link-cell').click();
    const modal = page.locator('.ant-modal', { hasText: 'Sửa nhiệm vụ' });
    await modal.waitFor();
    const coordinators = modal.getByLabel('Đơn vị phối hợp');
    await coordinators.click();
    await page.keyboard.type('cac huyen uy');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${group.name} (${group.unitIds.length} đơn vị)` }).click();
    await page.keyboard.press('Escape'); // closes the list, not the form
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await modal.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => modal.isVisible()).toBe(false);
    const [task] = (await call('tasks.list', { q: SOON })).items;
    // Every member, except the lead body (Huyện ủy Cao Lộc is in the group): it does not coordinate itself.
    const expected = group.unitIds.filter((id) => id !== task!.leadUnitId).sort((a, b) => a - b);
    expect(expected.length).toBe(group.unitIds.length - 1);
    expect(task!.coordinatingUnits.map((u) => u.id).sort((a, b) => a - b)).toEqual(expected);
  });

  it('marks the overdue task done from the dashboard and sees the dashboard change', async () => {
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    const overdue = page.getByTestId('section-overdue');
    const row = overdue.locator('tr.task-row', { hasText: LATE });
    await row.waitFor();
    const before = await countOf('overdue');
    expect(before).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('section-due7').textContent()).toContain(SOON);

    await row.locator('.status-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hoàn thành' }).click();
    await expect.poll(() => countOf('overdue')).toBe(before - 1);
    await expect.poll(() => overdue.locator('tr.task-row', { hasText: LATE }).count()).toBe(0);
    const [done] = (await call('tasks.list', { q: LATE })).items;
    expect(done).toMatchObject({ state: 'done', status: 'done_late' });
    expect(s.problems).toEqual([]);
  });
});
