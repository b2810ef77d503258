import type { BackupKind } from '../../../shared/contractSafety';

// Which automatic backups to keep: the newest of each of the last 7 days that have one, of the last
// 4 weeks and of the last 12 months (grandfather-father-son). Backups the clerk made by hand are the
// office's to delete and are always kept.

export const ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

interface Dated { name: string; createdAt: string; kind: BackupKind }

export function backupsToDelete<T extends Dated>(backups: T[]): T[] {
  const automatic = backups.filter((b) => b.kind !== 'manual').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const keepNewestPer = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of automatic) {
      const key = period(new Date(b.createdAt));
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(b.name);
    }
  };
  keepNewestPer(dayOf, ROTATION.daily);
  keepNewestPer(weekOf, ROTATION.weekly);
  keepNewestPer(monthOf, ROTATION.monthly);
  return automatic.filter((b) => !keep.has(b.name));
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The Monday that starts the date's week (local time). */
const weekOf = (d: Date) => dayOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)));
