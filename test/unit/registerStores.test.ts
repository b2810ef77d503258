import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/registers.md: the incoming register's SQL lives in its store (electron/backend/stores/incomingStore.ts).
// Its services and the report code reach the database only through stores, so a second store (a shared
// register on another database) replaces one module, not the services. This fails on a query written
// outside the store again, and on SQL naming the incoming tables anywhere in the backend but stores/ and db/
// (the schema: migrations and bulk loading). Sample seeding is held to it too: it writes and looks up through
// the services and the store like any caller.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const backend = (rel: string) => path.join(root, 'electron/backend', rel);

const WITHOUT_SQL = [
  'services/incoming.ts', 'services/incomingCancel.ts', 'services/incomingIndex.ts', 'services/incomingQuery.ts', 'services/ftsQuery.ts',
  'import/importService.ts', 'import/numbering.ts',
  ...fs.readdirSync(backend('reportData')).filter((f) => f.endsWith('.ts')).map((f) => `reportData/${f}`),
];

/** Calls on a database connection: db.prepare(…), s.db.exec(…), a transaction or a pragma. */
const DATABASE_USE = /\b(?:db|s\.db|services\.db)\s*\.\s*(?:prepare|exec|transaction|pragma|function)\s*\(|\bs\.db\b/;

/** Every backend file outside the stores and the schema (db/: migrations, bulk loading), relative to electron/backend. */
function backendFiles(dir = ''): string[] {
  return fs.readdirSync(backend(dir), { withFileTypes: true }).flatMap((d) => {
    const rel = dir ? `${dir}/${d.name}` : d.name;
    if (d.isDirectory()) return rel === 'stores' || rel === 'db' ? [] : backendFiles(rel);
    return d.name.endsWith('.ts') ? [rel] : [];
  });
}

/** SQL naming the incoming register's tables (incoming, incoming_fts), in any case; comments are not SQL. */
const NAMES_INCOMING = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+incoming(?:_fts)?\b/i;
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
const namesIncoming = (source: string) => NAMES_INCOMING.test(withoutComments(source));

describe('register stores', () => {
  it('the incoming services and the report code run no SQL of their own', () => {
    const offenders = WITHOUT_SQL.filter((f) => DATABASE_USE.test(fs.readFileSync(backend(f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('outside the stores, no backend code (services, reports, seeding, handlers) writes SQL on the incoming tables', () => {
    // The follow-up's joins to the register live in stores/followUpStore.ts, the books' figures in the incoming store.
    const files = backendFiles();
    expect(files).toContain('services/tasks.ts');
    expect(files).toContain('sample/seedSampleTasks.ts');
    const offenders = files.filter((f) => namesIncoming(fs.readFileSync(backend(f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check sees SQL naming the incoming tables, and not prose', () => {
    expect(namesIncoming("const e = db.prepare('SELECT id FROM incoming WHERE id = ?');")).toBe(true);
    expect(namesIncoming('  FROM tasks t\n  JOIN incoming d ON d.id = t.directive_id`;')).toBe(true);
    expect(namesIncoming("db.exec('delete from incoming_fts')")).toBe(true);
    expect(namesIncoming("recordFor('incoming', entryId, action, label);")).toBe(false);
    expect(namesIncoming('// The copies made from incoming documents keep their source.')).toBe(false);
    expect(namesIncoming('/** Reads FROM incoming, said in prose. */ const x = 1;')).toBe(false);
  });

  it('the check sees a query written on the connection', () => {
    expect(DATABASE_USE.test("const n = s.db.prepare('SELECT count(*) FROM incoming').pluck().get();")).toBe(true);
    expect(DATABASE_USE.test('const mark = db.prepare(`UPDATE incoming SET cancelled_at = ?`);')).toBe(true);
    expect(DATABASE_USE.test("const m = /kh[oó]a\\s+([IVXLC]+)\\b/iu.exec(abstract);")).toBe(false);
  });
});
