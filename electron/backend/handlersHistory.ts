import type { HistoryRecordType, TrashKind } from '../../shared/contractSafety';
import type { MethodName } from '../../shared/contract';
import type { Handlers } from './handlers';
import type { Services } from './services';
import { diff } from './services/history';

// Every change made through the API is written into the history (who, when, what changed), and every
// delete first puts the record into the trash: one table of the methods that change records, instead
// of a line in every service. Changes to incoming entries are recorded by their own service, field
// by field, as before.

type Loaded = Record<string, unknown> | undefined;

interface Tracked {
  type: HistoryRecordType;
  /** The record's id from the input (before the change) or the output (a record just created). */
  id: (input: any, output?: any) => string | number | undefined;
  load: (s: Services, id: string | number) => Loaded;
  label: (record: Record<string, unknown>) => string;
  /** A delete: the record goes to the trash first. */
  trash?: TrashKind;
  /** The handler returns a promise: it cannot run inside a transaction. */
  async?: boolean;
  /** What the input adds that the record's fields do not show (a progress entry). */
  noted?: (input: any) => Record<string, { from: unknown; to: unknown }>;
}

/** Fields worked out from others or from today: not changes the clerk made. */
const DERIVED = new Set(['status', 'directive', 'lastProgress', 'progressCount', 'reportedThisPeriod', 'unitCount', 'reportedCount', 'createdAt', 'updatedAt', 'addedAt']);

const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

const task = { type: 'task', load: (s, id) => attempt(() => s.taskQuery.get(Number(id))), label: (t) => `Nhiệm vụ: ${String(t.content)}` } as const satisfies Partial<Tracked>;
const round = { type: 'round', load: (s, id) => attempt(() => s.rounds.get(Number(id)).round), label: (r) => `Đợt: ${String(r.title)}` } as const satisfies Partial<Tracked>;
const unit = { type: 'unit', load: (s, id) => attempt(() => s.units.get(Number(id))), label: (u) => `Đơn vị: ${String(u.name)}` } as const satisfies Partial<Tracked>;
const group = { type: 'group', load: (s, id) => s.units.groups().find((g) => g.id === Number(id)), label: (g) => `Nhóm đơn vị: ${String(g.name)}` } as const satisfies Partial<Tracked>;
const template = { type: 'template', load: (s, id) => s.templates.list().find((t) => t.id === id) as Loaded, label: (t) => `Mẫu báo cáo: ${String(t.name)}` } as const satisfies Partial<Tracked>;

const TRACKED: Partial<Record<MethodName, Tracked>> = {
  'tasks.update': { ...task, id: (i) => i.id },
  'tasks.setStatus': { ...task, id: (i) => i.id },
  'tasks.addProgress': { ...task, id: (i) => i.taskId, noted: (i) => ({ progress: { from: null, to: `${String(i.date)}: ${String(i.text)}` } }) },
  'tasks.delete': { ...task, id: (i) => i.id, trash: 'task' },
  'rounds.open': { ...round, id: (_i, o) => o?.round.id },
  'rounds.update': { ...round, id: (i) => i.id },
  'rounds.linkReport': { ...round, id: (i) => i.roundId },
  'rounds.delete': { ...round, id: (i) => i.id, trash: 'round' },
  'units.save': { ...unit, id: (i, o) => o?.id ?? i.id },
  'units.delete': { ...unit, id: (i) => i.id, trash: 'unit' },
  'units.saveGroup': { ...group, id: (i, o) => o?.id ?? i.id },
  'units.deleteGroup': { ...group, id: (i) => i.id, trash: 'group' },
  'templates.import': { ...template, id: (_i, o) => o?.template.id, async: true },
  'templates.delete': { ...template, id: (i) => i.id, trash: 'template' },
  'attachments.remove': {
    type: 'attachment', id: (i) => i.id, trash: 'attachment',
    load: (s, id) => s.attachments.get(Number(id)) as Loaded,
    label: (a) => `Tệp đính kèm: ${String(a.fileName)}`,
  },
  'settings.update': { type: 'settings', id: () => 'office', load: (s) => s.settings.get(), label: () => 'Cài đặt của cơ quan' },
  'typeCodes.save': { type: 'typeCode', id: (i, o) => o?.id ?? i.id, load: (s, id) => s.typeCodes.list().find((t) => t.id === Number(id)), label: (t) => `Loại văn bản: ${String(t.code)} — ${String(t.name)}` },
  'books.create': { type: 'book', id: (_i, o) => o?.id, load: (s, id) => s.books.list().find((b) => b.id === Number(id)), label: (b) => `Sổ: ${String(b.name)}` },
};

function changesBetween(before: Loaded, after: Loaded) {
  const pick = (r: Loaded) => Object.fromEntries(Object.entries(r ?? {}).filter(([k]) => !DERIVED.has(k)));
  return diff(pick(before), pick(after));
}

/** Wraps the handlers of the methods that change records. */
export function withHistory(handlers: Handlers, s: Services): Handlers {
  const wrapped: Record<string, (input: any) => unknown> = { ...handlers };
  for (const [method, spec] of Object.entries(TRACKED) as Array<[MethodName, Tracked]>) {
    const inner = handlers[method] as (input: unknown) => unknown;
    wrapped[method] = (input: any) => {
      const knownId = spec.id(input);
      const before = knownId === undefined ? undefined : spec.load(s, knownId);
      const note = (output: unknown) => {
        const id = spec.id(input, output) ?? knownId;
        if (id === undefined || spec.trash) return;
        const after = spec.load(s, id);
        if (!after) return;
        const changes = { ...changesBetween(before, after), ...spec.noted?.(input) };
        if (before && !Object.keys(changes).length) return;
        s.history.recordFor(spec.type, id, before ? 'update' : 'create', spec.label(after), before ? changes : {});
      };
      // A delete and its trash entry, a change and its history line: one transaction, or neither.
      const run = () => {
        if (spec.trash && knownId !== undefined) s.trash.keep(spec.trash, knownId);
        const output = inner(input);
        if (output instanceof Promise) return output;
        note(output);
        return output;
      };
      const output = spec.async ? run() : s.db.transaction(run)();
      return output instanceof Promise ? output.then((o) => { note(o); return o; }) : output;
    };
  }
  return wrapped as Handlers;
}
