import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { JobProgress } from '../../../shared/progress';
import { api } from '../api/client';

/**
 * Runs a long operation (reports.generate, a backup…) with its progress and a cancel for
 * <JobProgressBar>. Starting another one, or leaving the screen, cancels the one under way.
 */
export function useLongCall() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<AbortController | null>(null);

  const run = useCallback(async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setProgress(null);
    setRunning(true);
    try {
      return await api(method, input, { onProgress: setProgress, signal: controller.signal });
    } finally {
      if (current.current === controller) {
        current.current = null;
        setRunning(false);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => current.current?.abort(), []);
  useEffect(() => () => current.current?.abort(), []);

  return { run, cancel, progress, running };
}
