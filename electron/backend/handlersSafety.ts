import type { safetyMethods } from '../../shared/contractSafety';
import type { Handlers } from './handlers';
import type { Services } from './services';

type SafetyMethod = keyof typeof safetyMethods;

/** Backups, restore, the trash and the history of changes (issue 8) mapped onto their services. */
export function createSafetyHandlers(s: Services): Pick<Handlers, SafetyMethod> {
  return {
    'backup.list': () => s.backups.list(),
    'backup.create': ({ out }) => s.backups.create('manual', out || undefined),
    'backup.inspect': ({ path }) => s.backups.inspect(path),
    'backup.restore': ({ path }) => s.backups.restore(path),
    'backup.setFolder': ({ folder }) => s.backups.setFolder(folder),
  };
}
