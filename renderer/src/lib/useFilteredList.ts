import { useEffect, useState } from 'react';
import { errorMessage } from './errors';

export interface ListFilter { q?: string; year?: number; limit: number }

/**
 * A register's list as the clerk types its search or picks a year: asked 200 ms after the last key, and an
 * answer that arrives after a newer question is dropped. `list` must be stable (declared at module level);
 * a new `version` asks again (after a change).
 */
export function useFilteredList<T>(
  list: (filter: ListFilter) => Promise<{ items: T[]; total: number }>,
  q: string, year: number | null, version: number,
) {
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      list({ ...(q.trim() ? { q: q.trim() } : {}), ...(year ? { year } : {}), limit: 500 })
        .then((r) => { if (live) { setRows(r.items); setTotal(r.total); setError(null); } })
        .catch((err: unknown) => { if (live) setError(errorMessage(err)); });
    }, 200);
    return () => { live = false; clearTimeout(timer); };
  }, [list, q, year, version]);
  return { rows, total, error };
}
