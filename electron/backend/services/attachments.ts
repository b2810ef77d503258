import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';
import type { History } from './history';
import type { IncomingStore } from '../stores/incomingStore';
import type { IncomingService } from './incoming';
import { searchTextOf } from './incomingIndex';
import type { SettingsService } from './settings';

interface AttachmentRow {
  id: number; entry_id: number; file_name: string; stored_name: string; size: number; sha256: string; added_at: string;
  text_source: 'ocr' | 'file' | null;
}
// Every column but the kept text: a detail lists its files without carrying their text along.
const ROW_COLUMNS = 'id, entry_id, file_name, stored_name, size, sha256, added_at, text_source';

/** The text read from a file (its text layer, or a scan's OCR), kept with it so the entry is found by it. */
export interface FileText { text: string; source: 'ocr' | 'file' }

/**
 * The most characters of a file's text kept: about forty A4 pages. A document's subject and the words a clerk
 * searches for are in its first pages; the cap bounds what every later edit of the entry folds again into its
 * full-text row, and keeps a few-hundred-page scan from weighing on the database.
 */
export const KEPT_TEXT_MAX_CHARS = 100_000;

/**
 * Files attached to an entry are copied into the data folder under their SHA-256, so the register
 * keeps working when the original is moved. Secret documents' files are refused unless the office
 * has declared this machine offline (docs/trade.md, "Secrecy and urgency").
 */
export function createAttachmentService(db: Db, dataDir: string,
  deps: { incoming: IncomingService; store: IncomingStore; settings: SettingsService; history: History }) {
  const dir = path.join(dataDir, 'attachments');
  const insert = db.prepare('INSERT INTO attachments (entry_id, file_name, stored_name, size, sha256, added_at, text, text_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const deleteRow = db.prepare('DELETE FROM attachments WHERE id = ?');
  const updateText = db.prepare('UPDATE attachments SET text = ?, text_source = ? WHERE id = ?');
  const selectByEntry = db.prepare<[number], AttachmentRow>(`SELECT ${ROW_COLUMNS} FROM attachments WHERE entry_id = ? ORDER BY id`);
  const selectById = db.prepare<[number], AttachmentRow>(`SELECT ${ROW_COLUMNS} FROM attachments WHERE id = ?`);
  const selectWithoutText = db.prepare<[], AttachmentRow>(`SELECT ${ROW_COLUMNS} FROM attachments WHERE text IS NULL ORDER BY id`);

  const toAttachment = (r: AttachmentRow): Attachment => ({
    id: r.id, entryId: r.entry_id, fileName: r.file_name, size: r.size, sha256: r.sha256, addedAt: r.added_at, textSource: r.text_source,
  });

  const rowOf = (id: number): AttachmentRow => {
    const row = selectById.get(id);
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy tệp đính kèm có mã ${id}.`);
    return row;
  };

  /** The entry's full-text row written again with its files' text; inside the change's transaction. */
  const reindex = (entryId: number) => deps.store.rewriteText(entryId, searchTextOf(deps.incoming.get(entryId)));

  /** Attaches a file; `text`, when it was read from the file, makes the entry found by the file's words. */
  function add(entryId: number, fileName: string, content: Buffer, text: FileText | null = null): Attachment {
    const entry = deps.incoming.get(entryId);
    if (entry.secrecy && !deps.settings.get().offlineMachine) {
      throw new AppError('FORBIDDEN',
        `Văn bản có độ mật "${entry.secrecy}": không lưu tệp nội dung trên máy tính đã hoặc đang kết nối mạng ` +
        '(Luật Bảo vệ bí mật nhà nước). Chỉ đăng ký thông tin văn bản; muốn lưu tệp, máy phải được khai báo ' +
        'là máy không kết nối mạng trong Cài đặt.');
    }
    if (content.length === 0) throw new AppError('VALIDATION', 'Tệp rỗng, không có gì để lưu.');
    if (content.length > ATTACHMENT_MAX_BYTES) throw new AppError('VALIDATION', 'Tệp lớn quá 200 MB.');
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const storedName = path.join(sha256.slice(0, 2), sha256 + path.extname(fileName).toLowerCase());
    const target = path.join(dir, storedName);
    const kept = keptTextOf(text);
    const created = writeOnce(target, content);
    try {
      const id = db.transaction(() => {
        const rowId = Number(insert.run(entryId, path.basename(fileName), storedName, content.length, sha256, nowIso(),
          kept, kept === null ? null : text!.source).lastInsertRowid);
        if (kept !== null) reindex(entryId);
        deps.history.record(entryId, 'attach', { fileName: { from: null, to: path.basename(fileName) } });
        return rowId;
      })();
      return toAttachment(selectById.get(id)!);
    } catch (err) {
      if (created) fs.rmSync(target, { force: true });
      throw err;
    }
  }

  /**
   * Detaches a file from its entry; the entry is no longer found by the file's text. The API puts the row
   * into the trash first (handlersHistory), and the stored file stays in the data folder: nothing is lost.
   */
  function remove(id: number): Attachment {
    const row = rowOf(id);
    db.transaction(() => {
      deleteRow.run(id);
      if (row.text_source !== null) reindex(row.entry_id);
      deps.history.record(row.entry_id, 'detach', { fileName: { from: row.file_name, to: null } });
    })();
    return toAttachment(row);
  }

  /**
   * Keeps the text read again from an attached file (null or blank: none) in place of the one it had, and writes
   * the entry's full-text row again.
   */
  function keepText(id: number, text: FileText | null): Attachment {
    const row = rowOf(id);
    const kept = keptTextOf(text);
    db.transaction(() => {
      updateText.run(kept, kept === null ? null : text!.source, id);
      reindex(row.entry_id);
    })();
    return toAttachment(selectById.get(id)!);
  }

  /** A file put back from the trash: its entry is found by the file's text again. */
  function restored(id: number): void {
    const row = selectById.get(id);
    if (!row) return;
    if (row.text_source !== null) reindex(row.entry_id);
    deps.history.record(row.entry_id, 'attach', { fileName: { from: null, to: row.file_name } });
  }

  function withoutText(): Attachment[] {
    return selectWithoutText.all().map(toAttachment);
  }

  function list(entryId: number): Attachment[] {
    return selectByEntry.all(entryId).map(toAttachment);
  }

  function read(id: number): { attachment: Attachment; content: Buffer } {
    const row = rowOf(id);
    const file = path.join(dir, row.stored_name);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Tệp "${row.file_name}" không còn trong thư mục dữ liệu.`);
    return { attachment: toAttachment(row), content: fs.readFileSync(file) };
  }

  /** The attachment's row, without reading its file. */
  function get(id: number): Attachment | undefined {
    const row = selectById.get(id);
    return row ? toAttachment(row) : undefined;
  }

  return { add, keepText, remove, restored, get, list, read, withoutText };
}

/** What of a file's text is kept: trimmed, at most KEPT_TEXT_MAX_CHARS; null when there is none. */
function keptTextOf(text: FileText | null): string | null {
  const trimmed = text?.text.trim();
  return trimmed ? trimmed.slice(0, KEPT_TEXT_MAX_CHARS) : null;
}

/** Writes content-addressed data once, through a temp file so a crash never leaves half a file. */
function writeOnce(target: string, content: Buffer): boolean {
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, target);
  return true;
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
