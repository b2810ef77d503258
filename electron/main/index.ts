import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { startBackendHost, type BackendHost } from '../backend/host/host';
import { spawnUtilityProcess } from './backendProcess';
import { buildMenu } from './menu';
import { answerAppRequest, APP_ENTRY, APP_SCHEME, APP_SCHEME_DEFINITION, fromApp, mainWindowOptions } from './security';

// The thin Electron shell: one window, one IPC handler into the dispatcher, dialogs, notifications.
// The rules it applies (window settings, the app's origin, the app:// files, the CSP) are in
// ./security.ts and ../backend/http/rendererFiles.ts, tested in Node.

// Must run before the app is ready: app:// becomes a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);

let backend: BackendHost | null = null;
/** Long operations under way, by the id the page gave them: "Hủy" (vanthu:cancel) aborts them. */
const longCalls = new Map<string, AbortController>();
/** Paths main itself chose through a save dialog: the only ones "open folder" will reveal. */
const savedPaths = new Set<string>();

/** The backend runs in utility processes (backend/host), never in this process that draws the window. */
function openBackend(): Promise<BackendHost> {
  const dataDir = app.getPath('userData');
  const dbPath = path.join(dataDir, 'vanthu.db');
  // Built-in templates ship beside the app (extraResources when packaged); missing ones are rebuilt in memory.
  const templatesDir = app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(app.getAppPath(), 'templates');
  return startBackendHost(spawnUtilityProcess, { dbPath, dataDir, templatesDir, mode: 'electron', sampleIfNew: true });
}

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
}

/** app://vanthu/… answers files of the built UI only, the page with its CSP and nonce. */
function serveRenderer(): void {
  const rendererDir = path.join(__dirname, '..', 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const answer = answerAppRequest(rendererDir, request.url);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
}

const refused = () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Nguồn gọi không hợp lệ.' } });

function registerIpc(): void {
  // Every channel answers only the app's own page (fromApp), whatever the channel does.
  // A long operation comes with an id: its progress goes back to the page under that id.
  ipcMain.handle('vanthu:invoke', fromApp(async (event, method: unknown, input: unknown, callId: unknown) => {
    if (typeof callId !== 'string') return backend!.dispatch(String(method), input);
    const controller = new AbortController();
    longCalls.set(callId, controller);
    try {
      return await backend!.dispatch(String(method), input, {
        signal: controller.signal,
        onProgress: (progress) => event.sender.isDestroyed() || event.sender.send('vanthu:progress', callId, progress),
      });
    } finally {
      longCalls.delete(callId);
    }
  }, refused));
  ipcMain.handle('vanthu:cancel', fromApp((_event, callId: unknown) => {
    longCalls.get(String(callId))?.abort();
  }, () => undefined));
  ipcMain.handle('vanthu:saveFile', fromApp(async (event, suggestedName: unknown, contentBase64: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const result = await dialog.showSaveDialog(win!, { defaultPath: path.basename(String(suggestedName)) });
    if (result.canceled || !result.filePath) return { saved: false };
    const tmp = `${result.filePath}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(String(contentBase64), 'base64'));
    fs.renameSync(tmp, result.filePath);
    savedPaths.add(result.filePath);
    return { saved: true, path: result.filePath };
  }, () => ({ saved: false })));
  ipcMain.handle('vanthu:openFolder', fromApp((_event, filePath: unknown) => {
    if (typeof filePath === 'string' && savedPaths.has(filePath)) shell.showItemInFolder(filePath);
  }, () => undefined));
  ipcMain.handle('vanthu:notify', fromApp((_event, title: unknown, body: unknown) => {
    if (Notification.isSupported()) new Notification({ title: String(title), body: String(body) }).show();
  }, () => undefined));
}

app.whenReady().then(async () => {
  try {
    backend = await openBackend();
  } catch (err) {
    dialog.showErrorBox('Văn thư không mở được dữ liệu', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  // No permission (camera, notifications from web content, geolocation, USB…) is ever granted to
  // content, whether it asks or only checks.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  Menu.setApplicationMenu(buildMenu());
  serveRenderer();
  registerIpc();
  createWindow();
});

app.on('web-contents-created', (_event, contents) => {
  // Navigation and new windows are refused: the app shows only its own bundled pages.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
