import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/backend/http/rendererFiles';
import { answerAppRequest, APP_ENTRY, APP_SCHEME_DEFINITION, fromApp, isAppUrl, mainWindowOptions } from '../../electron/main/security';

// The Electron binary cannot run on these machines, so the shell's rules are plain data and
// functions, read here: a test fails as soon as one of them is weakened.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('Electron window', () => {
  it('keeps the page isolated, sandboxed and without Node', () => {
    const options = mainWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
    });
  });

  it('loads the UI from its own app:// origin, a secure standard scheme that other origins cannot read and that keeps the CSP', () => {
    expect(APP_ENTRY).toBe('app://vanthu/index.html');
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false });
  });
});

describe("the app's own origin", () => {
  it('accepts only pages of app://vanthu/', () => {
    expect(isAppUrl('app://vanthu/index.html#/so-den')).toBe(true);
    for (const url of ['file:///C:/Users/a/Downloads/index.html', 'app://vanthu.evil/index.html', 'app://other/index.html', 'app://x@vanthu/', 'http://127.0.0.1:4780/', 'https://vanthu/', 'about:blank', 'null', '', undefined, null]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('runs an IPC handler only for a sender of the app', async () => {
    const calls: unknown[] = [];
    const handler = fromApp((_event, value: string) => { calls.push(value); return 'done'; }, () => 'refused');
    const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as never;
    expect(await handler(event('app://vanthu/index.html'), 'a')).toBe('done');
    expect(await handler(event('file:///tmp/evil.html'), 'b')).toBe('refused');
    expect(await handler(event('https://example.com/'), 'c')).toBe('refused');
    expect(await handler(event(undefined), 'd')).toBe('refused');
    expect(calls).toEqual(['a']);
  });

  it('guards every IPC channel of the main process', () => {
    const source = fs.readFileSync(path.join(ROOT, 'electron', 'main', 'index.ts'), 'utf8');
    const channels = [...source.matchAll(/ipcMain\.handle\(\s*'([^']+)',\s*(\w+)/g)];
    expect(channels.map((m) => m[1]).sort()).toEqual(['vanthu:cancel', 'vanthu:invoke', 'vanthu:notify', 'vanthu:openFolder', 'vanthu:saveFile']);
    for (const [, channel, wrapper] of channels) expect(wrapper, channel).toBe('fromApp');
    expect(source).not.toMatch(/ipcMain\.on\(/);
    const preload = fs.readFileSync(path.join(ROOT, 'electron', 'preload', 'index.ts'), 'utf8');
    const exposed = [...preload.matchAll(/ipcRenderer\.invoke\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(exposed).toEqual(channels.map((m) => m[1]).sort());
  });
});

describe('app:// files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-app-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<html><head><meta property="csp-nonce" nonce="__VANTHU_CSP_NONCE__"></head></html>');
  fs.mkdirSync(path.join(dir, 'renderer-private'));
  fs.writeFileSync(path.join(dir, 'renderer-private', 'secret.txt'), 'BÍ MẬT');

  it('never leaves the renderer folder', () => {
    for (const url of ['app://vanthu/..%2frenderer-private/secret.txt', 'app://vanthu/%2e%2e%2frenderer-private%2fsecret.txt', 'app://vanthu/..%5crenderer-private%5csecret.txt']) {
      const answer = answerAppRequest(renderer, url);
      expect(String(answer.body), url).not.toContain('BÍ MẬT');
    }
    expect(answerAppRequest(renderer, 'app://vanthu/..%2frenderer-private/secret.txt').status).toBe(403);
    expect(answerAppRequest(renderer, 'app://vanthu/%E0%A4%A').status).toBe(400);
    expect(answerAppRequest(renderer, 'app://other/index.html').status).toBe(404);
  });

  it('serves the page with its CSP and a nonce of its own', () => {
    const answer = answerAppRequest(renderer, 'app://vanthu/index.html');
    expect(answer.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(answer.headers['Content-Security-Policy'])?.[1];
    expect(String(answer.body)).toContain(`nonce="${nonce}"`);
    expect(String(answer.body)).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('Content-Security-Policy', () => {
  const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('allows no inline script or style, no eval, nothing from elsewhere', () => {
    const policy = contentSecurityPolicy('N0NCE');
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*|https?:/);
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'nonce-N0NCE'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    for (const name of d.keys()) expect(['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']).toContain(name);
  });
});

describe('electron-builder.yml', () => {
  const load = () => getConfig(ROOT, null, null);

  it("passes electron-builder's own validation (its JSON schema)", async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
    // The same validation refuses a mistyped fuse, so the check above is a real one.
    const broken = { ...(await load()), electronFuses: { runAsNod: false } };
    await expect(validateConfiguration(broken as never, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('switches the fuses off that let others run code in the shipped program', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds a per-user Windows installer that keeps the register on uninstall', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false });
  });
});
