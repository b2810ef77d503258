import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';

export type SuggestField = 'issuer' | 'handlingUnit' | 'fileCode';

/**
 * Completions from what clerks typed before (incoming.suggest), most used first. `search` is
 * debounced and only the answer to the latest prefix is kept.
 */
export function useSuggestions(field: SuggestField, limit = 12) {
  const [values, setValues] = useState<string[]>([]);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const search = useCallback((prefix: string) => {
    clearTimeout(timer.current);
    const id = ++seq.current;
    timer.current = setTimeout(() => {
      api('incoming.suggest', { field, prefix, limit }).then(
        (found) => { if (id === seq.current) setValues(found); },
        () => { if (id === seq.current) setValues([]); },
      );
    }, 120);
  }, [field, limit]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { values, search, options: values.map((v) => ({ value: v, label: v })) };
}
