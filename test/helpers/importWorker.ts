// A separate process importing an old register through the dispatcher, printing each progress label:
// the test kills it (SIGKILL) while the rows are being written.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';

const [dbPath, file] = process.argv.slice(2);
const backend = createBackend({ dbPath: dbPath!, mode: 'test' });
const result = await backend.dispatch('incoming.importRun', { fileName: path.basename(file!), contentBase64: fs.readFileSync(file!).toString('base64') },
  { onProgress: (p) => process.stdout.write(`${p.label}\n`) });
process.stdout.write(`done ${JSON.stringify(result.ok ? (result.value as { imported: number }).imported : result.error)}\n`);
backend.close();
