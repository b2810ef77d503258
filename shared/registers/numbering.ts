/**
 * Numbering of the office's own documents as data the office changes (Cài đặt → Đánh số):
 * - party (Hướng dẫn 36-HD/VPTW): from 01 per document type, per issuing body, per term of the Party
 *   committee; secret documents share their type's series; Quy định and Quyết định both carry QĐ.
 * - state (NĐ 30/2020): from 01 on 1 January per issuing body, all types together; secret documents
 *   optionally in a series of their own.
 */

export type NumberingRuleName = 'party' | 'state';

export interface NumberingRule {
  rule: NumberingRuleName;
  /** State rule only: secret documents (Mật and above) get a series of their own. */
  secretOwnSeries: boolean;
}

export interface Term { id: number; name: string; from: string; to: string | null }

export interface SeriesInput { documentDate: string; typeCode: string; issuerCode: string; secrecy: string }

/** The term a date falls in (from and to included), or undefined. */
export function termOf(terms: readonly Term[], date: string): Term | undefined {
  return terms.find((t) => t.from <= date && (t.to === null || date <= t.to));
}

/** The series a document belongs to: the key its number runs in. termId is needed under the Party rule. */
export function seriesKey(rule: NumberingRule, d: SeriesInput, termId: number | null): string {
  if (rule.rule === 'party') return `party/${d.typeCode.toUpperCase()}/${d.issuerCode.toUpperCase()}/term-${termId}`;
  const secret = rule.secretOwnSeries && d.secrecy !== '' ? '/mat' : '';
  return `state/${d.issuerCode.toUpperCase()}/${d.documentDate.slice(0, 4)}${secret}`;
}

/** State công văn have no type code in their symbol: "123/UBND-VP". */
const isStateLetter = (typeCode: string) => typeCode.toUpperCase() === 'CV';

/**
 * The symbol: Party "15-BC/TU", "120-CV/VPTU"; State "123/QĐ-UBND", công văn "123/UBND-VP" (issuer then the
 * drafting unit's code).
 */
export function composeSymbol(rule: NumberingRuleName, number: number, d: { typeCode: string; issuerCode: string; unitCode?: string }): string {
  if (rule === 'party') return `${number}-${d.typeCode}/${d.issuerCode}`;
  if (isStateLetter(d.typeCode)) return `${number}/${d.issuerCode}${d.unitCode ? `-${d.unitCode}` : ''}`;
  return `${number}/${d.typeCode}-${d.issuerCode}`;
}

/** The term's name when none is given: "Nhiệm kỳ 2020–2025", or "Nhiệm kỳ từ 2025" while it has no end. */
export function defaultTermName(from: string, to: string | null): string {
  return to ? `Nhiệm kỳ ${from.slice(0, 4)}–${to.slice(0, 4)}` : `Nhiệm kỳ từ ${from.slice(0, 4)}`;
}
