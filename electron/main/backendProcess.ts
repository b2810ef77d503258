import { utilityProcess } from 'electron';
import path from 'node:path';
import type { SpawnWorker } from '../backend/host/protocol';

// The desktop app's way to start a backend worker: an Electron utility process running the bundled
// backend/host/workerMain.ts (dist-electron/backendWorker.cjs, see scripts/build-lib.mjs), so the main
// process that draws the window never runs a query. The rest (protocol, queue, cancel) is the host's,
// shared with browser mode and tested there.
export const spawnUtilityProcess: SpawnWorker = (role) => {
  const child = utilityProcess.fork(path.join(__dirname, 'backendWorker.cjs'), [], { serviceName: `Văn thư (${role})`, stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => void child.kill(),
  };
};
