import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './db/openDatabase';
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
export function createBackend(options: { dbPath: string; dataDir?: string; templatesDir?: string; mode: string }): Backend {
  const dbPath = path.resolve(options.dbPath);
  const dataDir = options.dataDir ?? path.dirname(dbPath);
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dbPath);
  const services = createServices(db, dataDir, options.templatesDir ?? defaultTemplatesDir());
  const dispatch = createDispatcher(createHandlers(services, { version: APP_VERSION, dbPath, mode: options.mode }));
  return { services, dispatch, dbPath, close: () => db.close() };
}
