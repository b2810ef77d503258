import { DEFAULT_PARTY_ISSUERS, DEFAULT_TYPE_CODES, type DocumentSystem, type TypeCodeSeed } from './codes';
import { normalizeText } from './text';

export interface ParsedSymbol {
  number: number;
  /** Present in State normative symbols: 07/2021/NĐ-CP. */
  year?: number;
  /** Absent for a State công văn such as 123/UBND-VP. */
  typeCode?: string;
  typeName?: string;
  /** The whole issuer part: "TW", "BTCTU-BDVTU", "UBND-VP". */
  issuerCode: string;
  /** Present only when the issuer part names several bodies: joint issuers or issuer-plus-unit. */
  issuerCodes?: string[];
  system: DocumentSystem;
}

export type SymbolParseResult =
  | { ok: true; value: ParsedSymbol; normalized: string }
  | { ok: false; reason: string };

export interface SymbolVocabulary {
  typeCodes: TypeCodeSeed[];
  partyIssuers: string[];
}

export const DEFAULT_VOCABULARY: SymbolVocabulary = {
  typeCodes: DEFAULT_TYPE_CODES,
  partyIssuers: DEFAULT_PARTY_ISSUERS.map(([code]) => code),
};

const CODE = String.raw`[\p{L}][\p{L}\d]*`;
// Party: 43-NQ/TW, 01-QC/BTCTU-BDVTU, 1274-SY/VPTU
const PARTY_RE = new RegExp(String.raw`^(\d{1,6})-(${CODE})\/(${CODE}(?:-${CODE})*)$`, 'u');
// State normative: 07/2021/NĐ-CP, 10/2022/QH15 (a law names only the legislature)
const STATE_NORMATIVE_RE = new RegExp(String.raw`^(\d{1,6})\/(\d{4})\/(${CODE}(?:-${CODE})*)$`, 'u');
// State administrative: 123/QĐ-UBND, 123/UBND-VP (công văn: no type)
const STATE_ADMIN_RE = new RegExp(String.raw`^(\d{1,6})\/(${CODE}(?:-${CODE})*)$`, 'u');

const TIDY_RE = /^[\p{L}\d/-]+$/u;
const ASCII_TIDY_RE = /^[A-Za-z\d/-]+$/;

/** Tidy what a clerk types or pastes: spaces around separators, en dashes, "Số:" prefixes. */
export function normalizeSymbolText(input: string): string {
  // Fast paths for what is already tidy (bulk imports pass a million of them).
  if (ASCII_TIDY_RE.test(input)) return input;
  if (TIDY_RE.test(input) && input === input.normalize('NFC')) return input;
  return normalizeText(input)
    .replace(/^s[ốo]\s*:?\s*/iu, '')
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/\s*([/-])\s*/gu, '$1')
    .replace(/\s+/gu, '')
    .trim();
}

interface TypeLookup { exact: Map<string, TypeCodeSeed>; anyCase: Map<string, TypeCodeSeed> }
// Built once per vocabulary object (the type-code service makes a new one when the list changes).
const TYPE_LOOKUPS = new WeakMap<SymbolVocabulary, Record<DocumentSystem, TypeLookup>>();

function typeLookup(vocab: SymbolVocabulary, system: DocumentSystem): TypeLookup {
  let lookups = TYPE_LOOKUPS.get(vocab);
  if (!lookups) {
    lookups = { party: { exact: new Map(), anyCase: new Map() }, state: { exact: new Map(), anyCase: new Map() } };
    for (const t of vocab.typeCodes) {
      const l = lookups[t.system];
      if (!l.exact.has(t.code)) l.exact.set(t.code, t);
      const lower = t.code.toLowerCase();
      if (!l.anyCase.has(lower)) l.anyCase.set(lower, t);
    }
    TYPE_LOOKUPS.set(vocab, lookups);
  }
  return lookups[system];
}

function findType(code: string, system: DocumentSystem, vocab: SymbolVocabulary): TypeCodeSeed | undefined {
  // Codes mix case (QĐi vs QĐ, CTr vs CT): exact match first, then case-insensitive.
  const lookup = typeLookup(vocab, system);
  return lookup.exact.get(code) ?? lookup.anyCase.get(code.toLowerCase());
}

/** Parses a document symbol. Never throws: an unrecognised symbol yields a Vietnamese reason. */
export function parseSymbol(input: string, vocab: SymbolVocabulary = DEFAULT_VOCABULARY): SymbolParseResult {
  const text = normalizeSymbolText(input ?? '');
  if (!text) return { ok: false, reason: 'Chưa nhập số, ký hiệu.' };

  const party = PARTY_RE.exec(text);
  if (party) {
    const [, num, type, issuer] = party;
    const t = findType(type, 'party', vocab);
    return {
      ok: true,
      normalized: text,
      value: withoutUndefined({
        number: Number(num), typeCode: t?.code ?? type, typeName: t?.name,
        issuerCode: issuer, issuerCodes: several(issuer.split('-')), system: 'party',
      }),
    };
  }

  const normative = STATE_NORMATIVE_RE.exec(text);
  if (normative) {
    const [, num, year, rest] = normative;
    const parts = rest.split('-');
    const t = parts.length > 1 ? findType(parts[0], 'state', vocab) : undefined;
    const issuerCodes = t ? parts.slice(1) : parts;
    const legislature = !t && parts.length === 1 && /^QH\d+$/u.test(parts[0]);
    return {
      ok: true,
      normalized: text,
      value: withoutUndefined({
        number: Number(num), year: Number(year),
        typeCode: t?.code ?? (legislature ? 'L' : undefined),
        typeName: t?.name ?? (legislature ? 'Luật' : undefined),
        issuerCode: issuerCodes.join('-'), issuerCodes: several(issuerCodes), system: 'state',
      }),
    };
  }

  const admin = STATE_ADMIN_RE.exec(text);
  if (admin) {
    const [, num, rest] = admin;
    const parts = rest.split('-');
    const t = parts.length > 1 ? findType(parts[0], 'state', vocab) : undefined;
    const issuerCodes = t ? parts.slice(1) : parts;
    return {
      ok: true,
      normalized: text,
      value: withoutUndefined({
        number: Number(num), typeCode: t?.code, typeName: t?.name ?? (t ? undefined : 'Công văn'),
        issuerCode: issuerCodes.join('-'), issuerCodes: several(issuerCodes), system: 'state',
      }),
    };
  }

  return {
    ok: false,
    reason:
      `Không nhận dạng được số, ký hiệu "${text}". Văn bản Đảng viết dạng 43-NQ/TW, văn bản Nhà nước dạng ` +
      `07/2021/NĐ-CP hoặc 123/QĐ-UBND. Có thể giữ nguyên như văn bản tự do.`,
  };
}

function several(codes: string[]): string[] | undefined {
  return codes.length > 1 ? codes : undefined;
}

/** A copy without the keys whose value is undefined (the API omits absent parts). */
function withoutUndefined<T extends object>(o: T): T {
  const source = o as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for…in over a fresh literal: no arrays made, and no delete (which slows every later read).
  for (const key in source) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}
