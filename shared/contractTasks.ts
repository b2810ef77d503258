import { z } from 'zod';
import { Empty, method } from './contractMethod';
import { IncomingEntry, IsoDate, base64Content, cleanText } from './schemas';
import {
  Dashboard, DirectiveSummary, ParsedDeadlineOut, ReportingPeriodKind, Reminders, RoundDetail, RoundInput, RoundPatch,
  RoundSummary, Task, TaskDetail, TaskFilter, TaskInput, TaskList, TaskPatch, TaskProposal, TaskState, Unit, UnitGroup,
  UnitGroupInput, UnitInput, UnitSelection,
} from './taskSchemas';

// The API methods of task follow-up (issue 3), merged into the contract by shared/contract.ts.

const id = (label: string) => z.number({ error: `${label} phải là số.` }).int({ error: `${label} phải là số nguyên.` });
const ById = z.object({ id: id('Mã') }).strict();
const Deleted = z.object({ deleted: z.literal(true) });
const AsOf = z.object({ today: IsoDate.optional() }).strict();

export const taskMethods = {
  'units.list': method(z.object({ q: cleanText(200).optional() }).strict(), z.array(Unit)),
  'units.save': method(UnitInput, Unit),
  'units.delete': method(ById, Deleted),
  'units.groups': method(Empty, z.array(UnitGroup)),
  'units.saveGroup': method(UnitGroupInput, UnitGroup),
  'units.deleteGroup': method(ById, Deleted),
  'units.expand': method(UnitSelection, z.array(Unit)),
  /** Completion for any field naming a body (the register's handling unit): the book first, then what was typed before. */
  'units.suggest': method(
    z.object({ prefix: cleanText(200).default(''), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.array(z.string()),
  ),

  'deadline.parse': method(z.object({ text: z.string().max(2000, { error: 'Dài quá 2.000 ký tự.' }), ref: IsoDate.optional() }).strict(), ParsedDeadlineOut),

  'tasks.extract': method(
    z.object({
      text: z.string().max(2_000_000).optional(),
      /** A .docx file's bytes; its text is read in the backend. */
      docxBase64: base64Content(30 * 1024 * 1024).optional(),
      /** Date the plan was issued: the year for deadlines written without one. */
      ref: IsoDate.optional(),
    }).strict(),
    z.object({ tasks: z.array(TaskProposal), units: z.array(z.string()), warnings: z.array(z.string()) }),
  ),
  'tasks.createMany': method(
    z.object({ directiveId: id('Văn bản chỉ đạo'), tasks: z.array(TaskInput).min(1, { error: 'Chưa có nhiệm vụ nào để lưu.' }).max(500) }).strict(),
    z.array(Task),
  ),
  'tasks.update': method(z.object({ id: id('Mã nhiệm vụ'), patch: TaskPatch }).strict(), Task),
  'tasks.setStatus': method(
    z.object({ id: id('Mã nhiệm vụ'), state: TaskState, completedDate: IsoDate.optional(), today: IsoDate.optional() }).strict(),
    Task,
  ),
  'tasks.addProgress': method(
    z.object({
      taskId: id('Mã nhiệm vụ'),
      date: IsoDate,
      text: cleanText(4000).pipe(z.string().min(1, { error: 'Nội dung tiến độ không được để trống.' })),
      reportEntryId: id('Văn bản báo cáo').nullable().optional(),
      /** Record a new state in the same step (e.g. done, completed on `date`). */
      state: TaskState.optional(),
      today: IsoDate.optional(),
    }).strict(),
    TaskDetail,
  ),
  'tasks.deleteProgress': method(ById, Deleted),
  'tasks.get': method(z.object({ id: id('Mã nhiệm vụ'), today: IsoDate.optional(), period: ReportingPeriodKind.optional() }).strict(), TaskDetail),
  'tasks.list': method(TaskFilter, TaskList),
  'tasks.delete': method(ById, Deleted),
  'tasks.directives': method(AsOf, z.array(DirectiveSummary)),

  'dashboard.get': method(
    z.object({ today: IsoDate.optional(), period: ReportingPeriodKind.default('quarter'), directiveId: id('Văn bản chỉ đạo').optional() }).strict(),
    Dashboard,
  ),
  'reminders.check': method(AsOf, Reminders),
  'reminders.dismiss': method(AsOf, z.object({ lastRun: z.string() })),

  'rounds.open': method(RoundInput, RoundDetail),
  'rounds.list': method(z.object({ directiveId: id('Văn bản chỉ đạo').optional() }).strict(), z.array(RoundSummary)),
  'rounds.get': method(ById, RoundDetail),
  'rounds.update': method(RoundPatch, RoundDetail),
  'rounds.delete': method(ById, Deleted),
  'rounds.linkReport': method(
    z.object({ roundId: id('Mã đợt'), unitId: id('Mã đơn vị'), entryId: id('Văn bản báo cáo').nullable() }).strict(),
    RoundDetail,
  ),
  /** Incoming entries that may be this body's report: issued by it, newest first, reports (BC) first. */
  'rounds.candidates': method(
    z.object({ roundId: id('Mã đợt'), unitId: id('Mã đơn vị'), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    z.array(IncomingEntry),
  ),
} as const;
