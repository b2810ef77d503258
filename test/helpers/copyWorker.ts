// A separate process making copies as fast as it can: used to prove copy numbering under contention.
import { createBackend } from '../../electron/backend/backend';

const [dbPath, countText, sourceIdText] = process.argv.slice(2);
const backend = createBackend({ dbPath, mode: 'test' });
const forms = ['SY', 'SL', 'TrS'];
for (let i = 0; i < Number(countText); i++) {
  const result = await backend.dispatch('copies.add', { sourceId: Number(sourceIdText), form: forms[i % 3], date: '2024-05-02', recipients: ['Báo Lạng Sơn'] });
  if (!result.ok) {
    console.error(result.error);
    process.exit(1);
  }
}
backend.close();
