// Reads the register's fields from a document's text lines: the parts in this folder, one per field
// group, run in the order in which each needs the others' lines out of the way.
import { DEFAULT_PARTY_ISSUERS } from '../codes';
import { DEFAULT_VOCABULARY, type SymbolVocabulary } from '../symbol';
import { typeAndAbstract } from '../text';
import { cleanLines } from './cleanLines';
import { readIssuer } from './headerBlock';
import { folded, isCapitals, isMotto } from './lineShape';
import { readMarks } from './marks';
import { readArrivalStamp, readNetworkSignature } from './networkStamp';
import { readPlaceDate } from './placeDate';
import { readRecipients } from './recipients';
import { readSignature } from './signature';
import { readSymbol } from './symbolLine';
import { readTypeAndAbstract } from './typeHeading';
import { READ_FIELD_NAMES, noFieldsRead, type DocumentReading, type Found, type Line, type ReadFieldName, type ReadFields, type TextLine } from './types';

export type { DocumentReading, ReadFields, ReadFieldName, TextLine } from './types';
export { READ_FIELD_NAMES } from './types';

const COPY_FORM_RE = /^(sao y|sao luc|trich sao)( ban chinh)?$/;

/** Reads a document from its lines (page and position when known). Pure: the same lines give the same reading. */
export function readDocument(raw: readonly TextLine[], vocab: SymbolVocabulary = DEFAULT_VOCABULARY): DocumentReading {
  const lines = cleanLines(raw);
  const fields: ReadFields = noFieldsRead();
  const confidence = Object.fromEntries(READ_FIELD_NAMES.map((f) => [f, 0])) as Record<ReadFieldName, number>;
  const source: Partial<Record<ReadFieldName, string>> = {};
  const skip = new Set<Line>();
  const take = <T>(found: Found<T> | null, set: (value: T) => Array<ReadFieldName>): Found<T> | null => {
    if (!found) return null;
    for (const name of set(found.value)) {
      const value = fields[name];
      if (value === null || (Array.isArray(value) && value.length === 0)) continue;
      confidence[name] = found.confidence;
      source[name] = found.lines.map((l) => l.text).join(' / ');
    }
    for (const l of found.lines) skip.add(l);
    return found;
  };

  const network = take(readNetworkSignature(lines), (v) => {
    fields.signedBy = v.signedBy;
    fields.signedAt = v.signedAt;
    return ['signedBy', 'signedAt'];
  });
  const stamp = take(readArrivalStamp(lines), (v) => {
    fields.arrivalNumber = v.arrivalNumber;
    fields.arrivalDate = v.arrivalDate;
    return ['arrivalNumber', 'arrivalDate'];
  });
  // The stamp's own heading ("VĂN PHÒNG TỈNH ỦY LẠNG SƠN", the receiving office) sits just above it.
  if (stamp) {
    const above = lines[stamp.lines[0].index - 1];
    if (above && isCapitals(above.text) && !isMotto(above.text)) skip.add(above);
  }
  const marks = readMarks(lines);
  take(marks.secrecy, (v) => { fields.secrecy = v; return ['secrecy']; });
  take(marks.urgency, (v) => { fields.urgency = v; return ['urgency']; });

  const symbol = take(readSymbol(lines, skip, vocab), (v) => {
    fields.symbol = v.symbol;
    fields.typeCode = v.parsed.typeCode ?? null;
    fields.typeName = v.parsed.typeName ?? null;
    return ['symbol', 'typeCode', 'typeName'];
  });
  take(readPlaceDate(lines, skip), (v) => {
    fields.documentDate = v.documentDate;
    fields.placeName = v.placeName;
    return ['documentDate', 'placeName'];
  });

  const end = documentEnd(lines, symbol?.lines[0]);
  const symbolAt = symbol ? symbol.lines[symbol.lines.length - 1].index + 1 : 15;
  const issuer = take(readIssuer(lines, skip, symbolAt), (v) => {
    fields.issuer = v.issuer;
    fields.superiorBody = v.superiorBody;
    return ['issuer', 'superiorBody'];
  });
  if (!issuer && symbol) fallbackIssuer(symbol.value.parsed.issuerCode, symbol.lines, fields, confidence, source);

  // The title starts after the last line of the header (issuer, symbol, date, marks, stamps).
  const headerLines = [...skip].filter((l) => l.index < 40 && l.index < end).map((l) => l.index);
  for (const l of lines.slice(0, 25)) if (isMotto(l.text) || /^\*+$/.test(l.text)) headerLines.push(l.index);
  const titleFrom = headerLines.length ? Math.max(...headerLines) + 1 : 0;
  const typeRead = readTypeAndAbstract(lines, skip, titleFrom, end, symbol?.value.parsed.system);
  take(typeRead, (v) => {
    // Without a heading (an image in the original) the type comes from the symbol, as the register writes it.
    fields.abstract = v.type || !v.abstract || !fields.typeName ? v.abstract : typeAndAbstract(fields.typeName, v.abstract);
    const named: ReadFieldName[] = ['abstract'];
    if (v.type) {
      fields.typeName = v.type.name;
      fields.typeCode ??= v.type.code;
      named.push('typeName');
      if (!symbol?.value.parsed.typeCode) named.push('typeCode');
    }
    return named;
  });

  const bodyFrom = typeRead ? typeRead.lines[typeRead.lines.length - 1].index + 1 : titleFrom;
  const recipients = take(readRecipients(lines, bodyFrom, end), (v) => { fields.recipients = v; return ['recipients']; });
  take(readSignature(lines, Math.max(bodyFrom, (recipients?.lines[0].index ?? bodyFrom) - 15), end), (v) => {
    fields.signerAuthority = v.authority;
    fields.signerPosition = v.position;
    fields.signerName = v.name;
    return ['signerAuthority', 'signerPosition', 'signerName'];
  });
  // The network's copy reaches the office without a separate issuer line only when the PDF lost it.
  if (network && !fields.issuer && network.value.signedBy) {
    fields.issuer = network.value.signedBy;
    confidence.issuer = 0.5;
    source.issuer = network.lines.map((l) => l.text).join(' / ');
  }
  return { fields, confidence, source };
}

/**
 * Where the document ends: before a copy page (the office's "SAO Y" with its own number, signer and
 * "Nơi nhận"), whose header block starts a few lines above its copy symbol.
 */
function documentEnd(lines: Line[], symbolLine: Line | undefined): number {
  const copyAt = lines.findIndex((l) => l.index > (symbolLine?.index ?? 0) + 5 && COPY_FORM_RE.test(folded(l.text)) && isCapitals(l.text));
  if (copyAt < 0) return lines.length;
  // The copy's symbol ("Số 1274-SY/VPTU") and its header just above it.
  const copySymbol = lines.findIndex((l, i) => i > (symbolLine?.index ?? 0) + 5 && i < copyAt + 15 && /^s[ốo]\s*:?\s*\d+\s*-\s*(SY|SL|TrS|TS|BS)\s*\//iu.test(l.text));
  let start = copySymbol >= 0 ? Math.min(copySymbol, copyAt) : copyAt;
  // A copy page of its own: it starts at the top of its page.
  const pageStart = lines.findIndex((l) => l.page === lines[start].page);
  if (lines[start].page > 1 && start - pageStart <= 6) return pageStart;
  // Else its header block just above: the star, then at most two names in capitals.
  if (start > 0 && /^\*+$/.test(lines[start - 1].text)) start--;
  for (let k = 0; k < 2 && start > 0 && isCapitals(lines[start - 1].text) && !/^(t\/m|k\/t|t\/l)/iu.test(lines[start - 1].text); k++) start--;
  return start;
}

function fallbackIssuer(code: string, used: Line[], fields: ReadFields, confidence: Record<ReadFieldName, number>, source: Partial<Record<ReadFieldName, string>>): void {
  const known = DEFAULT_PARTY_ISSUERS.find(([c]) => c === code);
  if (!known) return;
  fields.issuer = known[1];
  confidence.issuer = 0.4;
  source.issuer = used.map((l) => l.text).join(' / ');
}
