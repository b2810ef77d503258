import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../shared/contractSafety';
import { backupsToDelete } from '../../electron/backend/services/backupRotation';

/** One automatic backup a day at 09:00 local time for `days` days up to 2026-12-01, newest first. */
function dailyBackups(days: number, kind: BackupKind = 'daily') {
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(2026, 11, 1 - i, 9, 0, 0);
    return { name: `b${i}`, createdAt: d.toISOString(), kind };
  });
}

describe('backup rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('over two years of daily backups keeps 7 days, the last 4 weeks and 12 months', () => {
    const all = dailyBackups(730);
    const deleted = new Set(backupsToDelete(all).map((b) => b.name));
    const kept = all.filter((b) => !deleted.has(b.name));
    // The 7 newest days are all kept.
    expect(kept.slice(0, 7).map((b) => b.name)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    // At most 7 + 4 + 12 backups, and nothing older than 12 months.
    expect(kept.length).toBeLessThanOrEqual(23);
    expect(kept.length).toBeGreaterThanOrEqual(18);
    const oldest = new Date(kept.at(-1)!.createdAt);
    expect(oldest.getTime()).toBeGreaterThan(new Date(2025, 11, 1).getTime() - 31 * 86_400_000);
    // Each of the last 12 months keeps one backup (its newest).
    const months = new Set(kept.map((b) => b.createdAt.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('of several backups on one day keeps the newest; backups made by hand are never deleted', () => {
    const sameDay = [0, 1, 2].map((h) => ({ name: `auto${h}`, createdAt: new Date(2026, 11, 1, 12 - h).toISOString(), kind: 'before-restore' as const }));
    const manual = dailyBackups(800, 'manual');
    const deleted = backupsToDelete([...sameDay, ...manual]).map((b) => b.name);
    expect(deleted).toEqual(['auto1', 'auto2']);
  });
});
