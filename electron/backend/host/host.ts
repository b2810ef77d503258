import { AppError, type ApiError, type ApiResult } from '../../../shared/errors';
import type { CallOptions, Dispatch } from '../dispatcher';
import { createFolderWatcher } from '../intake/folderWatcher';
import { createLane } from './lane';
import { LONG_METHODS, type SpawnWorker, type WorkerOptions } from './protocol';

// The backend host: what the process serving the screens (Electron's main process, browser mode's
// HTTP server) talks to instead of running the backend itself. Quick calls go to the "calls" worker;
// long operations queue for the "jobs" worker, report progress and can be cancelled, so neither the
// window nor a quick call ever waits for a 20,000-row register book. Browser mode and Electron differ
// only in the `spawn` they pass (host/spawnThread.ts, electron/main/backendProcess.ts).

export interface BackendHost {
  /** The same contract as the in-process dispatcher, plus progress and cancelling of long operations. */
  dispatch: Dispatch;
  /** The register's file, as the worker resolved it. */
  dbPath: string;
  /** Closes the register in both workers and ends them. */
  close(): Promise<void>;
}

const CANCELLED: ApiError = { code: 'CANCELLED', message: 'Đã hủy theo yêu cầu; kết quả dở dang không được giữ lại.' };
const cancelled = (): ApiResult<never> => ({ ok: false, error: CANCELLED });

/** Starts the calls worker (which opens, upgrades and if asked fills the register), then the jobs worker. */
export async function startBackendHost(spawn: SpawnWorker, options: WorkerOptions): Promise<BackendHost> {
  const calls = createLane('calls', spawn, options);
  const failure = await calls.ready();
  if (failure) {
    await calls.close();
    throw new AppError(failure.code, failure.message);
  }
  const info = (await calls.call('app.info', {})) as ApiResult<{ dbPath: string }>;
  // Opened once the register is upgraded and filled; it also makes the daily backup (workerMain.ts).
  const jobs = createLane('jobs', spawn, { ...options, sampleIfNew: false });
  void jobs.ready();

  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  /** One long operation at a time; a cancelled one is dropped from the queue or its worker ended. */
  function runJob(method: string, input: unknown, options: CallOptions = {}): Promise<ApiResult<unknown>> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.resolve(cancelled());
    let running = false;
    let stop!: (result: ApiResult<unknown>) => void;
    const stopped = new Promise<ApiResult<unknown>>((resolve) => (stop = resolve));
    const onAbort = () => {
      if (running) {
        jobs.kill(CANCELLED);
        void jobs.ready(); // a fresh worker, so the next long operation does not wait for one
      }
      stop(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (waiting++ > 0) onProgress?.({ done: 0, total: 1, label: 'Đang chờ thao tác trước hoàn tất…' });
    const turn = queue.then(() => {
      if (signal?.aborted) return cancelled();
      running = true;
      return jobs.call(method, input, onProgress);
    });
    queue = turn.finally(() => waiting--);
    return Promise.race([turn, stopped]).finally(() => signal?.removeEventListener('abort', onAbort));
  }

  const dispatch: Dispatch = (method, input, callOptions) =>
    LONG_METHODS.has(method) ? runJob(method, input, callOptions) : calls.call(method, input, callOptions?.onProgress);
  // The app (not the CLI, tests or benchmarks) watches the folder of received files chosen in Cài đặt.
  const watcher = options.mode === 'web' || options.mode === 'electron' ? createFolderWatcher(dispatch).start() : null;

  return {
    dbPath: info.ok ? info.value.dbPath : options.dbPath,
    dispatch,
    async close() {
      await watcher?.stop();
      await Promise.all([calls.close(), jobs.close()]);
    },
  };
}
