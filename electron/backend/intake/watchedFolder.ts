// The folder the office chooses for received files (where the Party network's client saves what it receives):
// the setting, and what happens to each file the watcher (intake/folderWatcher.ts) finds there — recorded once
// by its SHA-256, read with the same reader as a dropped file, then registered or dismissed by the clerk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { isReceivedFilePath } from '../../../shared/receivedFileName';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/schemas';
import type { ReceivedReadingOut } from '../../../shared/contractIntake';
import type { ConfirmedEntry, IntakeDeps, IntakeService } from './intakeService';
import type { ReceivedRow } from './receivedFiles';

/** The settings row holding the watched folder ('' when none is chosen). */
export const INTAKE_FOLDER_SETTING = 'intakeFolder';

export type OfferResult =
  | { state: 'new'; id: number }
  | { state: 'known'; id: number }
  /** Still being written (its size changed while read, or another program holds it): offer it again later. */
  | { state: 'busy'; id: null; reason: string }
  /** Never proposed: empty or larger than an attachment may be. */
  | { state: 'skipped'; id: null; reason: string };

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

const sha256Of = (content: Buffer) => crypto.createHash('sha256').update(content).digest('hex');

export function createWatchedFolder(deps: IntakeDeps, intake: IntakeService) {
  const { db, history } = deps;
  const files = intake.received;
  const selectSetting = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsertSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function folder(): string {
    const row = selectSetting.get(INTAKE_FOLDER_SETTING);
    const value = row ? JSON.parse(row.value) : '';
    return typeof value === 'string' ? value : '';
  }

  /** Chooses the folder to watch (it must exist and be readable); an empty text stops watching. */
  function setFolder(chosen: string): { folder: string } {
    const value = chosen.trim();
    if (value) {
      if (!path.isAbsolute(value)) {
        throw new AppError('VALIDATION', 'Thư mục nhận văn bản phải là đường dẫn đầy đủ (ví dụ D:\\VanBanDen hoặc /home/vanthu/VanBanDen).', { folder: 'Cần đường dẫn đầy đủ.' });
      }
      let isDir = false;
      try {
        isDir = fs.statSync(value).isDirectory();
      } catch {
        throw new AppError('VALIDATION', `Không có thư mục "${value}" (hoặc ổ đĩa chưa được gắn). Hãy chọn thư mục mà phần mềm nhận văn bản qua mạng lưu tệp vào.`, { folder: 'Không có thư mục này.' });
      }
      if (!isDir) throw new AppError('VALIDATION', `"${value}" là một tệp, không phải thư mục.`, { folder: 'Không phải thư mục.' });
      try {
        fs.accessSync(value, fs.constants.R_OK);
        fs.readdirSync(value);
      } catch {
        throw new AppError('VALIDATION', `Không có quyền đọc thư mục "${value}". Hãy cấp quyền đọc cho người dùng máy này hoặc chọn thư mục khác.`, { folder: 'Không đọc được.' });
      }
    }
    const before = folder();
    if (before !== value) {
      db.transaction(() => {
        upsertSetting.run(INTAKE_FOLDER_SETTING, JSON.stringify(value));
        history.recordFor('settings', INTAKE_FOLDER_SETTING, 'update', 'Thư mục nhận văn bản', { intakeFolder: { from: before, to: value } });
      })();
    }
    return { folder: value };
  }

  /**
   * A file the watcher found settled in the folder: recorded once by its content. Only a bare name inside the
   * chosen folder is taken; the size and time are read here, not trusted from the caller.
   */
  function offer(fileName: string): OfferResult {
    const dir = folder();
    if (!dir) throw new AppError('VALIDATION', 'Chưa chọn thư mục nhận văn bản (Cài đặt → Nhận văn bản từ thư mục).');
    if (!isReceivedFilePath(fileName)) {
      throw new AppError('VALIDATION', `"${fileName}" không phải tên một tệp văn bản trong thư mục nhận văn bản.`);
    }
    const full = path.join(dir, ...fileName.split('/'));
    let stat: fs.Stats;
    let inside: boolean;
    try {
      stat = fs.statSync(full);
      // A subfolder may be a link to elsewhere: only what really lies inside the chosen folder is read.
      inside = isInside(fs.realpathSync(dir), fs.realpathSync(full));
    } catch {
      throw new AppError('NOT_FOUND', `Tệp "${fileName}" không còn trong thư mục nhận văn bản.`);
    }
    if (!inside) {
      throw new AppError('VALIDATION', `"${fileName}" không nằm trong thư mục nhận văn bản.`);
    }
    if (!stat.isFile()) throw new AppError('VALIDATION', `"${fileName}" không phải là tệp.`);
    const known = files.knownAt(full, stat.size, stat.mtimeMs);
    if (known !== null) return { state: 'known', id: known };
    if (stat.size === 0) return { state: 'busy', id: null, reason: 'Tệp rỗng (có thể đang được ghi).' };
    if (stat.size > ATTACHMENT_MAX_BYTES) return { state: 'skipped', id: null, reason: 'Tệp lớn quá 200 MB.' };
    let content: Buffer;
    try {
      content = fs.readFileSync(full);
    } catch (err) {
      // Windows: the program writing the file may still hold it (EBUSY, EPERM).
      return { state: 'busy', id: null, reason: `Chưa đọc được tệp: ${(err as NodeJS.ErrnoException).code ?? 'lỗi đọc'}.` };
    }
    if (content.length !== stat.size) return { state: 'busy', id: null, reason: 'Tệp đang được ghi.' };
    const seen = { sha256: sha256Of(content), fileName, path: full, size: stat.size, mtimeMs: stat.mtimeMs };
    return db.transaction((): OfferResult => {
      const before = files.getBySha(seen.sha256);
      if (before) {
        files.rememberAt(before.id, seen);
        return { state: 'known', id: before.id };
      }
      return { state: 'new', id: files.add(seen, files.attachedEntry(seen.sha256)) };
    }).immediate();
  }

  /** The file's content as it was seen: refused when it was moved, removed or changed since. */
  function contentOf(row: ReceivedRow): Buffer {
    let content: Buffer;
    try {
      content = fs.readFileSync(row.path);
    } catch {
      throw new AppError('NOT_FOUND', `Tệp "${row.file_name}" không còn ở ${row.path} (đã bị chuyển hoặc xóa). Có thể bỏ qua tệp này.`);
    }
    if (sha256Of(content) !== row.sha256) {
      throw new AppError('VALIDATION', `Tệp "${row.file_name}" đã bị thay đổi sau khi nhận; nội dung mới sẽ được đề xuất riêng. Có thể bỏ qua tệp này.`);
    }
    return content;
  }

  function proposedRow(id: number): ReceivedRow {
    const row = files.get(id);
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy tệp nhận có mã ${id}.`);
    if (row.state !== 'proposed') {
      throw new AppError('CONFLICT', row.state === 'registered'
        ? `Tệp "${row.file_name}" đã được vào sổ${row.decided_by ? ` (${row.decided_by})` : ''}.`
        : `Tệp "${row.file_name}" đã được bỏ qua${row.decided_by ? ` (${row.decided_by})` : ''}.`);
    }
    return row;
  }

  /** The file's reading, kept once made (the watcher asks for it as soon as the file is seen). */
  async function readProposed(id: number): Promise<ReceivedReadingOut & { id: number; fileName: string }> {
    const row = proposedRow(id);
    if (row.reading) return { ...(JSON.parse(row.reading) as ReceivedReadingOut), id, fileName: row.file_name };
    try {
      const reading = await intake.read(row.file_name, contentOf(row));
      // The app may have closed the register meanwhile (a read can take a while): then the reading is made again.
      if (db.open) files.saveReading(id, reading, null);
      return { ...reading, id, fileName: row.file_name };
    } catch (err) {
      if (db.open) files.saveReading(id, null, (err as Error).message);
      throw err;
    }
  }

  /** Registers the entry the clerk confirmed with the file from the folder (and its stamped copy for a PDF). */
  function registerProposed(id: number, entry: ConfirmedEntry) {
    const row = proposedRow(id);
    return intake.register(row.file_name, contentOf(row), entry);
  }

  /** The clerk leaves these files out of the register: they are not proposed again. */
  function dismiss(ids: number[]): { dismissed: number } {
    const actor = history.actor();
    let dismissed = 0;
    db.transaction(() => {
      for (const id of ids) {
        const row = files.get(id);
        if (!row || !files.decide(id, 'dismissed', null, actor)) continue;
        history.recordFor('receivedFile', id, 'update', `Tệp nhận: ${row.file_name}`, { state: { from: 'Đề xuất', to: 'Bỏ qua, không vào sổ' } });
        dismissed++;
      }
    }).immediate();
    return { dismissed };
  }

  /** The files waiting for the clerk, newest first, with what was read from each. */
  function proposed(limit = 200) {
    return {
      folder: folder(),
      total: files.countProposed(),
      items: files.proposed(limit).map((r) => {
        const reading = r.reading ? (JSON.parse(r.reading) as ReceivedReadingOut) : null;
        return {
          id: r.id, fileName: r.file_name, size: r.size, seenAt: r.seen_at, sha256: r.sha256,
          read: reading !== null, readError: r.read_error,
          symbol: reading?.fields.symbol ?? null, issuer: reading?.fields.issuer ?? null,
          documentDate: reading?.fields.documentDate ?? null, abstract: reading?.fields.abstract ?? null,
        };
      }),
    };
  }

  return { folder, setFolder, offer, readProposed, registerProposed, dismiss, proposed };
}

export type WatchedFolder = ReturnType<typeof createWatchedFolder>;
