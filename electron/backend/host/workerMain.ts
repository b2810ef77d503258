import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { createBackend, type Backend } from '../backend';
import { toApiError } from '../dispatcher';
import { seedSampleData } from '../sample/seedSample';
import type { FromWorker, ToWorker, WorkerOptions, WorkerRole } from './protocol';

// The backend inside a worker: a worker thread (browser mode) or an Electron utility process (the
// desktop app). It opens its own connection to the register when the host says "init", then answers
// each "call" through the same dispatcher the CLI uses, sending the call's progress as it comes.

interface ParentLink {
  send(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
  close(): void;
}

/** Electron's utility process hands its messages to process.parentPort, wrapped in { data }. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentLink(): ParentLink {
  if (parentPort) {
    const port = parentPort;
    return { send: (m) => port.postMessage(m), onMessage: (l) => port.on('message', l), close: () => port.close() };
  }
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      send: (m) => electronPort.postMessage(m),
      onMessage: (l) => electronPort.on('message', (event) => l(event.data as ToWorker)),
      close: () => process.exit(0),
    };
  }
  throw new Error('workerMain.ts runs only as a worker of the backend host (host/host.ts).');
}

function openBackend(role: WorkerRole, options: WorkerOptions): Backend {
  const isNew = options.dbPath !== ':memory:' && !fs.existsSync(options.dbPath);
  // The daily backup is a long operation: it belongs to the jobs worker, never in the way of a quick call.
  const backend = createBackend({ ...options, dailyBackup: role === 'jobs' && (options.mode === 'web' || options.mode === 'electron') });
  if (isNew && options.sampleIfNew) seedSampleData(backend.services);
  return backend;
}

const link = parentLink();
let backend: Backend | null = null;

link.onMessage((message) => {
  switch (message.type) {
    case 'init':
      try {
        backend = openBackend(message.role, message.options);
        link.send({ type: 'ready' });
      } catch (err) {
        link.send({ type: 'initFailed', error: toApiError(err) });
      }
      return;
    case 'call': {
      const { id, method, input } = message;
      const answer = backend
        ? backend.dispatch(method, input, { onProgress: (progress) => link.send({ type: 'progress', id, progress }) })
        : Promise.resolve({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'Lỗi nội bộ: bộ phận xử lý dữ liệu chưa mở sổ.' } });
      void answer.then((result) => link.send({ type: 'result', id, result }));
      return;
    }
    case 'close':
      backend?.close();
      backend = null;
      link.close();
  }
});
