// A separate process registering outgoing documents as fast as it can: proves numbering under contention.
import { createBackend } from '../../electron/backend/backend';

const [dbPath, countText] = process.argv.slice(2);
const backend = createBackend({ dbPath, mode: 'test' });
for (let i = 0; i < Number(countText); i++) {
  // Every third one reserves its number only: reserved numbers share the series with issued ones.
  const result = await backend.dispatch('outgoing.add', { documentDate: '2024-05-02', typeCode: 'CV', issuerCode: 'VPTU', abstract: `Công văn ${i}`, reserve: i % 3 === 2 });
  if (!result.ok) {
    console.error(result.error);
    process.exit(1);
  }
}
backend.close();
