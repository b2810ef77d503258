import type { ApiResult } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/progress';

/**
 * Reads a long call's answer in browser mode: {"progress": …} lines, handed to the listener, up to the result's
 * line; null when the answer ends before it (the server went away).
 */
export async function readLines(body: ReadableStream<Uint8Array>, onProgress?: (progress: JobProgress) => void): Promise<ApiResult<unknown> | null> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // The result's line holds the file (megabytes of base64): each chunk is searched for the line's end
  // alone and kept apart until it comes, not added to one string searched again from its start.
  const lineSoFar: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return null;
    let chunk = decoder.decode(value, { stream: true });
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n')) {
      lineSoFar.push(chunk.slice(0, end));
      const line = JSON.parse(lineSoFar.join('')) as { progress: JobProgress } | ApiResult<unknown>;
      lineSoFar.length = 0;
      chunk = chunk.slice(end + 1);
      if (!('progress' in line)) return line;
      onProgress?.(line.progress);
    }
    lineSoFar.push(chunk);
  }
}
