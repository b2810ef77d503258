// The document's symbol ("Số 43-NQ/TW", "Số: 123/QĐ-UBND"), also when the PDF split it over two
// lines or spaced it oddly ("Số 43 - NQ/ TW", "Số 43-NQ/" + "TW").
import { DEFAULT_VOCABULARY, parseSymbol, type ParsedSymbol, type SymbolVocabulary } from '../symbol';
import type { Found, Line } from './types';

const NUMBER_LINE_RE = /^s[ốo]\s*(?:,?\s*ký hiệu)?\s*:?\s*(?=\d|$)/iu;
const BARE_SYMBOL_RE = /^\d{1,6}\s*[-/]/u;

export interface ReadSymbol { symbol: string; parsed: ParsedSymbol }

function tryParse(text: string, vocab: SymbolVocabulary): ReadSymbol | null {
  // Only the symbol itself: cut at the first word that cannot belong to it ("Ngày", a date).
  const candidate = text.replace(/\s+(ngày|ngay)\b.*$/iu, '').trim();
  if (!/\d/.test(candidate) || !/\p{L}/u.test(candidate)) return null;
  const parsed = parseSymbol(candidate, vocab);
  return parsed.ok ? { symbol: parsed.normalized, parsed: parsed.value } : null;
}

/** The first symbol among the first lines: after "Số", else a line that is only a symbol. */
export function readSymbol(lines: Line[], skip: Set<Line>, vocab: SymbolVocabulary = DEFAULT_VOCABULARY): Found<ReadSymbol> | null {
  const head = lines.slice(0, 50).filter((l) => !skip.has(l));
  for (let i = 0; i < head.length; i++) {
    const line = head[i];
    const prefix = NUMBER_LINE_RE.exec(line.text);
    if (!prefix) continue;
    const rest = line.text.slice(prefix[0].length);
    const alone = tryParse(rest, vocab);
    if (alone) return { value: alone, confidence: 0.95, lines: [line] };
    const next = head[i + 1];
    if (!next) continue;
    const joined = tryParse(`${rest}${/[-/]$/.test(rest) || rest === '' ? '' : ' '}${next.text}`, vocab);
    if (joined) return { value: joined, confidence: 0.85, lines: [line, next] };
  }
  for (const line of head) {
    if (!BARE_SYMBOL_RE.test(line.text) || line.text.length > 30) continue;
    const alone = tryParse(line.text, vocab);
    if (alone && alone.parsed.typeCode) return { value: alone, confidence: 0.6, lines: [line] };
  }
  return null;
}
