import fsp from 'node:fs/promises';
import path from 'node:path';
import type { ApiResult } from '../../../shared/errors';
import type { Dispatch } from '../dispatcher';
import { MAX_SUBFOLDER_DEPTH, isReceivedFileName } from '../../../shared/receivedFileName';

// Watches the folder the office chose for received files, in the backend host (the process that carries the
// calls; the workers keep the database). It lists the folder every few seconds rather than using fs.watch: on
// Windows, a network share or a USB drive often gives fs.watch no event at all (or one per written block), and
// events sent while the app was closed are lost anyway, while a listing sees every file the same way on any
// disk, including those that arrived while the app was closed. A file is offered only once its size and
// time have stayed the same from one listing to the next, so a file still being written is never read halfway;
// the backend checks its size again when it reads it. What was already seen is known by its SHA-256 in the
// register (intake.offer), so a restart proposes nothing twice.

/** Often enough that a received document shows up while the clerk is at the register; cheap on a share. */
export const INTAKE_POLL_MS = 3000;

interface Seen { size: number; mtimeMs: number; done: boolean }

export interface FolderWatcher {
  /** One listing of the folder; the timer calls it, tests call it directly. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function createFolderWatcher(dispatch: Dispatch, options: { report?(message: string): void } = {}): FolderWatcher & { start(intervalMs?: number): FolderWatcher } {
  const report = options.report ?? ((message: string) => process.stderr.write(`${message}\n`));
  const seen = new Map<string, Seen>();
  /** Problems already reported, so a folder that stays unreadable is said once, not every few seconds. */
  const reported = new Set<string>();
  let watched = '';
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  /** Readings are asked one after another: a folder of hundreds of old files never fills the queue of long operations. */
  let reading: Promise<unknown> = Promise.resolve();

  const once = (key: string, message: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    report(message);
  };

  async function call<T>(method: string, input: unknown): Promise<T | null> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) {
      once(`${method}:${result.error.message}`, `Thư mục nhận văn bản: ${result.error.message}`);
      return null;
    }
    return result.value;
  }

  async function offer(name: string, file: Seen): Promise<void> {
    const answer = await call<{ state: string; id: number | null }>('intake.offer', { fileName: name });
    if (!answer || answer.state === 'busy') return; // offered again at the next listing
    file.done = true;
    // Read at once, in the worker of long operations, so the clerk sees the fields as soon as the file shows.
    const id = answer.id;
    if (answer.state === 'new' && id !== null) reading = reading.then(() => (stopped ? null : dispatch('intake.readProposed', { id })));
  }

  async function listOnce(): Promise<void> {
    const setting = await call<{ folder: string }>('intake.folder', {});
    if (!setting) return;
    if (setting.folder !== watched) {
      watched = setting.folder;
      seen.clear();
      reported.clear();
    }
    if (!watched) return;
    let names: string[];
    try {
      names = await receivedFilesIn(watched);
    } catch (err) {
      once(`readdir:${watched}`, `Không đọc được thư mục nhận văn bản "${watched}": ${(err as NodeJS.ErrnoException).code ?? err}`);
      return;
    }
    reported.delete(`readdir:${watched}`);
    const present = new Set(names);
    for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
    for (const name of names) {
      if (stopped) return;
      let stat;
      try {
        stat = await fsp.stat(path.join(watched, name));
      } catch {
        continue; // moved away meanwhile
      }
      const before = seen.get(name);
      if (!before || before.size !== stat.size || before.mtimeMs !== stat.mtimeMs) {
        // First sight, or still growing: wait for the next listing to find it unchanged.
        seen.set(name, { size: stat.size, mtimeMs: stat.mtimeMs, done: false });
        continue;
      }
      if (!before.done && stat.size > 0) await offer(name, before);
    }
  }

  const tick = (): Promise<void> => {
    // One listing at a time: a slow share never piles listings up.
    running ??= listOnce().finally(() => (running = null));
    return running;
  };

  const watcher = {
    tick,
    start(intervalMs = INTAKE_POLL_MS) {
      const loop = () => {
        timer = setTimeout(() => void tick().catch((err: unknown) => report(String(err))).finally(() => !stopped && loop()), intervalMs);
        timer.unref();
      };
      loop();
      return watcher;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
  return watcher;
}

/**
 * The received documents in the folder and its subfolders down to MAX_SUBFOLDER_DEPTH (a client that files by
 * year and month), named by their path inside it with "/" (intake.offer's fileName). Hidden folders and links
 * to folders are not followed; a subfolder that cannot be read is passed over, the folder itself must be read.
 */
async function receivedFilesIn(root: string): Promise<string[]> {
  const names: string[] = [];
  const walk = async (relative: string, depth: number): Promise<void> => {
    const entries = await fsp.readdir(relative ? path.join(root, ...relative.split('/')) : root, { withFileTypes: true });
    for (const e of entries) {
      const name = relative ? `${relative}/${e.name}` : e.name;
      if (e.isFile() && isReceivedFileName(e.name)) names.push(name);
      else if (e.isDirectory() && depth < MAX_SUBFOLDER_DEPTH && !e.name.startsWith('.')) await walk(name, depth + 1).catch(() => undefined);
    }
  };
  await walk('', 0);
  return names;
}
