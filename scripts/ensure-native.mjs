// Before tests: make sure better-sqlite3 is built for this Node (npm start may have rebuilt it for
// Electron's ABI, which plain Node cannot load).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './build-lib.mjs';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  console.log('better-sqlite3 không chạy với Node này; đang dựng lại…');
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 || !loads()) {
    console.error('Không dựng lại được better-sqlite3.');
    process.exit(1);
  }
  fs.rmSync(path.join(root, 'node_modules', '.vanthu-native-target'), { force: true });
}
