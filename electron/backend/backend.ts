import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './db/openDatabase';
import { watchOtherConnections } from './db/otherConnections';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import { createServices, type Services } from './services';
import { APP_VERSION } from './version';

export interface Backend {
  services: Services;
  dispatch: Dispatch;
  dbPath: string;
  close(): void;
}

/** The built-in templates shipped beside the app; when absent they are rebuilt in memory. */
function defaultTemplatesDir(): string | undefined {
  const dir = path.resolve('templates');
  return fs.existsSync(dir) ? dir : undefined;
}

/** Opens the database and builds the services and dispatcher every transport shares. */
export function createBackend(options: { dbPath: string; dataDir?: string; templatesDir?: string; mode: string; dailyBackup?: boolean }): Backend {
  // ':memory:' (the CLI's parsers without a register) stays a name, not a file in the current folder.
  const inMemory = options.dbPath === ':memory:';
  const dbPath = inMemory ? options.dbPath : path.resolve(options.dbPath);
  const dataDir = options.dataDir ?? path.dirname(dbPath);
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dbPath, { dataDir });
  const services = createServices(db, dataDir, options.templatesDir ?? defaultTemplatesDir());
  // While the app is in use, a backup a day (rotated); not for one-off commands and tests. The app's
  // backend host asks for it in its worker of long operations only (host/workerMain.ts).
  if (options.dailyBackup ?? (options.mode === 'web' || options.mode === 'electron')) services.backups.startDaily();
  const dispatchToHandlers = createDispatcher(createHandlers(services, { version: APP_VERSION, dbPath, mode: options.mode }));
  // Each request first looks whether another program wrote to the database, so cached lists stay true.
  const others = watchOtherConnections(db);
  const dispatch: Dispatch = (method, input, callOptions) => {
    if (others.changed()) {
      services.units.forget();
      services.typeCodes.forget();
    }
    return dispatchToHandlers(method, input, callOptions);
  };
  return { services, dispatch, dbPath, close: () => db.close() };
}
