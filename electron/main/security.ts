import type { WebPreferences } from 'electron';

/** Window settings of the thin Electron shell (README, Layout): isolated, sandboxed, no Node in the page. */
export function secureWindowOptions(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}
