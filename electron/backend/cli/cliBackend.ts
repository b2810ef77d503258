import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { type Backend, createBackend } from '../backend';
import { type OptionValues, stringOption } from './command';

// How a CLI command reaches the services: through the same dispatcher as the screens.

/** The CLI's register when --db is not given (README). */
export const DEFAULT_DB = 'data/vanthu.db';

export function dbPathOf(values: OptionValues): string {
  return path.resolve(stringOption(values.db) ?? DEFAULT_DB);
}

/**
 * Opens the register named by --db, runs fn and closes it. Only `init` (create: true) may make a new
 * database: for every other command a mistyped path is refused, not turned into an empty register.
 */
export async function withBackend<T>(values: OptionValues, fn: (b: Backend) => Promise<T> | T, options: { create?: boolean } = {}): Promise<T> {
  const dbPath = dbPathOf(values);
  if (!options.create) refuseMissingDatabase(dbPath);
  const backend = createBackend({ dbPath, mode: 'cli' });
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}

/** For the parsers when no register is named: the built-in code lists, in a database that lives in memory only. */
export async function withMemoryBackend<T>(fn: (b: Backend) => Promise<T> | T): Promise<T> {
  const backend = createBackend({ dbPath: ':memory:', mode: 'cli' });
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}

function refuseMissingDatabase(dbPath: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dbPath);
  } catch {
    throw new AppError('NOT_FOUND', `Không có cơ sở dữ liệu "${dbPath}". Kiểm tra lại đường dẫn --db; muốn tạo sổ mới thì dùng: vanthu init --db "${dbPath}".`);
  }
  if (!stat.isFile()) throw new AppError('VALIDATION', `"${dbPath}" là một thư mục, không phải tệp cơ sở dữ liệu.`);
}

/** Calls one contract method; a refusal becomes the error the CLI prints. */
export async function call<M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
  return result.value as MethodOutput<M>;
}
