import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the real `vanthu` command (bin/vanthu.mjs) as a user would. */
export function vanthu(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'vanthu.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}
