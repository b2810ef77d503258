import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { tempDir } from '../helpers/tempBackend';

describe('vanthu den list --q: by arrival number and by symbol', () => {
  it('finds 43-NQ/TW by its arrival number 11646 and lists it first for "NQ 43"', () => {
    const db = path.join(tempDir(), 'v.db');
    expect(vanthu('init', '--db', db, '--sample').code).toBe(0);
    const byNumber = vanthu('den', 'list', '--db', db, '--q', '11646', '--json');
    expect(byNumber.code, byNumber.stderr).toBe(0);
    expect(byNumber.json().items[0]).toMatchObject({ arrivalNumber: 11646, symbol: '43-NQ/TW', arrivalDate: '2023-11-28' });
    const bySymbol = vanthu('den', 'list', '--db', db, '--json', '--q', 'NQ 43').json();
    expect(bySymbol.items[0].symbol).toBe('43-NQ/TW');
    expect(bySymbol.total).toBeGreaterThan(1);
  }, 120_000);
});
