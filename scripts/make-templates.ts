/**
 * Writes the default report templates into templates/ (npm run templates). The files are committed: they are
 * what an office opens in Word or Excel and edits. Rebuild them after changing electron/backend/reports/
 * defaultTemplates, and review the result.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TEMPLATES } from '../electron/backend/reports/defaultTemplates/index';
import { writeFileAtomic } from '../electron/backend/reports/writeFileAtomic';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'templates');
await mkdir(outDir, { recursive: true });
for (const template of DEFAULT_TEMPLATES) {
  const path = join(outDir, template.fileName);
  await writeFileAtomic(path, await template.build());
  console.log(path);
}
