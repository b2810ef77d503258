import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';

export type SuggestField = 'issuer' | 'handlingUnit' | 'fileCode';

/**
 * Completions, most used first: handling units from the address book of bodies and then what clerks
 * typed before (units.suggest); other fields from what was typed before (incoming.suggest). `search`
 * is debounced and only the answer to the latest prefix is kept.
 */
export function useSuggestions(field: SuggestField, limit = 12) {
  const [values, setValues] = useState<string[]>([]);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const search = useCallback((prefix: string) => {
    clearTimeout(timer.current);
    const id = ++seq.current;
    timer.current = setTimeout(() => {
      const request = field === 'handlingUnit' ? api('units.suggest', { prefix, limit }) : api('incoming.suggest', { field, prefix, limit });
      request.then(
        (found) => { if (id === seq.current) setValues(found); },
        () => { if (id === seq.current) setValues([]); },
      );
    }, 120);
  }, [field, limit]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { values, search, options: values.map((v) => ({ value: v, label: v })) };
}
