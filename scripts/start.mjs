// `npm start`: the desktop app. Where the Electron binary cannot be had (an offline machine), says
// so in one line and serves the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildElectron, ensureRendererBuilt, root } from './build-lib.mjs';

const require = createRequire(import.meta.url);

/** Path of the Electron binary, or null when it is not installed and cannot be downloaded. */
function electronBinary() {
  // require('electron') downloads the binary on first use; run it in a child with a time limit so an
  // offline machine does not hang.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (probe.status !== 0 || !probe.stdout) return null;
  return fs.existsSync(probe.stdout) ? probe.stdout : null;
}

/**
 * Native modules must match Electron's ABI, not Node's: rebuild better-sqlite3 against Electron's
 * headers once (this needs a connected machine) and remember it; scripts/ensure-native.mjs puts the
 * Node build back before tests.
 */
function rebuildNativeForElectron() {
  const marker = path.join(root, 'node_modules', '.vanthu-native-target');
  const target = `electron-${require('electron/package.json').version}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === target) return;
  const rebuild = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), 'install-app-deps'], { cwd: root, stdio: 'inherit' });
  if (rebuild.status === 0) fs.writeFileSync(marker, target);
  else console.error('Không dựng lại được better-sqlite3 cho Electron; vẫn thử khởi động.');
}

await ensureRendererBuilt();
const binary = electronBinary();
if (!binary) {
  console.log('Không có Electron trên máy này (không tải được khi không có mạng) — mở Văn thư ở chế độ trình duyệt.');
  await import('./web.mjs');
} else {
  await buildElectron();
  rebuildNativeForElectron();
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
