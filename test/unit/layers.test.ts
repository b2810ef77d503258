import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// README, "Layout": each layer may import only what is listed. This reads every import of every source
// file and fails on one that crosses a layer boundary.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Layer { name: string; dir: string; allowedDirs: string[]; forbidden: RegExp[] }

const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|crypto|http|https|net|url|util|stream|module|worker_threads)$/;

const LAYERS: Layer[] = [
  { name: 'shared', dir: 'shared', allowedDirs: ['shared'], forbidden: [NODE_BUILTIN, /^electron$/, /^react/, /^better-sqlite3$/, /^docx$/, /^exceljs$/] },
  { name: 'backend', dir: 'electron/backend', allowedDirs: ['shared', 'electron/backend', 'package.json'], forbidden: [/^electron$/, /^react/, /^antd/] },
  { name: 'main', dir: 'electron/main', allowedDirs: ['shared', 'electron/backend', 'electron/main'], forbidden: [/^react/, /^antd/] },
  { name: 'preload', dir: 'electron/preload', allowedDirs: ['electron/preload', 'shared'], forbidden: [NODE_BUILTIN, /^better-sqlite3$/] },
  { name: 'renderer', dir: 'renderer/src', allowedDirs: ['renderer', 'shared'], forbidden: [NODE_BUILTIN, /^electron$/, /^better-sqlite3$/, /^docx$/, /^exceljs$/] },
];

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function violations(layer: Layer): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(layer.dir)) {
    for (const spec of importsOf(fs.readFileSync(path.join(root, file), 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(root, path.dirname(file), spec));
        if (!layer.allowedDirs.some((d) => target === d || target.startsWith(`${d}/`))) found.push(`${file} → ${spec}`);
      } else if (layer.forbidden.some((re) => re.test(spec))) {
        found.push(`${file} → ${spec}`);
      }
    }
  }
  return found;
}

describe('layers (README, Layout)', () => {
  for (const layer of LAYERS) {
    it(`${layer.name} imports only what it may`, () => {
      expect(sourceFiles(layer.dir).length).toBeGreaterThan(0);
      expect(violations(layer)).toEqual([]);
    });
  }

  it('the checker catches a forbidden import', () => {
    expect(importsOf("import { app } from 'electron';\nimport fs from 'node:fs';")).toEqual(['electron', 'node:fs']);
    const probe: Layer = { ...LAYERS[0], dir: 'test/fixtures/layer-violation' };
    expect(violations(probe).length).toBe(2);
  });

  it('only electron/main and electron/preload import electron', () => {
    const all = ['shared', 'electron/backend', 'renderer/src', 'scripts'].flatMap(sourceFiles);
    const offenders = all.filter((f) => importsOf(fs.readFileSync(path.join(root, f), 'utf8')).includes('electron'));
    expect(offenders).toEqual([]);
  });
});
