import type { ApiError, ApiResult } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/progress';

// The messages between the backend host (in the process that serves the screens) and its workers
// (worker threads in browser mode, Electron utility processes in the desktop app). Plain objects only:
// both transports copy them with the structured clone algorithm.

/**
 * "calls" answers the quick methods one after another; "jobs" runs the long operations, one at a time,
 * so a 20,000-row register book never makes a list or a form wait. Each has its own SQLite connection
 * (WAL lets one read while the other writes).
 */
export type WorkerRole = 'calls' | 'jobs';

/** Methods that may take seconds or minutes: they run in the jobs worker, report progress and can be cancelled. */
export const LONG_METHODS: ReadonlySet<string> = new Set([
  'reports.generate',
  'templates.check',
  'templates.import',
  'backup.create',
  'backup.inspect',
  'backup.restore',
  'intake.read',
  'intake.readProposed',
  'attachments.readText',
  'copies.page',
  'incoming.stamp',
  'incoming.importPreview',
  'incoming.importRun',
]);

/** Where and how a worker opens the register (the arguments of createBackend). */
export interface WorkerOptions {
  dbPath: string;
  dataDir?: string;
  templatesDir?: string;
  /** 'web' or 'electron' (what app.info tells). */
  mode: string;
  /** Fill a database created by this start with the sample data ("Dữ liệu mẫu"). */
  sampleIfNew?: boolean;
}

export type ToWorker =
  | { type: 'init'; role: WorkerRole; options: WorkerOptions }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  /** The register could not be opened: the Vietnamese message says why and what to do. */
  | { type: 'initFailed'; error: ApiError }
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'result'; id: number; result: ApiResult<unknown> };

/** One running worker as the host sees it; only how it is started differs between thread and process. */
export interface WorkerLink {
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the worker has ended, whether it finished, crashed or was killed. */
  onExit(listener: (code: number | null) => void): void;
  /** Ends the worker at once, whatever it is doing (its SQLite transaction, if any, is rolled back). */
  kill(): void;
}

export type SpawnWorker = (role: WorkerRole) => WorkerLink;
