// A separate process registering entries as fast as it can: used to prove numbering under contention.
import { createBackend } from '../../electron/backend/backend';

const [dbPath, countText, tag] = process.argv.slice(2);
const backend = createBackend({ dbPath, mode: 'test' });
for (let i = 0; i < Number(countText); i++) {
  const result = await backend.dispatch('incoming.register', { arrivalDate: '2024-05-02', issuer: `Cơ quan ${tag}`, abstract: `Văn bản ${tag}-${i}` });
  if (!result.ok) {
    console.error(result.error);
    process.exit(1);
  }
}
backend.close();
