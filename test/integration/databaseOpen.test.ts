import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { LATEST_VERSION, openDatabase } from '../../electron/backend/db/openDatabase';
import { NQ43, ok, tempDir } from '../helpers/tempBackend';

// A database that cannot be used as it is (issue 8): refused untouched, with a Vietnamese message
// saying what happened and what to do; a write-protected register still reads and searches.

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A register with one entry and one backup in its default backup folder. */
async function registerWithBackup(): Promise<{ file: string; backupPath: string }> {
  const file = path.join(tempDir(), 'vanthu.db');
  const backend = createBackend({ dbPath: file, mode: 'test' });
  await ok(backend, 'incoming.register', NQ43);
  const backup = await ok(backend, 'backup.create', {});
  backend.close();
  return { file, backupPath: backup.path };
}

describe('opening a database that cannot be used as it is', () => {
  it('a database from a newer version is refused without a single byte changed', () => {
    const file = path.join(tempDir(), 'v.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = hash(file);
    expect(() => openDatabase(file)).toThrow(/phiên bản Văn thư mới hơn.*dữ liệu không bị thay đổi/);
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a file that is not a database is named as such, with the last backup and how to restore it', async () => {
    const { file, backupPath } = await registerWithBackup();
    fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải sổ đăng ký.\n'.repeat(200));
    for (const s of ['-wal', '-shm']) fs.rmSync(file + s, { force: true });
    const before = hash(file);
    let message = '';
    try {
      openDatabase(file);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/không phải là cơ sở dữ liệu Văn thư/);
    expect(message).toContain(backupPath);
    expect(message).toContain(`vanthu restore --db "${file}" --from "${backupPath}"`);
    expect(hash(file)).toBe(before);
  });

  it('a damaged database is named as damaged, left as it is, with the last backup', async () => {
    const { file, backupPath } = await registerWithBackup();
    // Scribble over the schema on the first page, past the 100-byte header.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, 100);
    fs.closeSync(fd);
    const before = hash(file);
    expect(() => openDatabase(file)).toThrow(/bị hỏng/);
    expect(() => openDatabase(file)).toThrow(backupPath);
    expect(hash(file)).toBe(before);
  });

  it('a write-protected register opens read-only: it is read and searched, writes are refused in Vietnamese', async () => {
    const file = path.join(tempDir(), 'vanthu.db');
    const writer = createBackend({ dbPath: file, mode: 'test' });
    await ok(writer, 'incoming.register', NQ43);
    writer.close();
    fs.chmodSync(file, 0o444);
    const before = hash(file);
    const reader = createBackend({ dbPath: file, mode: 'test' });
    try {
      const found = await ok(reader, 'incoming.list', { q: 'dai doan ket' });
      expect(found.items.map((e: { symbol: string }) => e.symbol)).toEqual(['43-NQ/TW']);
      const refused = await reader.dispatch('incoming.register', { ...NQ43, arrivalNumber: 11647 });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/chỉ đọc.*vẫn xem và tìm kiếm được/);
    } finally {
      reader.close();
      fs.chmodSync(file, 0o644);
    }
    expect(hash(file)).toBe(before);
  });
});
