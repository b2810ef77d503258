import type { HistoryItem } from '../../../shared/schemas';
import { FIELD_LABELS } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';

type Changes = HistoryItem['changes'];

const ACTION_LABELS: Record<HistoryItem['action'], string> = {
  create: 'Vào sổ',
  update: 'Sửa',
  attach: 'Đính kèm tệp',
  detach: 'Gỡ tệp',
};

/** The entry's history of changes: who changed what is shown in the detail view. */
export function createHistory(db: Db) {
  const insert = db.prepare('INSERT INTO entry_history (entry_id, at, action, changes) VALUES (?, ?, ?, ?)');
  const select = db.prepare<[number], { id: number; at: string; action: HistoryItem['action']; changes: string }>(
    'SELECT id, at, action, changes FROM entry_history WHERE entry_id = ? ORDER BY id DESC');

  function record(entryId: number, action: HistoryItem['action'], changes: Changes = {}): void {
    insert.run(entryId, nowIso(), action, JSON.stringify(changes));
  }

  /** Newest first, ending with the registration itself (implied by createdAt: not stored twice). */
  function list(entryId: number, createdAt: string): HistoryItem[] {
    const stored = select.all(entryId).map((r) => {
      const changes = JSON.parse(r.changes) as Changes;
      return { id: r.id, at: r.at, action: r.action, changes, summary: summarize(r.action, changes) };
    });
    return [...stored, { id: 0, at: createdAt, action: 'create', changes: {}, summary: ACTION_LABELS.create }];
  }

  return { record, list };
}

function summarize(action: HistoryItem['action'], changes: Changes): string {
  const fields = Object.keys(changes).map((k) => FIELD_LABELS[k] ?? k);
  if (action === 'update') return fields.length ? `Sửa: ${fields.join(', ')}` : 'Sửa';
  const file = changes.fileName?.to;
  return file ? `${ACTION_LABELS[action]}: ${String(file)}` : ACTION_LABELS[action];
}

/** Field-by-field differences between two records, for the history. */
export function diff<T extends Record<string, unknown>>(before: T, after: T): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    if ((before[key] ?? null) !== (after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

export type History = ReturnType<typeof createHistory>;
