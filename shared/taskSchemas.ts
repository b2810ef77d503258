import { z } from 'zod';
import { IsoDate, cleanText, optionalIsoDate, requiredText } from './schemas';
import { REPORTING_PERIODS, TASK_STATES, TASK_STATUSES } from './taskStatus';

// Schemas of task follow-up: the address book of bodies (đơn vị), tasks, progress, review rounds.

const id = (label: string) => z.number({ error: `${label} phải là số.` }).int({ error: `${label} phải là số nguyên.` });
const ids = (label: string) => z.array(id(label)).max(500).default([]);

export const TaskState = z.enum(TASK_STATES, {
  error: 'Trạng thái chỉ nhận: not_started (chưa thực hiện), in_progress (đang thực hiện), done (hoàn thành). ' +
    'Quá hạn, hoàn thành quá hạn và thường xuyên do chương trình tự tính theo thời hạn.',
});
export const TaskStatus = z.enum(TASK_STATUSES);
export const ReportingPeriodKind = z.enum(REPORTING_PERIODS);

// ---------------------------------------------------------------------------------------------
// Bodies (đơn vị) and saved groups

export const Unit = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  code: z.string(),
  /** Heading of the address book it sits under ("Các ban, Văn phòng Tỉnh ủy"…): free text. */
  category: z.string(),
  sortOrder: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitInput = z.object({
  id: id('Mã đơn vị').optional(),
  name: requiredText(300),
  shortName: cleanText(100).default(''),
  code: cleanText(30).default(''),
  category: cleanText(200).default(''),
  sortOrder: z.number().int().optional(),
}).strict();

export const UnitGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  note: z.string(),
  unitIds: z.array(z.number().int()),
});
export type UnitGroup = z.infer<typeof UnitGroup>;

export const UnitGroupInput = z.object({
  id: id('Mã nhóm').optional(),
  name: requiredText(300),
  note: cleanText(1000).default(''),
  unitIds: ids('Mã đơn vị'),
}).strict();

/** Bodies chosen directly and through saved groups. */
export const UnitSelection = z.object({ unitIds: ids('Mã đơn vị'), groupIds: ids('Mã nhóm') }).strict();

// ---------------------------------------------------------------------------------------------
// Tasks

/** An incoming entry as tasks and rounds cite it (the directive, a body's report). */
export const EntryRef = z.object({
  id: z.number().int(),
  symbol: z.string(),
  typeCode: z.string(),
  documentDate: z.string().nullable(),
  arrivalNumber: z.number().int(),
  arrivalDate: z.string(),
  issuer: z.string(),
  abstract: z.string(),
});
export type EntryRef = z.infer<typeof EntryRef>;

const UnitRef = z.object({ id: z.number().int(), name: z.string() });

export const Task = z.object({
  id: z.number().int(),
  directiveId: z.number().int(),
  directive: EntryRef,
  section: z.string(),
  position: z.number().int(),
  content: z.string(),
  leadUnitId: z.number().int().nullable(),
  /** The lead body as written (a joint heading stays whole). */
  leadText: z.string(),
  coordinatingUnits: z.array(UnitRef),
  coordinatingText: z.string(),
  deadlineText: z.string(),
  dueDate: z.string().nullable(),
  standing: z.boolean(),
  /** What the clerk recorded. */
  state: TaskState,
  /** What the clerk sees, worked out from state and dates as of `today` (shared/taskStatus). */
  status: TaskStatus,
  completedDate: z.string().nullable(),
  notes: z.string(),
  lastProgress: z.object({ date: z.string(), text: z.string() }).nullable(),
  progressCount: z.number().int(),
  /** Standing tasks: a progress entry dated within the current reporting period exists. */
  reportedThisPeriod: z.boolean(),
  isSample: z.boolean(),
});
export type Task = z.infer<typeof Task>;

const taskFields = {
  section: cleanText(50),
  content: requiredText(4000),
  leadUnitId: id('Đơn vị chủ trì').nullable(),
  leadText: cleanText(1000),
  coordinatingUnitIds: z.array(id('Đơn vị phối hợp')).max(200),
  coordinatingText: cleanText(1000),
  deadlineText: cleanText(500),
  dueDate: optionalIsoDate,
  standing: z.boolean({ error: 'Thường xuyên phải là true hoặc false.' }),
  state: TaskState,
  completedDate: optionalIsoDate,
  notes: cleanText(4000),
};

export const TaskInput = z.object({
  ...taskFields,
  section: taskFields.section.default(''),
  leadUnitId: taskFields.leadUnitId.optional().transform((v) => v ?? null),
  leadText: taskFields.leadText.default(''),
  coordinatingUnitIds: taskFields.coordinatingUnitIds.default([]),
  coordinatingText: taskFields.coordinatingText.default(''),
  deadlineText: taskFields.deadlineText.default(''),
  standing: taskFields.standing.default(false),
  state: taskFields.state.default('not_started'),
  notes: taskFields.notes.default(''),
}).strict();
export type TaskInput = z.input<typeof TaskInput>;

export const TaskPatch = z.object(taskFields).partial().strict();

export const ProgressItem = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  date: z.string(),
  text: z.string(),
  reportEntry: EntryRef.nullable(),
});
export type ProgressItem = z.infer<typeof ProgressItem>;

export const TaskDetail = z.object({ task: Task, progress: z.array(ProgressItem) });

const StatusCounts = z.record(z.string(), z.number().int());

export const TaskFilter = z.object({
  directiveId: id('Văn bản chỉ đạo').optional(),
  /** Tasks a body leads or coordinates. */
  unitId: id('Đơn vị').optional(),
  statuses: z.array(TaskStatus).optional(),
  q: cleanText(200).optional(),
  today: IsoDate.optional(),
  period: ReportingPeriodKind.default('quarter'),
}).strict();

export const TaskList = z.object({ today: z.string(), items: z.array(Task), counts: StatusCounts });

export const DirectiveSummary = z.object({ directive: EntryRef, taskCount: z.number().int(), counts: StatusCounts });

export const TaskProposal = z.object({
  section: z.string(),
  /** The body as the plan writes it. */
  unitText: z.string(),
  leadUnitId: z.number().int().nullable(),
  coordinatingUnitIds: z.array(z.number().int()),
  content: z.string(),
  deadlineText: z.string(),
  due: z.string().nullable(),
  standing: z.boolean(),
  /** False when the deadline was not understood: the clerk must type the date. */
  recognized: z.boolean(),
  explanation: z.string(),
});
export type TaskProposal = z.infer<typeof TaskProposal>;

export const ParsedDeadlineOut = z.object({
  due: z.string().nullable(),
  standing: z.boolean(),
  text: z.string(),
  recognized: z.boolean(),
  explanation: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Dashboard and reminders

export const ReportingPeriodOut = z.object({ kind: ReportingPeriodKind, from: z.string(), to: z.string(), label: z.string() });

export const Dashboard = z.object({
  today: z.string(),
  period: ReportingPeriodOut,
  overdue: z.array(Task),
  /** Due from today to today + 7 days. */
  dueIn7: z.array(Task),
  /** Due after those 7 days, up to today + 30 days (the two lists do not overlap). */
  dueIn30: z.array(Task),
  standingUnreported: z.array(Task),
  counts: StatusCounts,
});

export const Reminders = z.object({
  /** The day of the previous run; null on the first. */
  since: z.string().nullable(),
  today: z.string(),
  /** Tasks whose due date passed since the previous run (all overdue ones on the first run). */
  newlyOverdue: z.array(Task),
});

// ---------------------------------------------------------------------------------------------
// Review rounds (sơ kết, tổng kết)

export const RoundKind = z.enum(['interim', 'final'], { error: 'Loại đợt chỉ nhận: interim (sơ kết) hoặc final (tổng kết).' });

export const RoundSummary = z.object({
  id: z.number().int(),
  directiveId: z.number().int(),
  directive: EntryRef,
  title: z.string(),
  kind: RoundKind,
  deadline: z.string().nullable(),
  note: z.string(),
  closed: z.boolean(),
  unitCount: z.number().int(),
  reportedCount: z.number().int(),
  isSample: z.boolean(),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const RoundRow = z.object({
  unit: Unit,
  report: EntryRef.nullable(),
  /** The report arrived after the round's deadline. */
  late: z.boolean(),
});

export const RoundDetail = z.object({ round: RoundSummary, rows: z.array(RoundRow) });
export type RoundDetail = z.infer<typeof RoundDetail>;

export const RoundInput = z.object({
  directiveId: id('Văn bản chỉ đạo'),
  title: requiredText(500),
  kind: RoundKind.default('interim'),
  deadline: optionalIsoDate,
  note: cleanText(2000).default(''),
  unitIds: ids('Mã đơn vị'),
  groupIds: ids('Mã nhóm'),
}).strict();

export const RoundPatch = z.object({
  id: id('Mã đợt'),
  title: requiredText(500).optional(),
  kind: RoundKind.optional(),
  deadline: z.union([IsoDate, z.literal(''), z.null()]).transform((v) => v || null).optional(),
  note: cleanText(2000).optional(),
  closed: z.boolean().optional(),
  addUnitIds: ids('Mã đơn vị'),
  addGroupIds: ids('Mã nhóm'),
  removeUnitIds: ids('Mã đơn vị'),
}).strict();

/** A proposal the clerk accepted as it stands, in the shape tasks.createMany takes. */
export function proposalToTask(p: TaskProposal): TaskInput {
  return {
    section: p.section, content: p.content, leadUnitId: p.leadUnitId, leadText: p.unitText,
    coordinatingUnitIds: p.coordinatingUnitIds, deadlineText: p.deadlineText, dueDate: p.due, standing: p.standing,
  };
}
