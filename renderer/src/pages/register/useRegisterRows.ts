import { useCallback, useEffect, useRef, useState } from 'react';
import type { IncomingEntry, IncomingFilter } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** Rows are fetched in blocks as the clerk scrolls: never the whole register at once. */
export const BLOCK_SIZE = 200;

export type ListQuery = Omit<IncomingFilter, 'offset' | 'limit'>;

interface Cache {
  key: string;
  blocks: Map<number, IncomingEntry[]>;
  pending: Set<number>;
}

export interface RegisterRows {
  /** Number of rows in the current result (null until the first block arrives). */
  total: number | null;
  totalIsLowerBound: boolean;
  /** The row at an index, or undefined while its block is loading. */
  rowAt(index: number): IncomingEntry | undefined;
  /** Asks for the blocks covering rows [start, end]; cheap to call on every scroll. */
  ensureRange(start: number, end: number): void;
  /** Reloads the visible blocks (after a save), keeping the rows on screen until the new ones arrive. */
  refresh(): void;
  loading: boolean;
  error: string | null;
  /** Changes whenever the query changes (not on refresh): the table scrolls back to the top. */
  queryKey: string;
}

export function useRegisterRows(query: ListQuery): RegisterRows {
  const queryKey = JSON.stringify(query);
  const cacheRef = useRef<Cache>({ key: '', blocks: new Map(), pending: new Set() });
  // The previous result stays on screen while the new one loads: no flash of empty rows while typing.
  const staleRef = useRef<{ key: string; blocks: Map<number, IncomingEntry[]> }>({ key: '', blocks: new Map() });
  const [, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [totalIsLowerBound, setLowerBound] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const visibleRef = useRef<[number, number]>([0, 0]);
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchBlock = useCallback((block: number) => {
    const cache = cacheRef.current;
    if (cache.blocks.has(block) || cache.pending.has(block)) return;
    cache.pending.add(block);
    const input = { ...queryRef.current, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE };
    api('incoming.list', input).then(
      (result) => {
        if (cacheRef.current !== cache) return; // the query changed meanwhile
        cache.pending.delete(block);
        cache.blocks.set(block, result.items);
        // Rows of another query are only a stand-in until the first block of this one arrives.
        if (staleRef.current.key !== cache.key) staleRef.current = { key: cache.key, blocks: new Map() };
        else staleRef.current.blocks.delete(block);
        setTotal(result.total);
        setLowerBound(result.totalIsLowerBound);
        setError(null);
        setVersion((v) => v + 1);
      },
      (err) => {
        if (cacheRef.current !== cache) return;
        cache.pending.delete(block);
        setError(errorMessage(err));
        setVersion((v) => v + 1);
      },
    );
  }, []);

  const ensureRange = useCallback((start: number, end: number) => {
    visibleRef.current = [start, end];
    const first = Math.floor(Math.max(0, start) / BLOCK_SIZE);
    const last = Math.floor(Math.max(0, end) / BLOCK_SIZE);
    for (let b = first; b <= last; b++) fetchBlock(b);
  }, [fetchBlock]);

  // A new query or a refresh: start a new cache, keep the old rows as a stand-in, load what is visible.
  useEffect(() => {
    const old = cacheRef.current;
    if (old.blocks.size) staleRef.current = { key: old.key, blocks: new Map(old.blocks) };
    cacheRef.current = { key: queryKey, blocks: new Map(), pending: new Set() };
    if (old.key !== queryKey) visibleRef.current = [0, 0];
    const [start, end] = visibleRef.current;
    ensureRange(start, Math.max(end, BLOCK_SIZE - 1));
  }, [queryKey, generation, ensureRange]);

  const rowAt = (index: number): IncomingEntry | undefined => {
    const block = Math.floor(index / BLOCK_SIZE);
    const rows = cacheRef.current.blocks.get(block) ?? staleRef.current.blocks.get(block);
    return rows?.[index % BLOCK_SIZE];
  };

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    total,
    totalIsLowerBound,
    rowAt,
    ensureRange,
    refresh,
    loading: cacheRef.current.pending.size > 0,
    error,
    queryKey,
  };
}
