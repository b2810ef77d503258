// concurrentCallMs: how long browser mode takes to answer a quick call while a long report is written.
import { startBackendHost } from '../electron/backend/host/host';
import { spawnThread } from '../electron/backend/host/spawnThread';
import { startHttpServer } from '../electron/backend/http/server';
import { percentile } from './bench-lib';

/**
 * Starts browser mode's backend host and HTTP server on the bench's register, asks for the register
 * book over HTTP and, from the moment its worker says it writes the file until the book arrives, asks
 * for the register's first page (100 entries) again and again: the median answer time, the slowest, and
 * how many answers came while the one book was being written.
 */
export async function measureConcurrentCall(dbPath: string, bookRequest: object) {
  const host = await startBackendHost(spawnThread, { dbPath, mode: 'bench' });
  const server = await startHttpServer({ dispatch: host.dispatch, port: 0 });
  const post = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
      body: JSON.stringify(input),
    });
  try {
    const book = await post('reports.generate', { ...bookRequest, format: 'docx' }, { 'X-Vanthu-Progress': '1' });
    // The client shares the server's thread here (in the app it is the window): it keeps the bytes as they
    // come and looks for the progress mark in the progress lines only, not in the megabytes of the file.
    const reader = book.body!.getReader();
    const chunks: Uint8Array[] = [];
    let progressSeen = '';
    let finished = false;
    let markWriting!: () => void;
    const writing = new Promise<void>((resolve) => (markWriting = resolve));
    const reading = (async () => {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        chunks.push(chunk.value);
        if (progressSeen.length < 4096) {
          progressSeen += Buffer.from(chunk.value.subarray(0, 4096)).toString('latin1');
          if (progressSeen.includes('"done":2')) markWriting();
        }
      }
      finished = true;
      markWriting();
    })();
    await writing;
    const times: number[] = [];
    while (!finished) {
      const start = performance.now();
      const page = (await (await post('incoming.list', { limit: 100 })).json()) as { ok: boolean };
      if (!page.ok) throw new Error('incoming.list failed during the register book');
      times.push(performance.now() - start);
    }
    await reading;
    const text = Buffer.concat(chunks).toString('utf8');
    const result = JSON.parse(text.trim().split('\n').at(-1)!) as { ok: boolean };
    if (!result.ok || times.length === 0) throw new Error(`register book over HTTP: ${text.slice(0, 300)}`);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { concurrentCallMs: round(percentile(times, 50)), concurrentCallMaxMs: round(Math.max(...times)), concurrentCalls: times.length };
  } finally {
    await server.close();
    await host.close();
  }
}
