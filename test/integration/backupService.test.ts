import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { listBackups } from '../../electron/backend/services/backupFolder';
import { NQ43, ok, tempBackend, tempDir } from '../helpers/tempBackend';

describe('automatic backups and the backup folder', () => {
  it('the app makes a backup on start when the newest is older than a day, not on every start', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'vanthu.db');
    const first = createBackend({ dbPath, mode: 'web' });
    await expect.poll(() => listBackups(path.join(dir, 'backups')).length).toBe(1);
    const firstBackup = listBackups(path.join(dir, 'backups'))[0];
    expect(firstBackup.kind).toBe('daily');
    // Started again the same day: no second backup.
    expect(first.services.backups.dailyIfDue()).toBeNull();
    // A day and a minute later: due.
    const due = first.services.backups.dailyIfDue(Date.now() + 24 * 3600_000 + 60_000);
    expect(due).not.toBeNull();
    const second = await due;
    // Two daily backups on one calendar day: the rotation keeps the newer.
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.name)).toEqual([second!.name]);
    expect(second!.name).not.toBe(firstBackup.name);
    first.close();
  });

  it('backups go to the folder chosen in Cài đặt; a folder that cannot be written is refused in Vietnamese', async () => {
    const b = tempBackend();
    await ok(b, 'incoming.register', NQ43);
    const usb = path.join(tempDir(), 'usb', 'saoluu');
    const list = await ok(b, 'backup.setFolder', { folder: usb });
    expect(list.folder).toBe(usb);
    const made = await ok(b, 'backup.create', {});
    expect(path.dirname(made.path)).toBe(usb);
    expect((await ok(b, 'backup.list', {})).backups.map((x: { path: string }) => x.path)).toEqual([made.path]);
    const relative = await b.dispatch('backup.setFolder', { folder: 'saoluu' });
    expect(relative.ok).toBe(false);
    if (!relative.ok) expect(relative.error.message).toMatch(/đường dẫn đầy đủ/);
    // The stick is pulled out: a message that says so, not an English system error.
    fs.rmSync(path.dirname(usb), { recursive: true, force: true });
    fs.writeFileSync(path.dirname(usb), 'không phải thư mục');
    const failed = await b.dispatch('backup.create', {});
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.message).toMatch(/Không ghi được bản sao lưu vào .*Dữ liệu không bị ảnh hưởng/);
    // Back to the default beside the database.
    expect((await ok(b, 'backup.setFolder', { folder: '' })).folder).toBe(path.join(path.dirname(b.dbPath), 'backups'));
  });
});
