// What the register's browser tests share: where the cursor is, closing drawers, dates as a clerk types them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The id of the focused element ('' when none): the form's fields are #entry_<name>. */
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Resolves once no drawer is sliding in or out (antd marks the moving parts with motion classes). */
export async function drawersSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-drawer-content-wrapper[class*="-motion-"], .ant-drawer-mask[class*="-motion-"]'));
}

/**
 * Resolves once no dialog is opening or closing. A dialog grows from where the click was: a click on its
 * button while it grows can land where the button is not yet, on the mask, which closes it.
 */
export async function modalsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-modal[class*="-zoom-"], .ant-modal-mask[class*="-fade-"]'));
}

/** Resolves after the page has handled what is queued (timers set to 0, then a rendered frame). */
export async function pageIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 0)));
}

/**
 * Closes the open drawers, answering "Bỏ, đóng mẫu nhập" when a half-typed entry asks first, and waits
 * for their closing animation (which ends by giving focus back).
 */
export async function closeDrawers(page: Page): Promise<void> {
  const open = page.locator('.ant-drawer-open');
  const discard = page.locator('.ant-modal-confirm').getByRole('button', { name: 'Bỏ, đóng mẫu nhập' });
  // A question left open by a failed test is answered "no" first: it covers the drawers.
  const question = page.locator('.ant-modal-confirm:not([class*="-leave"])');
  while (await question.count()) {
    await modalsSettled(page);
    await question.first().locator('.ant-modal-confirm-btns button').first().click();
    await eventually(() => question.count()).toBe(0);
  }
  await eventually(() => page.locator('.ant-modal-confirm').count()).toBe(0);
  for (let i = 0; i < 3 && (await open.count()); i++) {
    const before = await open.count();
    await open.last().locator('.ant-drawer-close').click();
    await eventually(async () => (await open.count()) < before || (await discard.count()) > 0).toBe(true);
    if (await discard.count()) {
      await modalsSettled(page);
      await discard.click();
    }
    await eventually(() => open.count()).toBeLessThan(before);
  }
  await eventually(() => page.locator('.ant-drawer-content-wrapper:not(.ant-drawer-content-wrapper-hidden)').count()).toBe(0);
  await eventually(() => page.locator('.ant-modal-confirm').count()).toBe(0);
  await drawersSettled(page);
}

/** yyyy-mm-dd → dd/mm/yyyy (or with another separator, or none). */
export function ddmmyyyy(iso: string, separator = '/'): string {
  const [y, m, d] = iso.split('-');
  return [d, m, y].join(separator);
}

/** expect.poll with room for a loaded 2-core machine (its default gives up after 1 s). */
export const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
