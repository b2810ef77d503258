// Benchmark figures of the outgoing register (issue 9): 100,000 outgoing entries across types, issuing
// bodies and two terms, numbered as the clerks' would be (the next number of each series found in the insert's
// transaction), and the bare full-text match the incoming search is measured against.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { createBackend } from '../electron/backend/backend';
import type { Db } from '../electron/backend/db/openDatabase';
import { toFtsQuery } from '../electron/backend/services/ftsQuery';
import { OutgoingInput } from '../shared/contractOutgoing';
import { measure, percentile } from './bench-lib';

const TYPES = ['BC', 'CV', 'KH', 'NQ', 'QĐ', 'TB', 'CTr', 'HD', 'CT', 'TTr'];
const BODIES = ['TU', 'BTVTU', 'VPTU', 'BTCTU', 'BDVTU', 'BTGTU'];

/** outgoingInsertPerSec: 100,000 entries validated first (apart), then inserted in batches of 10,000. */
export function measureOutgoing(count = 100_000): { outgoingInsertPerSec: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-di-'));
  const backend = createBackend({ dbPath: path.join(dir, 'di.db'), mode: 'bench' });
  try {
    const s = backend.services;
    s.outgoing.addTerm({ from: '2020-10-16', to: '2025-10-15' });
    s.outgoing.addTerm({ from: '2025-10-16' });
    const start = Date.UTC(2020, 9, 16);
    const span = Date.UTC(2026, 5, 30) - start;
    const inputs: z.output<typeof OutgoingInput>[] = [];
    for (let i = 0; i < count; i++) {
      const date = new Date(start + Math.floor((i / count) * span)).toISOString().slice(0, 10);
      inputs.push(OutgoingInput.parse({
        documentDate: date, typeCode: TYPES[i % TYPES.length], issuerCode: BODIES[(i * 7) % BODIES.length],
        abstract: `Văn bản số ${i} về công tác xây dựng Đảng`, signer: 'Nguyễn Văn A', recipients: ['Ban Thường vụ Tỉnh ủy', 'Lưu VPTU'],
      }));
    }
    let ms = 0;
    for (let i = 0; i < inputs.length; i += 10_000) {
      const part = inputs.slice(i, i + 10_000);
      ms += measure(() => s.outgoing.addMany(part));
    }
    return { outgoingInsertPerSec: Math.round(count / (ms / 1000)) };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** ftsRawP95Ms: the search's queries as a bare FTS5 MATCH, first 100 rowids, no count, no join. */
export function measureFtsRaw(db: Db, queries: readonly string[]): { ftsRawP95Ms: number } {
  const match = db.prepare('SELECT rowid FROM incoming_fts WHERE incoming_fts MATCH ? ORDER BY rowid DESC LIMIT 100');
  const times = queries.map((q) => {
    const fts = toFtsQuery(q);
    return fts ? Math.min(measure(() => match.all(fts)), measure(() => match.all(fts)), measure(() => match.all(fts))) : 0;
  });
  return { ftsRawP95Ms: Math.round(percentile(times, 95) * 100) / 100 };
}
