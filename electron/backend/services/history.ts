import os from 'node:os';
import type { HistoryFilter, HistoryRecordType, RecordHistoryItem } from '../../../shared/contractSafety';
import type { HistoryItem } from '../../../shared/schemas';
import { fieldLabel } from '../../../shared/fieldLabels';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';
import type { IncomingStore } from '../stores/incomingStore';
import { nowIso } from './clock';

type Changes = HistoryItem['changes'];
type Action = HistoryItem['action'];

const ACTION_LABELS: Record<Action, string> = {
  create: 'Vào sổ',
  update: 'Sửa',
  attach: 'Đính kèm tệp',
  detach: 'Gỡ tệp',
  cancel: 'Hủy văn bản',
  delete: 'Xóa (vào thùng rác)',
  restore: 'Khôi phục từ thùng rác',
};

interface Row {
  id: number; record_type: HistoryRecordType; record_id: string; at: string; actor: string; action: Action; label: string; changes: string;
}

/** The settings row holding the clerk's name given on this machine (Cài đặt → Lịch sử thay đổi). */
const CLERK_SETTING = 'clerkName';

/** The name of the system user, when the clerk has not given a name. */
function systemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The history of every change to every record: who (the clerk's name given at start, else the system
 * user), when, what. Shown on each record's detail and searchable (history.search).
 */
export function createHistory(db: Db, store: Pick<IncomingStore, 'labelOf'>) {
  const clerkName = () => {
    try {
      const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(CLERK_SETTING);
      return row ? String(JSON.parse(row.value)) : '';
    } catch {
      return '';
    }
  };
  let actor = clerkName() || systemUser();
  const insert = db.prepare('INSERT INTO record_history (record_type, record_id, at, actor, action, label, changes, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const selectFor = db.prepare<[string, string], Row>('SELECT * FROM record_history WHERE record_type = ? AND record_id = ? ORDER BY id DESC');

  function recordFor(type: HistoryRecordType, id: string | number, action: Action, label: string, changes: Changes = {}): void {
    const json = JSON.stringify(changes);
    insert.run(type, String(id), nowIso(), actor, action, label, json, foldForSearch(`${label} ${actor} ${summarize(type, action, changes)} ${json}`));
  }

  /** A change to an incoming entry (kept by services/incoming and attachments). */
  function record(entryId: number, action: Action, changes: Changes = {}): void {
    const e = store.labelOf(entryId);
    const label = e ? [`Văn bản đến số ${e.arrivalNumber}`, e.symbol, shorten(e.abstract)].filter(Boolean).join(' · ') : `Văn bản đến ${entryId}`;
    recordFor('incoming', entryId, action, label, changes);
  }

  const toItem = (r: Row): HistoryItem => {
    const changes = JSON.parse(r.changes) as Changes;
    return { id: r.id, at: r.at, actor: r.actor, action: r.action, changes, summary: summarize(r.record_type, r.action, changes) };
  };

  /** Newest first, ending with the registration itself (implied by createdAt: not stored twice). */
  function list(entryId: number, createdAt: string): HistoryItem[] {
    const stored = selectFor.all('incoming', String(entryId)).map(toItem);
    return [...stored, { id: 0, at: createdAt, actor: '', action: 'create', changes: {}, summary: ACTION_LABELS.create }];
  }

  function listFor(type: HistoryRecordType, id: string | number): RecordHistoryItem[] {
    return selectFor.all(type, String(id)).map((r) => ({ ...toItem(r), recordType: r.record_type, recordId: r.record_id, label: r.label }));
  }

  /** Changes matching all the given conditions, newest first. */
  function search(f: HistoryFilter): { total: number; items: RecordHistoryItem[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const word of foldForSearch(f.q ?? '').split(/\s+/).filter(Boolean)) {
      where.push("folded LIKE ? ESCAPE '\\'");
      params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (f.recordType) { where.push('record_type = ?'); params.push(f.recordType); }
    if (f.actor) { where.push('actor = ?'); params.push(f.actor); }
    if (f.from) { where.push('at >= ?'); params.push(f.from); }
    if (f.to) { where.push('at < ?'); params.push(nextDay(f.to)); }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = db.prepare(`SELECT count(*) FROM record_history ${clause}`).pluck().get(...params) as number;
    const rows = db.prepare<unknown[], Row>(`SELECT * FROM record_history ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, f.limit, f.offset);
    return { total, items: rows.map((r) => ({ ...toItem(r), recordType: r.record_type, recordId: r.record_id, label: r.label })) };
  }

  return {
    record, recordFor, list, listFor, search,
    /** The clerk's name, remembered for the next start; empty goes back to the system user. */
    setActor: (name: string) => {
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(CLERK_SETTING, JSON.stringify(name.trim()));
      actor = name.trim() || systemUser();
      return actor;
    },
    actor: () => actor,
    systemUser,
  };
}

/** What creating a record of the registers is called; other records are "added". */
const CREATE_LABELS: Partial<Record<HistoryRecordType, string>> = { incoming: ACTION_LABELS.create, outgoing: 'Vào sổ', copy: 'Vào sổ bản sao' };

function summarize(type: HistoryRecordType, action: Action, changes: Changes): string {
  if (action === 'create') {
    // A number taken before signing is "lấy số" in the outgoing register.
    return type === 'outgoing' && changes.status?.to === 'reserved' ? 'Lấy số' : CREATE_LABELS[type] ?? 'Thêm mới';
  }
  // A file of the watched folder: what the clerk decided (intake/watchedFolder.ts).
  if (type === 'receivedFile' && changes.state) return String(changes.state.to);
  if (action === 'cancel' && type === 'outgoing') return `Hủy số: ${String(changes.voidReason?.to ?? '')}`;
  if (action === 'cancel' && type === 'copy') return `Hủy bản sao: ${String(changes.cancelReason?.to ?? '')}`;
  if (action === 'cancel') return `Hủy văn bản: ${String(changes.cancelReason?.to ?? '')}`;
  // A copy's delivery names the body: "Gửi, nhận bản sao — Huyện ủy Cao Lộc: Ngày nhận, Người ký nhận".
  const recipient = type === 'copy' ? changes.recipient?.to : undefined;
  const fields = Object.keys(changes).filter((k) => k !== 'recipient' || !recipient).map((k) => fieldLabel(k, type === 'outgoing' ? 'outgoing' : undefined));
  if (action === 'update' && recipient) return `Gửi, nhận bản sao — ${String(recipient)}: ${fields.join(', ')}`;
  if (action === 'update') return fields.length ? `Sửa: ${fields.join(', ')}` : 'Sửa';
  const file = changes.fileName?.to ?? changes.fileName?.from; // "Gỡ tệp" names the file detached
  return file ? `${ACTION_LABELS[action]}: ${String(file)}` : ACTION_LABELS[action];
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Field-by-field differences between two records, for the history. */
export function diff<T extends Record<string, unknown>>(before: T, after: T): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    // Lists and nested values (a task's coordinating bodies) compare by content.
    const same = typeof from === 'object' || typeof to === 'object' ? JSON.stringify(from) === JSON.stringify(to) : from === to;
    if (!same) changes[key] = { from, to };
  }
  return changes;
}

export type History = ReturnType<typeof createHistory>;
