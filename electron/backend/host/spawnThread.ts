import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from './protocol';

// Browser mode's way to start a backend worker: a worker thread of this Node process. (The desktop
// app starts an Electron utility process instead: electron/main/backendProcess.ts.)

const ENTRY = new URL('./threadEntry.mjs', import.meta.url);

export const spawnThread: SpawnWorker = (role) => {
  const worker = new Worker(ENTRY, { name: `vanthu-${role}` });
  // An exception the worker did not catch ends it (the host then fails its calls); say why in the log.
  worker.on('error', (err) => process.stderr.write(`Bộ phận xử lý dữ liệu (${role}) dừng vì lỗi: ${err.stack ?? err.message}\n`));
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => worker.once('exit', listener),
    kill: () => void worker.terminate(),
  };
};
