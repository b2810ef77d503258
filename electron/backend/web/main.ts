import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBackendHost } from '../host/host';
import { spawnThread } from '../host/spawnThread';
import { startHttpServer } from '../http/server';

// Browser mode: the built UI plus POST /api/<method> over the same services, on 127.0.0.1.

export interface WebOptions { port: number; db: string; staticDir: string; sample: boolean }

export function parseWebArgs(argv: string[], staticDir: string): WebOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, db: { type: 'string' }, 'no-sample': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port}`);
  return { port, db: values.db ?? path.join('data', 'vanthu.db'), staticDir, sample: !values['no-sample'] };
}

export async function startWeb(options: WebOptions) {
  // The backend runs in worker threads (host/): this thread only carries requests, and a long report
  // runs beside the quick calls instead of before them.
  const backend = await startBackendHost(spawnThread, { dbPath: options.db, mode: 'web', sampleIfNew: options.sample });
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  try {
    http = await startHttpServer({ dispatch: backend.dispatch, staticDir: options.staticDir, port: options.port });
  } catch (err) {
    await backend.close();
    throw err;
  }
  return {
    url: http.url,
    /** The address to open: it carries this start's secret (see http/access.ts). */
    pageUrl: http.pageUrl,
    token: http.token,
    backend,
    async close() {
      await http.close();
      await backend.close();
    },
  };
}
