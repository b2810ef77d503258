import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type Backend } from '../backend/backend';
import { seedSampleData } from '../backend/sample/seedSample';
import { buildMenu } from './menu';
import { secureWindowOptions } from './security';

// The thin Electron shell: one window, one IPC handler into the dispatcher, dialogs, notifications.

let backend: Backend | null = null;
/** Paths main itself chose through a save dialog: the only ones "open folder" will reveal. */
const savedPaths = new Set<string>();

function openBackend(): Backend {
  const dataDir = app.getPath('userData');
  const dbPath = path.join(dataDir, 'vanthu.db');
  const isNew = !fs.existsSync(dbPath);
  // Built-in templates ship beside the app (extraResources when packaged); missing ones are rebuilt in memory.
  const templatesDir = app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(app.getAppPath(), 'templates');
  const b = createBackend({ dbPath, dataDir, templatesDir, mode: 'electron' });
  if (isNew) seedSampleData(b.services);
  return b;
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1366,
    height: 800,
    title: 'Văn thư',
    show: false,
    webPreferences: secureWindowOptions(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(path.join(__dirname, '..', 'dist', 'renderer', 'index.html'));
}

function registerIpc(): void {
  ipcMain.handle('vanthu:invoke', (event, method: unknown, input: unknown) => {
    if (!isOwnFrame(event.senderFrame?.url)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Nguồn gọi không hợp lệ.' } };
    return backend!.dispatch(String(method), input);
  });
  ipcMain.handle('vanthu:saveFile', async (event, suggestedName: unknown, contentBase64: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const result = await dialog.showSaveDialog(win!, { defaultPath: path.basename(String(suggestedName)) });
    if (result.canceled || !result.filePath) return { saved: false };
    const tmp = `${result.filePath}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(String(contentBase64), 'base64'));
    fs.renameSync(tmp, result.filePath);
    savedPaths.add(result.filePath);
    return { saved: true, path: result.filePath };
  });
  ipcMain.handle('vanthu:openFolder', (_event, filePath: unknown) => {
    if (typeof filePath === 'string' && savedPaths.has(filePath)) shell.showItemInFolder(filePath);
  });
  ipcMain.handle('vanthu:notify', (_event, title: unknown, body: unknown) => {
    if (Notification.isSupported()) new Notification({ title: String(title), body: String(body) }).show();
  });
}

function isOwnFrame(url: string | undefined): boolean {
  return !!url && url.startsWith('file://');
}

app.whenReady().then(() => {
  try {
    backend = openBackend();
  } catch (err) {
    dialog.showErrorBox('Văn thư không mở được dữ liệu', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  // No permission (camera, notifications from web content, geolocation…) is ever granted to content.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  Menu.setApplicationMenu(buildMenu());
  registerIpc();
  createWindow();
});

app.on('web-contents-created', (_event, contents) => {
  // Navigation and new windows are refused: the app shows only its own bundled pages.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  backend?.close();
  app.quit();
});
