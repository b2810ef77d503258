// `npm run demo`: the sample register (with its tasks and review round) in a fresh database, then all
// three reports as Word and Excel in ./out. Prints the paths of the files it wrote.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { writeNamedReport } from '../electron/backend/cli/reportCommands';
import { formatCliError } from '../electron/backend/cli/errors';
import { seedSampleData } from '../electron/backend/sample/seedSample';

const outDir = path.resolve('out');
const dbPath = path.join(outDir, 'demo.db');
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
fs.mkdirSync(outDir, { recursive: true });

const backend = createBackend({ dbPath, dataDir: path.join(outDir, 'demo-data'), mode: 'demo' });
try {
  const entries = seedSampleData(backend.services);
  console.log(`Cơ sở dữ liệu mẫu: ${dbPath} (${entries} văn bản đến)`);
  const jobs = [
    { report: 'so-dang-ky', name: 'so-dang-ky-van-ban-den', options: { from: '2023-11-01', to: '2023-12-31' } },
    { report: 'thong-ke', name: 'thong-ke-quy-I-2025', options: { period: '2025-Q1' } },
    { report: 'so-ket', name: 'so-ket-01-nam-NQ43', options: { directive: '43-NQ/TW', milestone: '01 năm' } },
  ];
  for (const job of jobs) {
    for (const ext of ['docx', 'xlsx']) {
      const { out, summary } = await writeNamedReport(backend, job.report, { ...job.options, out: path.join(outDir, `${job.name}.${ext}`) });
      console.log(`${out}  — ${summary}`);
    }
  }
} catch (err) {
  console.error(formatCliError(err));
  process.exitCode = 1;
} finally {
  backend.close();
}
