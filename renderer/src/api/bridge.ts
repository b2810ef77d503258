import type { ApiResult } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/progress';

/** What the Electron preload exposes on window.vanthu (see electron/preload). */
export interface VanthuBridge {
  /** callId: given for a long operation, whose progress then arrives through onProgress and which cancel stops. */
  invoke(method: string, input: unknown, callId?: string): Promise<ApiResult<unknown>>;
  /** Listens to the progress of long operations; returns the unsubscribe. */
  onProgress?(listener: (callId: string, progress: JobProgress) => void): () => void;
  cancel?(callId: string): Promise<void>;
  saveFile?(suggestedName: string, contentBase64: string): Promise<{ saved: boolean; path?: string }>;
  openFolder?(filePath: string): Promise<void>;
  /** A desktop notification (the start-up reminder of tasks that fell overdue). */
  notify?(title: string, body: string): Promise<void>;
}

declare global {
  interface Window {
    vanthu?: VanthuBridge;
  }
}

export const bridge = (): VanthuBridge | undefined => window.vanthu;
