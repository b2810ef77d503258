// The SQL of the files seen in the watched folder (table received_files, migration 12): one row per content
// (SHA-256), proposed until the clerk registers or dismisses it, never proposed again after.
import type { Db } from '../db/openDatabase';
import { nowIso } from '../services/clock';

export type ReceivedState = 'proposed' | 'registered' | 'dismissed';

export interface ReceivedRow {
  id: number;
  sha256: string;
  file_name: string;
  path: string;
  size: number;
  mtime_ms: number;
  seen_at: string;
  state: ReceivedState;
  /** The reading (JSON of intake.read's answer) once the file was read. */
  reading: string | null;
  read_error: string | null;
  entry_id: number | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface SeenFile { sha256: string; fileName: string; path: string; size: number; mtimeMs: number }

export function createReceivedFiles(db: Db) {
  const byId = db.prepare<[number], ReceivedRow>('SELECT * FROM received_files WHERE id = ?');
  const bySha = db.prepare<[string], ReceivedRow>('SELECT * FROM received_files WHERE sha256 = ?');
  const byPath = db.prepare<[string, number, number], { id: number }>(
    'SELECT id FROM received_files WHERE path = ? AND size = ? AND mtime_ms = ? LIMIT 1');
  const proposed = db.prepare<[number], ReceivedRow>(
    "SELECT * FROM received_files WHERE state = 'proposed' ORDER BY seen_at DESC, id DESC LIMIT ?");
  const countProposed = db.prepare<[], number>("SELECT count(*) FROM received_files WHERE state = 'proposed'").pluck();
  const insert = db.prepare(
    'INSERT INTO received_files (sha256, file_name, path, size, mtime_ms, seen_at, state, entry_id, decided_by, decided_at) ' +
    'VALUES (@sha256, @fileName, @path, @size, @mtimeMs, @seenAt, @state, @entryId, @decidedBy, @decidedAt)');
  const remember = db.prepare('UPDATE received_files SET path = ?, size = ?, mtime_ms = ? WHERE id = ?');
  const setReading = db.prepare('UPDATE received_files SET reading = ?, read_error = ? WHERE id = ?');
  const decide = db.prepare(
    "UPDATE received_files SET state = ?, entry_id = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state = 'proposed'");
  // A file the clerk attached by hand earlier (dropped, `den add --file`) is already in the register.
  const attachedEntry = db.prepare<[string], number>('SELECT entry_id FROM attachments WHERE sha256 = ? LIMIT 1').pluck();

  return {
    get: (id: number) => byId.get(id),
    getBySha: (sha256: string) => bySha.get(sha256),
    /** A file already seen at this path with this size and time: no need to hash it again. */
    knownAt: (path: string, size: number, mtimeMs: number) => byPath.get(path, size, mtimeMs)?.id ?? null,
    proposed: (limit: number) => proposed.all(limit),
    countProposed: () => countProposed.get() as number,
    attachedEntry: (sha256: string) => (attachedEntry.get(sha256) as number | undefined) ?? null,

    /** A content seen for the first time: proposed, or already registered when an entry has it attached. */
    add(file: SeenFile, registeredAs: number | null): number {
      return Number(insert.run({
        ...file, seenAt: nowIso(), state: registeredAs === null ? 'proposed' : 'registered', entryId: registeredAs,
        decidedBy: null, decidedAt: registeredAs === null ? null : nowIso(),
      }).lastInsertRowid);
    },
    /** The same content seen again under another name or time: remembered there, not proposed again. */
    rememberAt: (id: number, file: SeenFile) => void remember.run(file.path, file.size, file.mtimeMs, id),
    saveReading: (id: number, reading: unknown, error: string | null) =>
      void setReading.run(reading === null ? null : JSON.stringify(reading), error, id),
    /** Moves a proposed file to registered or dismissed; false when it was not proposed any more. */
    decide: (id: number, state: Exclude<ReceivedState, 'proposed'>, entryId: number | null, actor: string) =>
      decide.run(state, entryId, actor, nowIso(), id).changes === 1,
  };
}

export type ReceivedFiles = ReturnType<typeof createReceivedFiles>;
