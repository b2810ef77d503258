import type { ApiResult } from '../../../shared/errors';

/** What the Electron preload exposes on window.vanthu (see electron/preload). */
export interface VanthuBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
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
