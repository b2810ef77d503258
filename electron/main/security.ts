import type { BrowserWindowConstructorOptions, CustomScheme, IpcMainInvokeEvent, WebPreferences } from 'electron';
import { answerRendererRequest, type PageResponse } from '../backend/http/rendererFiles';

// The desktop shell's security rules as plain data and functions (type-only import of electron), so
// tests read and check them in Node: the window's settings, the app's own origin, the app:// files.

/** The UI is served from app://vanthu/ (not file://, where every local file shares one origin). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vanthu';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard (relative URLs, an origin of its own) and secure (a secure context), as Electron's own
 * protocol.handle example registers it (with fetch: the page's module scripts load through it).
 * Not corsEnabled, so no other origin can read its files; no service workers; the CSP applies.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, allowServiceWorkers: false, bypassCSP: false },
};

/** Window settings of the thin Electron shell (README, Layout): isolated, sandboxed, no Node in the page. */
export function secureWindowOptions(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The main window. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return { width: 1366, height: 800, title: 'Văn thư', show: false, webPreferences: secureWindowOptions(preload) };
}

/** True only for a page of the app itself: app://vanthu/… */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * An IPC handler that answers only the app's own page: any other sender (a frame that navigated
 * elsewhere, an embedded page) gets `refused()` and the handler never runs.
 */
export function fromApp<A extends unknown[], R, F>(
  handler: (event: IpcMainInvokeEvent, ...args: A) => R,
  refused: () => F,
): (event: IpcMainInvokeEvent, ...args: A) => R | F {
  return (event, ...args) => (isAppUrl(event.senderFrame?.url) ? handler(event, ...args) : refused());
}

/** The answer to an app:// request: a file of the renderer folder, never one outside it. */
export function answerAppRequest(rendererDir: string, requestUrl: string): PageResponse {
  if (!isAppUrl(requestUrl)) return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Không tìm thấy.' };
  return answerRendererRequest(rendererDir, new URL(requestUrl).pathname);
}
