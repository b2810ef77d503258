// "What the clerk types is what the register keeps": the entry form typed at a clerk's pace (keys a few ms
// apart, Tab right after) on a slowed-down CPU, in real headless Chromium against browser mode.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi, openApp, type Session } from '../helpers/browser';
import { closeDrawers, eventually, focusedId, modalsSettled, pageIdle } from '../helpers/registerPage';

let s: Session;
let page: Page;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(s, method, input);

/** Milliseconds between a quick clerk's keystrokes. */
// A slowed-down CPU on a machine shared with other work: these tests get more than the default minute.
const SLOW = { timeout: 150_000 };

const KEY_GAP = 8;

async function typeLikeClerk(text: string): Promise<void> {
  await page.keyboard.type(text, { delay: KEY_GAP });
}

/** Tab, a keystroke after the last one: the rhythm of typing, not a wait for the page. */
async function tabOn(): Promise<void> {
  await page.waitForTimeout(KEY_GAP);
  await page.keyboard.press('Tab');
}

/** Runs `fn` on a CPU slowed down `rate` times, as on the offices' old PCs. */
async function onSlowCpu<T>(rate: number, fn: () => Promise<T>): Promise<T> {
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

/** Ctrl+N from the list: the form opens with the cursor in Ngày đến. */
async function openNewEntry(): Promise<void> {
  await page.locator('.app-header').click();
  await page.keyboard.press('Control+n');
  await page.getByTestId('entry-form').waitFor();
  await eventually(() => focusedId(page)).toBe('entry_arrivalDate');
}

const field = (name: string) => page.locator(`#entry_${name}`);
const entriesNamed = async (abstract: string) => (await call('incoming.list', { q: abstract, limit: 5 })).items;
const confirmDialog = (title: string) => page.locator('.ant-modal-confirm', { hasText: title });
/** The question has the keyboard (its safe button is focused): what the clerk's next key goes to. */
async function questionHasFocus(): Promise<void> {
  await eventually(() => page.evaluate(() => !!document.activeElement?.closest('.ant-modal-confirm'))).toBe(true);
}
/**
 * Esc as a clerk presses it: when a suggestion list has just opened under the typed text, the first Esc closes
 * that list (as in any desktop program) and a second one reaches the form. Press until `shown` appears.
 */
async function escapeUntil(shown: ReturnType<typeof confirmDialog>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Escape');
    if (await shown.waitFor({ timeout: 5_000 }).then(() => true, () => false)) return;
  }
  await shown.waitFor();
}
/** The banner the form keeps after a save: "Vừa vào sổ: số đến N ngày …". */
const lastSaved = () => page.getByTestId('entry-last-saved').textContent();

beforeAll(async () => {
  s = await openApp();
  page = s.page;
  await page.getByTestId('register-scroll').locator('tbody tr.row').first().waitFor({ timeout: 20_000 });
});

beforeEach(async () => {
  if (page) await closeDrawers(page);
});

// Whatever a test did, the page raised no error while doing it.
afterEach(() => {
  if (!s) return;
  const problems = s.problems.splice(0);
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await s?.close();
});

describe('The entry form keeps what the clerk typed', () => {
  it('never glues the proposed arrival number to the number the clerk types', SLOW, async () => {
    const abstract = 'Công văn thử số đến gõ tay khi số đề xuất đến muộn (kiểm thử đầu cuối)';
    const next = (await call('incoming.nextNumber', { arrivalDate: '2023-11-28' })).arrivalNumber;
    expect(next).toBeGreaterThan(11646);

    await onSlowCpu(4, async () => {
      await openNewEntry();
      const proposal2023 = page.waitForResponse((r) => r.url().endsWith('/api/incoming.nextNumber')
        && (r.request().postDataJSON() as { arrivalDate?: string }).arrivalDate === '2023-11-28');
      await page.keyboard.press('Control+a');
      await typeLikeClerk('28/11/2023');
      await tabOn();
      expect(await focusedId(page)).toBe('entry_arrivalNumber');
      // The clerk reads the stamp while the proposal for 2023 arrives, then types the number.
      await proposal2023;
      await pageIdle(page);
      await typeLikeClerk(String(next));
      expect(await field('arrivalNumber').inputValue()).toBe(String(next));
      await tabOn();
      await typeLikeClerk('Văn phòng Trung ương Đảng');
    });
    await field('abstract').fill(abstract);
    await field('abstract').press('Control+Enter');

    await eventually(lastSaved).toContain(`Vừa vào sổ: số đến ${next} ngày 28/11/2023`);
    expect(await entriesNamed(abstract)).toMatchObject([{ arrivalNumber: next, arrivalDate: '2023-11-28', issuer: 'Văn phòng Trung ương Đảng' }]);
    // The next proposal is shown, not filled in: the field stays empty for the clerk.
    await eventually(() => field('arrivalNumber').getAttribute('placeholder')).toBe(String(next + 1));
    expect(await field('arrivalNumber').inputValue()).toBe('');
  });

  it('asks before a number far past the book\'s next one, saying what it does to the numbers after it', SLOW, async () => {
    const abstract = 'Công văn thử số đến nhảy cóc (kiểm thử đầu cuối)';
    const next = (await call('incoming.nextNumber', { arrivalDate: '2023-11-28' })).arrivalNumber;
    const jump = Number(`${next}${next + 1}`.slice(0, 7)); // "145146" when 145 is next
    expect(jump).toBeGreaterThan(next + 1);

    await onSlowCpu(2, async () => {
      await openNewEntry();
      await page.keyboard.press('Control+a');
      await typeLikeClerk('28/11/2023');
      await tabOn();
      await typeLikeClerk(String(jump));
      await tabOn();
      await typeLikeClerk('Văn phòng Trung ương Đảng');
    });
    await field('abstract').fill(abstract);
    await page.keyboard.press('Control+s');

    const dialog = confirmDialog(`Số đến ${jump} vượt số tiếp theo của sổ (${next})`);
    await dialog.waitFor();
    const said = (await page.getByTestId('jump-consequence').textContent()) ?? '';
    expect(said).toContain(`Số tiếp theo của "Sổ văn bản đến năm 2023" là ${next}`);
    expect(said).toContain(`bỏ trống ${jump - next} số, từ ${next} đến ${jump - 1}`);
    expect(said).toContain(`được đánh số tiếp từ ${jump + 1}`);
    // Enter takes the safe answer: back to the number, nothing saved.
    await questionHasFocus();
    await page.keyboard.press('Enter');
    await eventually(() => dialog.count()).toBe(0);
    await eventually(() => focusedId(page)).toBe('entry_arrivalNumber');
    expect(await entriesNamed(abstract)).toEqual([]);
    expect((await call('incoming.nextNumber', { arrivalDate: '2023-11-28' })).arrivalNumber).toBe(next);

    // Confirmed: saved under that number, and the book continues after it.
    await page.keyboard.press('Control+s');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: `Vẫn vào sổ số ${jump}` }).click();
    await eventually(() => dialog.count()).toBe(0);
    await eventually(lastSaved).toContain(`Vừa vào sổ: số đến ${jump} ngày 28/11/2023`);
    expect(await entriesNamed(abstract)).toMatchObject([{ arrivalNumber: jump }]);
    expect((await call('incoming.nextNumber', { arrivalDate: '2023-11-28' })).arrivalNumber).toBe(jump + 1);
  });

  it('moves on with Tab when the typed issuer is exactly one of the suggestions', SLOW, async () => {
    await onSlowCpu(4, async () => {
      await openNewEntry();
      await tabOn();
      await tabOn();
      expect(await focusedId(page)).toBe('entry_issuer');
      await typeLikeClerk('Ban Chấp hành Trung ương');
      // The completion list is open on the very name typed.
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Ban Chấp hành Trung ương$/ }).waitFor();
      await tabOn();
      expect(await focusedId(page)).toBe('entry_symbol');
      await typeLikeClerk('43-NQ/TW');
      await tabOn();
      expect(await focusedId(page)).toBe('entry_documentDate');
      await typeLikeClerk('24/11/2023');
      await tabOn();
    });
    expect(await field('issuer').inputValue()).toBe('Ban Chấp hành Trung ương');
    expect(await field('symbol').inputValue()).toBe('43-NQ/TW');
    expect(await field('documentDate').inputValue()).toBe('24/11/2023');
  });

  it('Esc (or Ctrl+N) asks before throwing away a half-typed entry; on an untouched form Esc just closes', SLOW, async () => {
    const drawer = page.locator('.ant-drawer-open');
    await onSlowCpu(4, async () => {
      await openNewEntry();
      await tabOn();
      await tabOn();
      await typeLikeClerk('Ban Tổ chức Tỉnh ủy');
      await tabOn();
      await typeLikeClerk('112-CV/BTCTU');
    });
    const ask = confirmDialog('Bỏ văn bản đang nhập?');
    await escapeUntil(ask);
    // Esc again (or "Tiếp tục nhập"): back to the form, nothing lost.
    await questionHasFocus();
    await page.keyboard.press('Escape');
    await eventually(() => ask.count()).toBe(0);
    expect(await drawer.count()).toBe(1);
    expect(await field('symbol').inputValue()).toBe('112-CV/BTCTU');
    expect(await field('issuer').inputValue()).toBe('Ban Tổ chức Tỉnh ủy');
    // Ctrl+N for a fresh entry would throw it away as well: the same question.
    await page.keyboard.press('Control+n');
    await ask.waitFor();
    await modalsSettled(page);
    await page.getByRole('button', { name: 'Tiếp tục nhập' }).click();
    await eventually(() => ask.count()).toBe(0);
    expect(await field('symbol').inputValue()).toBe('112-CV/BTCTU');

    await escapeUntil(ask);
    await modalsSettled(page);
    await ask.getByRole('button', { name: 'Bỏ, đóng mẫu nhập' }).click();
    await eventually(() => drawer.count()).toBe(0);

    // Nothing typed: Esc closes without a question.
    await openNewEntry();
    await page.keyboard.press('Escape');
    await eventually(() => drawer.count()).toBe(0);
    expect(await page.locator('.ant-modal-confirm').count()).toBe(0);
  });

  it('says in the form, before saving, that the same document is already in the register', async () => {
    const before = (await call('incoming.list', { limit: 1 })).total;
    await openNewEntry();
    await page.locator('.entry-form label', { hasText: 'Bản giấy' }).click();
    await field('issuer').fill('Ban Chấp hành Trung ương');
    await field('symbol').fill('43-NQ/TW');
    await field('documentDate').fill('24/11/2023');
    const warning = page.getByTestId('entry-duplicates');
    await eventually(() => warning.textContent()).toContain('số đến 11646 ngày 28/11/2023');
    expect(await warning.textContent()).toContain('Văn bản 43-NQ/TW ngày 24/11/2023 đã có trong sổ');
    expect((await call('incoming.list', { limit: 1 })).total).toBe(before);

    // Another date: not the same document, the warning goes.
    await field('documentDate').fill('25/11/2023');
    await eventually(() => warning.count()).toBe(0);
  });
});

describe('The header', () => {
  it('updates "N nhiệm vụ đang quá hạn" when a task is completed', async () => {
    const banner = page.getByTestId('overdue-reminder');
    const shownCount = async () => {
      if (!(await banner.count())) return 0;
      const m = /(\d+) nhiệm vụ đang quá hạn/.exec((await banner.textContent()) ?? '');
      return m ? Number(m[1]) : -1;
    };
    const before = (await call('reminders.check', {})).newlyOverdue.length;
    expect(before).toBeGreaterThan(1);
    await eventually(shownCount).toBe(before);

    await page.evaluate(() => { window.location.hash = '#/nhiem-vu/tong-quan'; });
    const row = page.getByTestId('section-overdue').locator('tr.task-row').first();
    await row.waitFor();
    await row.locator('.status-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hoàn thành' }).click();
    await eventually(async () => (await call('reminders.check', {})).newlyOverdue.length).toBe(before - 1);
    await eventually(shownCount).toBe(before - 1);
  });
});
