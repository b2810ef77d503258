import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDatabase } from '../../electron/backend/db/openDatabase';
import { MIGRATIONS, type Migration } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/tempBackend';
import { listBackups } from '../../electron/backend/services/backupFolder';

/** Every table, index and trigger of a database, with its SQL. */
const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

describe('migrations on PRAGMA user_version', () => {
  it('creates the schema from empty with WAL, foreign keys and a busy timeout', () => {
    const file = path.join(tempDir(), 'v.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(10000);
    db.close();
  });

  it('upgrades a database from the previous schema, backing it up first and keeping its rows', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v.db');
    const previous = MIGRATIONS.slice(0, -1);
    const last = MIGRATIONS[MIGRATIONS.length - 1];
    // Where the ladder has a single step, "previous" is the empty database of a first install.
    const old = openDatabase(file, { migrations: previous.length ? previous : [] });
    // A register entry: the table the migrations reshape (sort keys, cancellation, indexes).
    old.exec(`INSERT INTO books (id, name, year, created_at) VALUES (1, 'Sổ 2024', 2024, '2024-01-01');
      INSERT INTO incoming (book_id, arrival_number, arrival_date, sort_key, issuer, abstract, created_at, updated_at)
      VALUES (1, 7, '2024-01-02', 7, 'Văn phòng Tỉnh ủy', 'giữ nguyên', '', '')`);
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(last.version);
    expect(db.prepare('SELECT arrival_number, issuer, abstract FROM incoming').all()).toEqual([{ arrival_number: 7, issuer: 'Văn phòng Tỉnh ủy', abstract: 'giữ nguyên' }]);
    // The upgraded file has what a fresh install has: every table, index and trigger the last step adds.
    const fresh = openDatabase(path.join(dir, 'fresh.db'));
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    fresh.close();
    db.close();
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups.length).toBe(previous.length ? 1 : 0);
    if (backups.length) expect(backups[0]).toMatchObject({ kind: 'before-migration', schemaVersion: previous.at(-1)!.version });
  });

  it('step 6 gives entries registered before it their Vietnamese sort key', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v5.db');
    const v5 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
    v5.exec(`INSERT INTO books (id, name, year, created_at) VALUES (1, 'Sổ 2024', 2024, '2024-01-01');
      INSERT INTO incoming (book_id, arrival_number, arrival_date, sort_key, issuer, abstract, created_at, updated_at)
      VALUES (1, 1, '2024-01-02', 1, 'Văn phòng Tỉnh ủy', 'a', '', ''), (1, 2, '2024-01-02', 2, 'Đảng ủy Khối', 'b', '', '')`);
    v5.close();
    const db = openDatabase(file);
    // Inserted Văn phòng first: without keys the order would stay the insertion order (byte order too).
    const sorted = db.prepare('SELECT issuer FROM incoming i ORDER BY (SELECT sort_key FROM issuer_sort_keys k WHERE k.issuer = i.issuer)').all();
    expect(sorted).toEqual([{ issuer: 'Đảng ủy Khối' }, { issuer: 'Văn phòng Tỉnh ủy' }]);
    db.close();
  });

  it('backs up before migrating and rolls back a failed step as a whole', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v.db');
    openDatabase(file).close();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      description: 'fails halfway',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.kind)).toEqual(['before-migration']);
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer version of the app, in Vietnamese, without touching it', () => {
    const file = path.join(tempDir(), 'v.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/phiên bản Văn thư mới hơn/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    again.close();
  });
});
