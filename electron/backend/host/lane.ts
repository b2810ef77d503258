import type { ApiError, ApiResult } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/progress';
import type { SpawnWorker, WorkerLink, WorkerOptions, WorkerRole } from './protocol';

// One backend worker as the host drives it: started when first needed (and again after it ended),
// its calls numbered and matched with their answers, ended at once when a job is cancelled.

interface Pending {
  resolve(result: ApiResult<unknown>): void;
  onProgress?(progress: JobProgress): void;
}

interface Running {
  link: WorkerLink;
  /** null once the worker has opened the register; the reason otherwise. */
  ready: Promise<ApiError | null>;
  pending: Map<number, Pending>;
  ended: boolean;
}

const STOPPED: ApiError = {
  code: 'INTERNAL',
  message: 'Bộ phận xử lý dữ liệu dừng đột ngột nên thao tác chưa hoàn tất (dữ liệu đã lưu trước đó không mất). Vui lòng thử lại.',
};

export interface Lane {
  /** Starts the worker if needed; null when it opened the register, the reason otherwise. */
  ready(): Promise<ApiError | null>;
  call(method: string, input: unknown, onProgress?: (progress: JobProgress) => void): Promise<ApiResult<unknown>>;
  /** Ends the worker now; its unanswered calls get `error`. The next call starts a fresh one. */
  kill(error: ApiError): void;
  /** Asks the worker to close the register and end; kills it if it does not within `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

export function createLane(role: WorkerRole, spawn: SpawnWorker, options: WorkerOptions): Lane {
  let current: Running | null = null;
  let nextId = 1;

  function end(running: Running, error: ApiError): void {
    running.ended = true;
    if (current === running) current = null;
    for (const p of running.pending.values()) p.resolve({ ok: false, error });
    running.pending.clear();
  }

  function start(): Running {
    const link = spawn(role);
    let settle!: (failure: ApiError | null) => void;
    const running: Running = { link, ready: new Promise((resolve) => (settle = resolve)), pending: new Map(), ended: false };
    link.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          settle(null);
          return;
        case 'initFailed':
          settle(message.error);
          end(running, message.error);
          link.kill();
          return;
        case 'progress':
          running.pending.get(message.id)?.onProgress?.(message.progress);
          return;
        case 'result': {
          const pending = running.pending.get(message.id);
          running.pending.delete(message.id);
          pending?.resolve(message.result);
        }
      }
    });
    link.onExit(() => {
      settle(STOPPED);
      end(running, STOPPED);
    });
    link.send({ type: 'init', role, options });
    return running;
  }

  const running = () => (current ??= start());

  return {
    ready: () => running().ready,

    async call(method, input, onProgress) {
      const worker = running();
      const failure = await worker.ready;
      if (failure) return { ok: false, error: failure };
      if (worker.ended) return { ok: false, error: STOPPED };
      const id = nextId++;
      return new Promise((resolve) => {
        worker.pending.set(id, { resolve, onProgress });
        worker.link.send({ type: 'call', id, method, input });
      });
    },

    kill(error) {
      const worker = current;
      if (!worker) return;
      end(worker, error);
      worker.link.kill();
    },

    async close(graceMs = 3000) {
      const worker = current;
      if (!worker) return;
      const exited = new Promise<void>((resolve) => worker.link.onExit(() => resolve()));
      worker.link.send({ type: 'close' });
      const timer = setTimeout(() => worker.link.kill(), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
