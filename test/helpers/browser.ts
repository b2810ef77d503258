// Real headless Chromium against browser mode: shared by every end-to-end test and the screenshot script.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startWeb } from '../../electron/backend/web/main';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The clerks' typical screen. */
export const DESKTOP_VIEWPORT = { width: 1366, height: 768 };

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Fails with an explanation when Chromium is missing (CI installs Debian's chromium). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the end-to-end tests need a real browser. ` +
      'Install it with "apt-get install -y chromium" (.ci/run does) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The tests drive the built UI (dist/renderer), as users get it. `npm test` builds it first; running
 * vitest alone without a build fails here with the command to run, not with a puzzle. A build older
 * than the sources only warns: people edit renderer/ and shared/ all day, and most edits (backend
 * schemas, other pages) do not change what a given test sees.
 */
let warnedStale = false;
export function assertRendererBuilt(): void {
  const index = path.join(RENDERER_DIR, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`The UI is not built (${index} is missing): run "npm run build:renderer" first (npm test does it).`);
  }
  const sources = Math.max(newestMtime(path.join(ROOT, 'renderer')), newestMtime(path.join(ROOT, 'shared')));
  if (fs.statSync(index).mtimeMs < sources && !warnedStale) {
    warnedStale = true;
    console.warn('Warning: dist/renderer is older than renderer/ or shared/; the browser tests run the old build. Run "npm run build:renderer".');
  }
}

export interface RunningApp {
  /** The server's address (http://127.0.0.1:PORT), without the secret. */
  url: string;
  /**
   * The address that opens the app at a hash route with this start's secret, as printed by
   * `npm run web`. A page opened once keeps the secret for its tab; a new page needs this address.
   */
  pageUrl(route?: string): string;
  dbPath: string;
  dir: string;
  backend: Awaited<ReturnType<typeof startWeb>>['backend'];
  close(): Promise<void>;
}

/** Browser mode on a fresh database in a temp folder (with the ~690 sample entries unless told). */
export async function startApp(options: { sample?: boolean } = {}): Promise<RunningApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-e2e-'));
  const dbPath = path.join(dir, 'vanthu.db');
  const web = await startWeb({ port: 0, db: dbPath, staticDir: RENDERER_DIR, sample: options.sample ?? true });
  return {
    url: web.url,
    pageUrl: (route = 'so-den') => `${web.pageUrl}#/${route}`,
    dbPath,
    dir,
    backend: web.backend,
    async close() {
      await web.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  app: RunningApp;
  /** Uncaught page errors and console errors seen so far (a clean UI has none). */
  problems: string[];
  close(): Promise<void>;
}

/** Starts the app and opens it in a fresh browser page at the clerks' screen size. */
export async function openApp(options: { sample?: boolean; path?: string } = {}): Promise<Session> {
  assertRendererBuilt();
  const app = await startApp(options);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    await page.goto(app.pageUrl(options.path));
    const opened = browser;
    return {
      browser: opened, context, page, app, problems,
      async close() {
        await opened.close();
        await app.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await app.close();
    throw err;
  }
}

/** Calls the API in-process, to check what the UI claims against the database. */
export async function callApi<M extends MethodName>(session: Session, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await session.app.backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}
