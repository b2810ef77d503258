import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';

export type KnownField = 'issuer' | 'handlingUnit' | 'fileCode';

/** Remembers what clerks typed (issuing bodies, handling units, file codes) to complete it next time. */
export function createKnownValues(db: Db) {
  const upsert = db.prepare(`
    INSERT INTO known_values (field, value, folded, uses) VALUES (?, ?, ?, 1)
    ON CONFLICT (field, value) DO UPDATE SET uses = uses + 1`);
  const search = db.prepare<[string, string, number], { value: string }>(`
    SELECT value FROM known_values WHERE field = ? AND instr(folded, ?) > 0
    ORDER BY uses DESC, value LIMIT ?`);

  function remember(field: KnownField, value: string): void {
    // A handling-unit field may list several units: "Ban Dân vận; Văn phòng".
    const parts = field === 'handlingUnit' ? value.split(/\s*;\s*/u) : [value];
    for (const part of parts) if (part.trim()) upsert.run(field, part.trim(), foldForSearch(part));
  }

  function suggest(field: KnownField, prefix: string, limit: number): string[] {
    return search.all(field, foldForSearch(prefix), limit).map((r) => r.value);
  }

  return { remember, suggest };
}

export type KnownValues = ReturnType<typeof createKnownValues>;
