import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/backend/db/migrations';
import { vanthu } from '../helpers/cli';
import { NQ43, tempDir } from '../helpers/tempBackend';

const total = (db: string) => vanthu('den', 'list', '--db', db, '--json', '--limit', '1').json().total as number;

/** A register with the sample data and one backup of it made by `vanthu backup --out`. */
function registerAndBackup() {
  const dir = tempDir();
  const db = path.join(dir, 'vanthu.db');
  expect(vanthu('init', '--db', db, '--sample').code).toBe(0);
  const out = path.join(dir, 'usb', 'sao-luu-1');
  const made = vanthu('backup', '--db', db, '--out', out, '--json');
  expect(made.code, made.stderr).toBe(0);
  return { dir, db, backup: made.json() };
}

// Several CLI runs per test: on a loaded machine each takes seconds.
describe('vanthu backup and restore', { timeout: 180_000 }, () => {
  it('backup prints the path, size and what the backup holds', () => {
    const { db, backup } = registerAndBackup();
    const entries = total(db);
    expect(backup.path).toMatch(/sao-luu-1$/);
    expect(fs.existsSync(path.join(backup.path, 'vanthu.db'))).toBe(true);
    expect(backup.size).toBeGreaterThanOrEqual(fs.statSync(path.join(backup.path, 'vanthu.db')).size);
    expect(backup).toMatchObject({ kind: 'manual', schemaVersion: LATEST_VERSION, entries, sourceDb: db });
    expect(backup.tables.incoming).toBe(entries);
    expect(backup.tables.tasks).toBeGreaterThan(0);
    // Without --json: one sentence a clerk reads.
    const text = vanthu('backup', '--db', db);
    expect(text.stdout).toMatch(new RegExp(`Đã sao lưu vào .*vanthu-backup-.*\\n  ${entries} văn bản đến, 0 tệp đính kèm`));
  });

  it('restore backs up the current state first, then brings back the backup', () => {
    const { db, backup } = registerAndBackup();
    const before = total(db);
    expect(vanthu('den', 'add', '--db', db, '--json', JSON.stringify({ ...NQ43, arrivalNumber: undefined, arrivalDate: '2024-02-01' })).code).toBe(0);
    const restored = vanthu('restore', '--db', db, '--from', backup.path, '--json');
    expect(restored.code, restored.stderr).toBe(0);
    const result = restored.json();
    expect(result.safetyBackup).toMatchObject({ kind: 'before-restore', entries: before + 1 });
    expect(result.restored).toMatchObject({ path: backup.path, entries: before });
    expect(total(db)).toBe(before);
    // The state before the restore can itself be restored: nothing was lost.
    expect(vanthu('restore', '--db', db, '--from', result.safetyBackup.path).code).toBe(0);
    expect(total(db)).toBe(before + 1);
  });

  it('restores a register whose file was lost into the path given', () => {
    const { dir, db, backup } = registerAndBackup();
    const lost = path.join(dir, 'may-moi', 'vanthu.db');
    const restored = vanthu('restore', '--db', lost, '--from', backup.path, '--json');
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.json()).toMatchObject({ keptAside: null, restored: { path: backup.path } });
    expect(total(lost)).toBe(total(db));
  });

  it('refuses a backup from a newer version or a damaged one, and leaves the register as it was', () => {
    const { dir, db, backup } = registerAndBackup();
    const before = total(db);
    const newer = path.join(dir, 'newer');
    fs.cpSync(backup.path, newer, { recursive: true });
    const copy = new Database(path.join(newer, 'vanthu.db'));
    copy.pragma(`user_version = ${LATEST_VERSION + 1}`);
    copy.close();
    const refused = vanthu('restore', '--db', db, '--from', newer);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/phiên bản Văn thư mới hơn.*Dữ liệu hiện tại không bị thay đổi/s);

    const damaged = path.join(dir, 'damaged');
    fs.cpSync(backup.path, damaged, { recursive: true });
    const file = path.join(damaged, 'vanthu.db');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x41), 0, 8192, fs.statSync(file).size - 16384);
    fs.closeSync(fd);
    const broken = vanthu('restore', '--db', db, '--from', damaged);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Không khôi phục từ bản sao lưu "damaged": .*(hỏng|Không đọc được)/);
    expect(total(db)).toBe(before);
    // Nothing was backed up for a restore that did not happen.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('a damaged register is restored with the command its message names; the damaged file is kept', () => {
    const { dir, db } = registerAndBackup();
    const before = total(db);
    // The daily backup lives in the default folder beside the database.
    const daily = vanthu('backup', '--db', db, '--json').json();
    const fd = fs.openSync(db, 'r+');
    fs.writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, 100);
    fs.closeSync(fd);
    const refused = vanthu('den', 'list', '--db', db);
    expect(refused.code).toBe(1);
    const advice = /vanthu restore --db "([^"]+)" --from "([^"]+)"/.exec(refused.stderr);
    expect(advice, refused.stderr).not.toBeNull();
    expect(advice![2]).toBe(daily.path);
    const restored = vanthu('restore', '--db', advice![1], '--from', advice![2]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(total(db)).toBe(before);
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('tep-hong-'));
    expect(kept.length).toBe(1);
    expect(fs.existsSync(path.join(dir, 'backups', kept[0], 'vanthu.db'))).toBe(true);
  });
});
