import type { safetyMethods } from '../../shared/contractSafety';
import type { Handlers } from './handlers';
import type { Services } from './services';

type SafetyMethod = keyof typeof safetyMethods;

/** Backups, restore, cancelled entries, the trash and the history of changes (issue 8) mapped onto their services. */
export function createSafetyHandlers(s: Services): Pick<Handlers, SafetyMethod> {
  return {
    'backup.list': () => s.backups.list(),
    'backup.create': ({ out }) => s.backups.create('manual', out || undefined),
    'backup.inspect': ({ path }) => s.backups.inspect(path),
    'backup.restore': ({ path }) => s.backups.restore(path),
    'backup.setFolder': ({ folder }) => s.backups.setFolder(folder),

    'incoming.cancel': ({ id, reason }) => s.cancel.cancel(id, reason),

    'history.search': (f) => s.history.search(f),
    'history.forRecord': ({ recordType, recordId }) => s.history.listFor(recordType, recordId),
    'session.get': () => ({ actor: s.history.actor(), systemUser: s.history.systemUser() }),
    'session.setActor': ({ name }) => ({ actor: s.history.setActor(name), systemUser: s.history.systemUser() }),

    'trash.list': () => s.trash.list(),
    'trash.restore': ({ id }) => s.trash.restore(id),
  };
}
