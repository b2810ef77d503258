// Browser mode runs the backend from its TypeScript sources (through tsx, see scripts/web.mjs): a worker
// thread starts without the main thread's loader, so it registers tsx itself before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
