// importRowsPerSec: a 50,000-row old register (.xlsx, in the shape offices keep it: titles, a row of
// column numbers, Excel dates and text dates) imported through incoming.importRun into an empty
// register: reading the workbook, checking every row, writing them in one transaction.
// importCpuRowsPerSec: the same over the CPU time used, which a busy shared machine does not inflate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { arrivalDates, createRng, plausibleEntry } from '../electron/backend/sample/generator';
import { excelDate, oldRegisterXlsx, type OldRow } from '../test/helpers/oldRegister';

const ROWS = 50_000;

const displayDate = (iso: string) => iso.split('-').reverse().join('/');

export async function measureImport(): Promise<{ importRowsPerSec: number; importCpuRowsPerSec: number }> {
  const rng = createRng(11);
  const rows: OldRow[] = arrivalDates(rng, '2023-01-02', '2023-12-29', ROWS).map((date, i) => {
    const e = plausibleEntry(rng, date);
    const documentDate = e.documentDate ?? '';
    // Half the dates typed as text, as registers kept before the office used Excel dates.
    return [i + 1, i % 2 ? excelDate(date) : displayDate(date), e.issuer, e.symbol ?? '',
      documentDate && (i % 2 ? excelDate(documentDate) : displayDate(documentDate)), e.abstract, e.handlingUnit ?? '', '', e.notes ?? ''];
  });
  const { content } = await oldRegisterXlsx(rows);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-import-'));
  const backend = createBackend({ dbPath: path.join(dir, 'import.db'), mode: 'test' });
  try {
    const input = { fileName: 'so-den-2023.xlsx', contentBase64: content.toString('base64') };
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await backend.dispatch('incoming.importRun', input);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (!result.ok || (result.value as { imported: number }).imported !== ROWS) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 500)}`);
    return { importRowsPerSec: Math.round(ROWS / (ms / 1000)), importCpuRowsPerSec: Math.round(ROWS / (cpuMs / 1000)) };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
