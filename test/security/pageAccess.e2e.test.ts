import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from '../helpers/browser';

// The secret's way through a real browser: the page opened with the printed address keeps it for
// its tab and hides it; a tab opened without it is told what to do; the page's CSP is enforced.

let s: Session;

beforeAll(async () => {
  s = await openApp({ sample: false, path: 'so-den' });
});

afterAll(async () => {
  await s?.close();
});

describe('the page and its secret', () => {
  it('takes the secret from the address, keeps it for the tab and removes it from the address bar', async () => {
    const { page } = s;
    await page.getByText('0 văn bản').waitFor();
    expect(page.url()).toBe(`${s.app.url}/#/so-den`);
    expect(await page.evaluate(() => sessionStorage.getItem('vanthu.accessToken'))).toMatch(/^[\w-]{32,}$/);
    await page.reload();
    await page.getByText('0 văn bản').waitFor();
    expect(s.problems).toEqual([]);
  });

  it('tells a tab opened without the secret how to open the app, and shows no register', async () => {
    const other = await s.context.newPage();
    await other.goto(`${s.app.url}/#/so-den`);
    await other.getByText('Chưa có mã truy cập').first().waitFor();
    expect(await other.getByText(/^\d+ văn bản$/).count()).toBe(0);
    await other.close();
  });

  it('enforces its CSP: styles written as markup are not applied, antd styles are', async () => {
    const { page } = s;
    const result = await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<style>body { outline: 7px solid red; }</style><span id="csp-probe" style="color: rgb(255, 0, 0)">x</span>';
      document.body.appendChild(box);
      const probe = document.getElementById('csp-probe')!;
      const outcome = { outline: getComputedStyle(document.body).outlineWidth, color: getComputedStyle(probe).color };
      box.remove();
      return outcome;
    });
    expect(result.outline).not.toBe('7px');
    expect(result.color).not.toBe('rgb(255, 0, 0)');
    // antd's own styles (injected with the nonce) are in force: the primary button is coloured.
    const button = page.getByRole('button', { name: /Vào sổ/ });
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 95, 168)');
  });
});
