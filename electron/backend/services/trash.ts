import fs from 'node:fs';
import path from 'node:path';
import type { TrashItem, TrashKind } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';
import type { History } from './history';

// The trash: a deleted task, round, body, group or template is kept as the rows it was made of (and,
// for a template, its file), and can be put back. The delete itself stays as it was in each service,
// so every list and report keeps reading only live records.

interface Part {
  table: string;
  /** The column that names the record: its id in the first part, the reference to it in the others. */
  key: string;
}

const PARTS: Record<TrashKind, Part[]> = {
  task: [{ table: 'tasks', key: 'id' }, { table: 'task_coordinators', key: 'task_id' }, { table: 'task_progress', key: 'task_id' }],
  round: [{ table: 'review_rounds', key: 'id' }, { table: 'round_units', key: 'round_id' }],
  unit: [{ table: 'units', key: 'id' }, { table: 'unit_group_members', key: 'unit_id' }],
  group: [{ table: 'unit_groups', key: 'id' }, { table: 'unit_group_members', key: 'group_id' }],
  template: [{ table: 'report_templates', key: 'id' }],
  // A detached file: its row (with the text kept from it); the stored file itself stays in the data folder.
  attachment: [{ table: 'attachments', key: 'id' }],
};

const KIND_LABELS: Record<TrashKind, string> = { task: 'Nhiệm vụ', round: 'Đợt sơ kết, tổng kết', unit: 'Đơn vị', group: 'Nhóm đơn vị', template: 'Mẫu báo cáo', attachment: 'Tệp đính kèm' };

type Rows = Record<string, Array<Record<string, unknown>>>;
interface TrashRow { id: number; kind: TrashKind; record_id: string; label: string; deleted_at: string; deleted_by: string; rows: string }

export function createTrashService(db: Db, dataDir: string, deps: { history: History; afterRestore: (kind: TrashKind, id: number) => void }) {
  const folder = path.join(dataDir, 'trash');
  const insert = db.prepare('INSERT INTO trash (kind, record_id, label, deleted_at, deleted_by, rows) VALUES (?, ?, ?, ?, ?, ?)');
  const selectAll = db.prepare<[], TrashRow>('SELECT * FROM trash ORDER BY id DESC');
  const selectOne = db.prepare<[number], TrashRow>('SELECT * FROM trash WHERE id = ?');
  const remove = db.prepare('DELETE FROM trash WHERE id = ?');

  const toItem = (r: TrashRow): TrashItem => ({ id: r.id, kind: r.kind, recordId: r.record_id, label: r.label, deletedAt: r.deleted_at, deletedBy: r.deleted_by });

  /** Keeps the record's rows before its service deletes it; call inside the delete's transaction. */
  function keep(kind: TrashKind, id: string | number): void {
    const rows: Rows = {};
    for (const part of PARTS[kind]) {
      rows[part.table] = db.prepare(`SELECT * FROM ${part.table} WHERE ${part.key} = ?`).all(id) as Array<Record<string, unknown>>;
    }
    const main = rows[PARTS[kind][0].table][0];
    if (!main) return; // nothing to keep: the service will say it is not found
    if (kind === 'template') keepTemplateFile(String(main.stored_name));
    const label = `${KIND_LABELS[kind]}: ${labelOf(kind, main)}`;
    insert.run(kind, String(id), label, nowIso(), deps.history.actor(), JSON.stringify(rows));
    deps.history.recordFor(kind, id, 'delete', label);
  }

  function list(): TrashItem[] {
    return selectAll.all().map(toItem);
  }

  /** Puts the rows back; a record whose id was taken since gets a new one. */
  function restore(trashId: number): TrashItem {
    const row = selectOne.get(trashId);
    if (!row) throw new AppError('NOT_FOUND', `Không có mục ${trashId} trong thùng rác.`);
    const rows = JSON.parse(row.rows) as Rows;
    const [mainPart, ...children] = PARTS[row.kind];
    let restoredId = 0;
    try {
      db.transaction(() => {
        const main = { ...rows[mainPart.table][0] };
        const taken = db.prepare(`SELECT 1 FROM ${mainPart.table} WHERE ${mainPart.key} = ?`).get(main[mainPart.key]);
        if (taken && row.kind === 'template') throw new AppError('CONFLICT', 'Mẫu này đã có lại trong danh sách mẫu.');
        if (taken) delete main[mainPart.key];
        const result = insertRow(mainPart.table, main);
        const newId = taken ? Number(result.lastInsertRowid) : rows[mainPart.table][0][mainPart.key];
        for (const part of children) {
          for (const child of rows[part.table] ?? []) insertRow(part.table, { ...child, [part.key]: newId });
        }
        if (row.kind === 'template') restoreTemplateFile(String(main.stored_name));
        remove.run(trashId);
        deps.history.recordFor(row.kind, String(newId), 'restore', row.label);
        restoredId = Number(newId);
      })();
    } catch (err) {
      throw explainRestoreError(err, row.label);
    }
    deps.afterRestore(row.kind, restoredId);
    return toItem(row);
  }

  function insertRow(table: string, values: Record<string, unknown>) {
    const cols = Object.keys(values);
    return db.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
      .run(...cols.map((c) => values[c]));
  }

  function keepTemplateFile(storedName: string): void {
    const file = path.join(dataDir, 'templates', storedName);
    if (!fs.existsSync(file)) return;
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(file, path.join(folder, storedName));
  }

  function restoreTemplateFile(storedName: string): void {
    const kept = path.join(folder, storedName);
    const target = path.join(dataDir, 'templates', storedName);
    if (!fs.existsSync(kept) || fs.existsSync(target)) return;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(kept, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
  }

  return { keep, list, restore };
}

function labelOf(kind: TrashKind, main: Record<string, unknown>): string {
  const text = String(kind === 'task' ? main.content : kind === 'round' ? main.title : kind === 'attachment' ? main.file_name : main.name);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function explainRestoreError(err: unknown, label: string): unknown {
  const code = (err as { code?: unknown })?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return new AppError('CONFLICT', `Không khôi phục được "${label}": đã có một mục cùng tên. Hãy đổi tên mục hiện có rồi thử lại.`);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('CONFLICT', `Không khôi phục được "${label}": văn bản chỉ đạo hoặc đơn vị mà nó gắn với không còn. Hãy khôi phục những mục đó trước.`);
  }
  return err;
}

export type TrashService = ReturnType<typeof createTrashService>;
