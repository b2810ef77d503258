import { AsyncLocalStorage } from 'node:async_hooks';
import type { JobProgress } from '../../shared/progress';

// Long operations say how far they have come without every function between the dispatcher and the
// loop taking a callback: the dispatcher runs a call inside withProgress, and the code doing the work
// calls reportProgress, which goes to that call's listener (and nowhere outside a call).

const listener = new AsyncLocalStorage<(progress: JobProgress) => void>();

export function withProgress<T>(onProgress: ((progress: JobProgress) => void) | undefined, run: () => T): T {
  return onProgress ? listener.run(onProgress, run) : run();
}

export function reportProgress(done: number, total: number, label: string): void {
  listener.getStore()?.({ done, total, label });
}
