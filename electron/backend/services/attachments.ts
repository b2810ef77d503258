import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';
import type { History } from './history';
import type { IncomingService } from './incoming';
import type { SettingsService } from './settings';

interface AttachmentRow { id: number; entry_id: number; file_name: string; stored_name: string; size: number; sha256: string; added_at: string }

/**
 * Files attached to an entry are copied into the data folder under their SHA-256, so the register
 * keeps working when the original is moved. Secret documents' files are refused unless the office
 * has declared this machine offline (docs/trade.md, "Secrecy and urgency").
 */
export function createAttachmentService(db: Db, dataDir: string, deps: { incoming: IncomingService; settings: SettingsService; history: History }) {
  const dir = path.join(dataDir, 'attachments');
  const insert = db.prepare('INSERT INTO attachments (entry_id, file_name, stored_name, size, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)');
  const selectByEntry = db.prepare<[number], AttachmentRow>('SELECT * FROM attachments WHERE entry_id = ? ORDER BY id');
  const selectById = db.prepare<[number], AttachmentRow>('SELECT * FROM attachments WHERE id = ?');

  const toAttachment = (r: AttachmentRow): Attachment => ({
    id: r.id, entryId: r.entry_id, fileName: r.file_name, size: r.size, sha256: r.sha256, addedAt: r.added_at,
  });

  function add(entryId: number, fileName: string, content: Buffer): Attachment {
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
    const created = writeOnce(target, content);
    try {
      const id = db.transaction(() => {
        const rowId = Number(insert.run(entryId, path.basename(fileName), storedName, content.length, sha256, nowIso()).lastInsertRowid);
        deps.history.record(entryId, 'attach', { fileName: { from: null, to: path.basename(fileName) } });
        return rowId;
      })();
      return toAttachment(selectById.get(id)!);
    } catch (err) {
      if (created) fs.rmSync(target, { force: true });
      throw err;
    }
  }

  function list(entryId: number): Attachment[] {
    return selectByEntry.all(entryId).map(toAttachment);
  }

  function read(id: number): { attachment: Attachment; content: Buffer } {
    const row = selectById.get(id);
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy tệp đính kèm có mã ${id}.`);
    const file = path.join(dir, row.stored_name);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Tệp "${row.file_name}" không còn trong thư mục dữ liệu.`);
    return { attachment: toAttachment(row), content: fs.readFileSync(file) };
  }

  return { add, list, read };
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
