import { DEFAULT_PARTY_ISSUERS, DEFAULT_TYPE_CODES } from '../../../shared/codes';
import { AppError } from '../../../shared/errors';
import type { TypeCode } from '../../../shared/schemas';
import type { SymbolVocabulary } from '../../../shared/symbol';
import type { Db } from '../db/openDatabase';

/** Document type codes as editable data, seeded from shared/codes.ts on first run (docs/trade.md, "Type codes"). */
export function createTypeCodeService(db: Db) {
  const selectAll = db.prepare<[], TypeCode>('SELECT id, system, code, name FROM type_codes ORDER BY system, code');
  const insert = db.prepare('INSERT INTO type_codes (system, code, name) VALUES (?, ?, ?)');
  const update = db.prepare('UPDATE type_codes SET system = ?, code = ?, name = ? WHERE id = ?');
  let cache: TypeCode[] | null = null;
  let vocabularyCache: SymbolVocabulary | null = null;

  function seedDefaults(): void {
    const count = db.prepare('SELECT count(*) AS n FROM type_codes').get() as { n: number };
    if (count.n > 0) return;
    db.transaction(() => {
      for (const t of DEFAULT_TYPE_CODES) insert.run(t.system, t.code, t.name);
    })();
    cache = null;
    vocabularyCache = null;
  }

  function list(): TypeCode[] {
    cache ??= selectAll.all();
    return cache;
  }

  function save(input: { id?: number; system: 'party' | 'state'; code: string; name: string }): TypeCode {
    try {
      if (input.id) {
        if (update.run(input.system, input.code, input.name, input.id).changes === 0) {
          throw new AppError('NOT_FOUND', `Không tìm thấy loại văn bản có mã ${input.id}.`);
        }
      } else {
        insert.run(input.system, input.code, input.name);
      }
    } catch (err) {
      if (err instanceof Error && /UNIQUE/.test(err.message)) {
        throw new AppError('CONFLICT', `Mã loại "${input.code}" đã có trong danh mục.`, { code: 'Mã đã tồn tại.' });
      }
      throw err;
    }
    cache = null;
    vocabularyCache = null;
    return list().find((t) => t.system === input.system && t.code === input.code)!;
  }

  /** Name for a code; Party names first since the register is a Party office's. */
  function nameOf(code: string): string {
    if (!code) return '';
    const all = list();
    return (all.find((t) => t.code === code && t.system === 'party') ?? all.find((t) => t.code === code))?.name ?? code;
  }

  function vocabulary(): SymbolVocabulary {
    vocabularyCache ??= { typeCodes: list(), partyIssuers: DEFAULT_PARTY_ISSUERS.map(([c]) => c) };
    return vocabularyCache;
  }

  /** Drops the cached lists: another connection may have changed them. */
  function forget(): void {
    cache = null;
    vocabularyCache = null;
  }

  return { seedDefaults, list, save, nameOf, vocabulary, forget };
}

export type TypeCodeService = ReturnType<typeof createTypeCodeService>;
