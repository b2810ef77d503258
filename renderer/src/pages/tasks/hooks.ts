import { createContext, useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { Task, Unit, UnitGroup } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** The saved groups of the address book, for the forms deep inside the task screens. */
export const UnitGroupsContext = createContext<UnitGroup[]>([]);

/** The address book and its saved groups, loaded once per screen. */
export function useUnits() {
  const [units, setUnits] = useState<Unit[]>([]);
  const [groups, setGroups] = useState<UnitGroup[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [u, g] = await Promise.all([api('units.list', {}), api('units.groups', {})]);
      setUnits(u);
      setGroups(g);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => { void reload(); }, [reload]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const options = useMemo(() => units.map((u) => ({ value: u.id, label: u.name, category: u.category })), [units]);
  return { units, groups, byId, options, error, reload };
}

/** A list of tasks for a filter; `replace` puts an updated task in place without reloading. */
export function useTaskList(filter: MethodInput<'tasks.list'> | null) {
  const [items, setItems] = useState<Task[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filter);
  const reload = useCallback(async () => {
    if (filter === null) {
      setItems([]);
      return;
    }
    setLoading(true);
    try {
      const result = await api('tasks.list', filter);
      setItems(result.items);
      setCounts(result.counts);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => { void reload(); }, [reload]);
  const replace = useCallback((task: Task) => setItems((list) => list.map((t) => (t.id === task.id ? task : t))), []);
  return { items, counts, loading, error, reload, replace };
}
