import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/registers.md: the incoming register's SQL lives in its store (electron/backend/stores/incomingStore.ts).
// Its services and the report code reach the database only through stores, so a second store (a shared
// register on another database) replaces one module, not the services. This fails on a query written
// outside the store again.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const backend = (rel: string) => path.join(root, 'electron/backend', rel);

const WITHOUT_SQL = [
  'services/incoming.ts', 'services/incomingCancel.ts', 'services/incomingIndex.ts', 'services/incomingQuery.ts', 'services/ftsQuery.ts',
  'import/importService.ts', 'import/numbering.ts',
  ...fs.readdirSync(backend('reportData')).filter((f) => f.endsWith('.ts')).map((f) => `reportData/${f}`),
];

/** Calls on a database connection: db.prepare(…), s.db.exec(…), a transaction or a pragma. */
const DATABASE_USE = /\b(?:db|s\.db|services\.db)\s*\.\s*(?:prepare|exec|transaction|pragma|function)\s*\(|\bs\.db\b/;

describe('register stores', () => {
  it('the incoming services and the report code run no SQL of their own', () => {
    const offenders = WITHOUT_SQL.filter((f) => DATABASE_USE.test(fs.readFileSync(backend(f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check sees a query written on the connection', () => {
    expect(DATABASE_USE.test("const n = s.db.prepare('SELECT count(*) FROM incoming').pluck().get();")).toBe(true);
    expect(DATABASE_USE.test('const mark = db.prepare(`UPDATE incoming SET cancelled_at = ?`);')).toBe(true);
    expect(DATABASE_USE.test("const m = /kh[oó]a\\s+([IVXLC]+)\\b/iu.exec(abstract);")).toBe(false);
  });
});
