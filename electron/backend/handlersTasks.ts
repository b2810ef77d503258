import type { z } from 'zod';
import type { contract } from '../../shared/contract';
import type { taskMethods } from '../../shared/contractTasks';
import { parseDeadline } from '../../shared/deadline';
import type { Handlers } from './handlers';
import type { Services } from './services';

type TaskMethod = keyof typeof taskMethods;
type ParsedInput<M extends TaskMethod> = z.output<(typeof contract)[M]['input']>;

/** The task follow-up methods (issue 3) mapped onto their services. */
export function createTaskHandlers(s: Services): Pick<Handlers, TaskMethod> {
  const detail = (id: number, asOf: Omit<ParsedInput<'tasks.get'>, 'id'>) =>
    ({ task: s.taskQuery.get(id, asOf), progress: s.taskQuery.progress(id) });
  return {
    'units.list': ({ q }) => s.units.search(q),
    'units.save': (i) => s.units.save(i),
    'units.delete': ({ id }) => s.units.remove(id),
    'units.groups': () => s.units.groups(),
    'units.saveGroup': (i) => s.units.saveGroup(i),
    'units.deleteGroup': ({ id }) => s.units.removeGroup(id),
    'units.expand': (i) => s.units.expand(i),
    'units.suggest': ({ prefix, limit }) => s.units.suggest(prefix, limit),

    'deadline.parse': ({ text, ref }) => parseDeadline(text, ref),

    'tasks.extract': (i) => s.taskExtract.extract(i),
    'tasks.createMany': ({ directiveId, tasks }) => s.tasks.createMany(directiveId, tasks),
    'tasks.update': ({ id, patch }) => s.tasks.update(id, patch),
    'tasks.setStatus': ({ id, state, completedDate, today }) => s.tasks.setStatus(id, state, completedDate, today),
    'tasks.addProgress': (i) => s.tasks.addProgress(i),
    'tasks.deleteProgress': ({ id }) => s.tasks.deleteProgress(id),
    'tasks.get': ({ id, ...asOf }) => detail(id, asOf),
    'tasks.list': (f) => s.taskQuery.list(f),
    'tasks.delete': ({ id }) => s.tasks.remove(id),
    'tasks.directives': ({ today }) => s.taskQuery.directives(today),

    'dashboard.get': (i) => s.followUp.dashboard(i),
    'reminders.check': ({ today }) => s.followUp.check(today),
    'reminders.dismiss': ({ today }) => s.followUp.dismiss(today),

    'rounds.open': (i) => s.rounds.open(i),
    'rounds.list': ({ directiveId }) => s.rounds.list(directiveId),
    'rounds.get': ({ id }) => s.rounds.get(id),
    'rounds.update': (i) => s.rounds.update(i),
    'rounds.delete': ({ id }) => s.rounds.remove(id),
    'rounds.linkReport': ({ roundId, unitId, entryId }) => s.rounds.linkReport(roundId, unitId, entryId),
    'rounds.candidates': ({ roundId, unitId, limit }) => s.rounds.candidates(roundId, unitId, limit),
  };
}
