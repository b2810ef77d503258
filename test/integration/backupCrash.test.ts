import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { arrivalDates, createRng, plausibleEntry } from '../../electron/backend/sample/generator';
import { inspectBackup } from '../../electron/backend/services/backupCheck';
import { IncomingInput } from '../../shared/schemas';
import { repoRoot } from '../helpers/cli';
import { tempDir } from '../helpers/tempBackend';

// kill -9 during a backup and during a restore (issue 8): either the old state or the new one,
// never a mix. The CLI runs in a child process killed at random moments over the command's run.

const RUNS = 4;
/** Kill moments spread over the command's run (as fractions of an uninterrupted run), with jitter. */
const killAt = (fullMs: number, run: number) => Math.round(fullMs * (0.3 + (0.7 * (run + Math.random())) / RUNS));

/** A register big enough that a backup or a restore takes a noticeable part of a second. */
function makeRegister(file: string, rows: number, probe: string): void {
  const backend = createBackend({ dbPath: file, mode: 'test' });
  const rng = createRng(rows);
  const entries = arrivalDates(rng, '2024-01-02', '2024-12-30', rows).map((d) => IncomingInput.parse(plausibleEntry(rng, d)));
  backend.services.incoming.importMany(entries as never);
  backend.services.db.prepare("INSERT INTO settings (key, value) VALUES ('probe', ?)").run(JSON.stringify(probe));
  backend.services.db.pragma('wal_checkpoint(TRUNCATE)');
  backend.close();
}

/** The rows and the probe of a register, after SQLite's own recovery; fails on a damaged file. */
function stateOf(file: string): { entries: number; probe: string } {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const entries = db.prepare('SELECT count(*) FROM incoming').pluck().get() as number;
    const probe = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get() as string);
    // The full-text index follows the rows: a search finds as many entries as a scan.
    const indexed = db.prepare('SELECT count(*) FROM incoming_fts').pluck().get() as number;
    expect(indexed).toBe(entries);
    return { entries, probe };
  } finally {
    db.close();
  }
}

interface Kill {
  /** Kill after this many ms… */
  afterMs?: number;
  /** …or as soon as this file has grown past this many bytes (the copy is under way). */
  file?: () => string | undefined;
  bytes?: number;
}

function runCli(args: string[], kill: Kill = {}): Promise<{ code: number | null; killed: boolean; ms: number; stderr: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'vanthu.mjs'), ...args], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let killed = false;
    const timer = kill.afterMs === undefined ? undefined : setTimeout(() => { killed = child.kill('SIGKILL'); }, kill.afterMs);
    const poll = kill.file === undefined ? undefined : setInterval(() => {
      const file = kill.file!();
      if (file && fs.existsSync(file) && fs.statSync(file).size > kill.bytes!) killed = child.kill('SIGKILL');
    }, 2);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ code, killed: killed && code === null, ms: Date.now() - started, stderr });
    });
  });
}

function copyRegister(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
}

describe('kill -9 during a backup or a restore', () => {
  it('a backup is either absent or whole, and the register is untouched', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'vanthu.db');
    makeRegister(db, 20_000, 'cũ');
    const before = stateOf(db);
    const dbSize = fs.statSync(db).size;
    const full = await runCli(['backup', '--db', db, '--out', path.join(dir, 'full')]);
    expect(full.code, full.stderr).toBe(0);
    let killedRuns = 0;
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(dir, `b${run}`);
      // Half the runs are killed while the database is being copied, the others at a moment of the whole run.
      const tmpCopy = () => fs.readdirSync(dir).filter((n) => n.startsWith(`.b${run}.tmp-`)).map((n) => path.join(dir, n, 'vanthu.db'))[0];
      const kill: Kill = run % 2 === 0 ? { file: tmpCopy, bytes: Math.random() * dbSize } : { afterMs: killAt(full.ms, run) };
      const r = await runCli(['backup', '--db', db, '--out', out], kill);
      if (r.killed) killedRuns++;
      
      expect(stateOf(db)).toEqual(before);
      if (fs.existsSync(out)) {
        const check = inspectBackup(out);
        expect(check.problems).toEqual([]);
        expect(check.entries).toBe(before.entries);
      }
    }
    // The kills landed while the command ran (not all after it ended).
    expect(killedRuns).toBeGreaterThan(0);
  }, 300_000);

  it('a restore leaves the old register or the restored one, never a mix', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'moi.db');
    makeRegister(source, 15_000, 'mới');
    const backupDir = path.join(dir, 'sao-luu');
    const made = await runCli(['backup', '--db', source, '--out', backupDir]);
    expect(made.code, made.stderr).toBe(0);
    const pristine = path.join(dir, 'cu.db');
    makeRegister(pristine, 22_000, 'cũ');
    const oldState = stateOf(pristine);
    const newState = stateOf(source);
    const db = path.join(dir, 'vanthu.db');
    copyRegister(pristine, db);
    const full = await runCli(['restore', '--db', db, '--from', backupDir]);
    expect(full.code, full.stderr).toBe(0);
    expect(stateOf(db)).toEqual(newState);
    const seen = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      copyRegister(pristine, db);
      // Killed while the restored pages go into the register's write-ahead log (the swap itself), or at a moment of the run.
      const kill: Kill = run % 2 === 0 ? { file: () => `${db}-wal`, bytes: Math.random() * fs.statSync(source).size } : { afterMs: killAt(full.ms, run) };
      const r = await runCli(['restore', '--db', db, '--from', backupDir], kill);
      const state = stateOf(db);
      expect([oldState, newState]).toContainEqual(state);
      if (r.killed) seen.add(state.probe);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 300_000);
});
