import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { NQ43, tempDir } from '../helpers/tempBackend';

describe('vanthu den cancel', { timeout: 180_000 }, () => {
  it('marks the entry cancelled with its reason; it stays in the list and keeps its number', () => {
    const db = path.join(tempDir(), 'v.db');
    expect(vanthu('init', '--db', db).code).toBe(0);
    const added = vanthu('den', 'add', '--db', db, '--json', JSON.stringify(NQ43)).json();
    const cancelled = vanthu('den', 'cancel', '--db', db, '--id', String(added.id), '--reason', 'Vào sổ nhầm', '--json');
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(cancelled.json()).toMatchObject({ id: added.id, arrivalNumber: 11646, cancelled: true, cancelReason: 'Vào sổ nhầm' });
    const list = vanthu('den', 'list', '--db', db, '--json').json();
    expect(list.items.map((e: { arrivalNumber: number; cancelled: boolean }) => [e.arrivalNumber, e.cancelled])).toEqual([[11646, true]]);
    // Without a reason: refused, in Vietnamese, nothing changed.
    const noReason = vanthu('den', 'cancel', '--db', db, '--id', String(added.id));
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toMatch(/Không được để trống/);
  });
});
