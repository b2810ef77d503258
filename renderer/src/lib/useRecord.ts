import { useCallback, useState } from 'react';
import { errorMessage } from './errors';

/**
 * The record a detail panel shows, read by its id: the record, what went wrong in Vietnamese, and `load`
 * to read it (again, after a change). `read` must be stable: a function declared at module level.
 */
export function useRecord<T>(read: (id: number) => Promise<T>) {
  const [record, setRecord] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async (id: number) => {
    try {
      setRecord(await read(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [read]);
  return { record, setRecord, error, load };
}
