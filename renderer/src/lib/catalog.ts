import { useCallback, useEffect, useState } from 'react';
import type { Book, TypeCode } from '../../../shared/schemas';
import { foldForSearch } from '../../../shared/text';
import { api } from '../api/client';

/** The register books (newest year first), reloadable after a book is created. */
export function useBooks() {
  const [books, setBooks] = useState<Book[]>([]);
  const reload = useCallback(async () => {
    const list = await api('books.list', {});
    setBooks(list);
    return list;
  }, []);
  useEffect(() => {
    reload().catch(() => setBooks([]));
  }, [reload]);
  return { books, reload };
}

export function useTypeCodes() {
  const [typeCodes, setTypeCodes] = useState<TypeCode[]>([]);
  const reload = useCallback(async () => {
    const list = await api('typeCodes.list', {});
    setTypeCodes(list);
    return list;
  }, []);
  useEffect(() => {
    reload().catch(() => setTypeCodes([]));
  }, [reload]);
  return { typeCodes, reload };
}

/**
 * One option per code for choosing a type: Party and State lists share most codes; where the names
 * differ (TT: Thông tri / Thông tư) both are shown.
 */
export interface TypeOption { value: string; label: string; code: string; name: string }

export function typeCodeOptions(typeCodes: TypeCode[]): TypeOption[] {
  const byCode = new Map<string, { party?: string; state?: string }>();
  for (const t of typeCodes) {
    const names = byCode.get(t.code) ?? {};
    names[t.system] = t.name;
    byCode.set(t.code, names);
  }
  return [...byCode.entries()]
    .map(([code, { party, state }]) => {
      const name = party && state && party !== state ? `${party} (Đảng) / ${state} (Nhà nước)` : party ?? state ?? '';
      return { value: code, label: `${code} — ${name}`, code, name };
    })
    .sort((a, b) => a.value.localeCompare(b.value, 'vi'));
}

/**
 * Search in a type list as a clerk types: "KH" finds the code KH first, "ke hoach" finds Kế hoạch.
 * For a Select's showSearch: { filterOption, filterSort }.
 */
export const typeSearch = {
  filterOption(input: string, option?: { code?: string; name?: string }): boolean {
    if (!option?.code) return false;
    const q = foldForSearch(input.trim());
    return foldForSearch(option.code).startsWith(q) || foldForSearch(option.name ?? '').includes(q);
  },
  filterSort(a: { code?: string }, b: { code?: string }, info: { searchValue: string }): number {
    const rank = (o: { code?: string }) => {
      const code = o.code ?? '';
      if (code === info.searchValue.trim()) return 0;
      if (foldForSearch(code) === foldForSearch(info.searchValue.trim())) return 1;
      return foldForSearch(code).startsWith(foldForSearch(info.searchValue.trim())) ? 2 : 3;
    };
    return rank(a) - rank(b) || (a.code ?? '').localeCompare(b.code ?? '', 'vi');
  },
};

/** Years that have a book, newest first. */
export function bookYears(books: Book[]): number[] {
  return [...new Set(books.map((b) => b.year))].sort((a, b) => b - a);
}

export function bookLabel(b: Book): string {
  return b.name.includes(String(b.year)) ? b.name : `${b.name} (${b.year})`;
}
