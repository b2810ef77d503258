import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportError } from '../../electron/backend/reports/ReportError';
import { writeFileAtomic } from '../../electron/backend/reports/writeFileAtomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanthu-atomic-'));
});

async function failure(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportError);
  expect((error as ReportError).code).toBe('WRITE_FAILED');
  return error as ReportError;
}

describe('writeFileAtomic', () => {
  it('writes a file, replaces an existing one, and leaves no temporary file', async () => {
    const path = join(dir, 'Báo cáo.docx');
    await writeFileAtomic(path, Buffer.from('một'));
    await writeFileAtomic(path, Buffer.from('hai'));
    expect(await readFile(path, 'utf8')).toBe('hai');
    expect(await readdir(dir)).toEqual(['Báo cáo.docx']);
  });

  it('says in Vietnamese that the folder does not exist', async () => {
    const path = join(dir, 'khong-co', 'bao-cao.docx');
    const error = await failure(writeFileAtomic(path, Buffer.from('x')));
    expect(error.message).toBe(`Không ghi được tệp ${path}: thư mục không tồn tại.`);
  });

  it('leaves a folder in the way untouched', async () => {
    const path = join(dir, 'bao-cao.docx');
    await mkdir(path);
    await writeFile(join(path, 'giu-nguyen.txt'), 'x');
    const error = await failure(writeFileAtomic(path, Buffer.from('x')));
    expect(error.message).toContain(`Không ghi được tệp ${path}: `);
    expect(await readdir(dir)).toEqual(['bao-cao.docx']);
    expect(await readdir(path)).toEqual(['giu-nguyen.txt']);
  });

  it('removes the temporary file when writing fails half-way, and keeps the old file', async () => {
    const path = join(dir, 'bao-cao.xlsx');
    await writeFile(path, 'cũ');
    await failure(writeFileAtomic(path, 42 as unknown as Uint8Array));
    expect(await readdir(dir)).toEqual(['bao-cao.xlsx']);
    expect(await readFile(path, 'utf8')).toBe('cũ');
  });
});
