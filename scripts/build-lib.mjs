// Build steps shared by `npm run build`, `npm start` and `npm run web`.
import { build as esbuild } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const rendererDir = path.join(root, 'dist', 'renderer');
export const electronOutDir = path.join(root, 'dist-electron');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules') continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer with Vite unless dist/renderer is newer than every source it comes from. */
export async function ensureRendererBuilt({ force = false } = {}) {
  const index = path.join(rendererDir, 'index.html');
  const sources = Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared')));
  if (!force && fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  console.log('Đang dựng giao diện…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Dựng giao diện thất bại.');
}

/** Bundles the Electron main process, preload and backend worker (CommonJS: a sandboxed preload cannot be ESM). */
export async function buildElectron() {
  const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
  await esbuild({ ...common, entryPoints: ['electron/main/index.ts'], outfile: path.join(electronOutDir, 'main.cjs'), external: ['electron', 'better-sqlite3'] });
  await esbuild({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: path.join(electronOutDir, 'preload.cjs'), external: ['electron'] });
  // The backend's worker, run by main in Electron utility processes (electron/main/backendProcess.ts).
  await esbuild({ ...common, entryPoints: ['electron/backend/host/workerMain.ts'], outfile: path.join(electronOutDir, 'backendWorker.cjs'), external: ['better-sqlite3', 'tesseract.js'] });
}
