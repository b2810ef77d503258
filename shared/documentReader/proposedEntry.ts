// The register entry proposed from a reading: the fields the register keeps, ready for the clerk to
// confirm or correct (the screen) or to be overridden by the caller (the CLI's --json).
import type { DocumentReading } from './types';

export interface ProposedEntry {
  arrivalDate: string;
  arrivalNumber?: number;
  receivedVia: 'network' | 'paper' | 'other';
  issuer: string;
  symbol: string;
  documentDate?: string;
  typeCode: string;
  abstract: string;
  secrecy: string;
  urgency: string;
  pages?: number;
}

/** `today` is the arrival date when the file carries no arrival stamp. */
export function proposedEntry(reading: DocumentReading & { pages?: number }, today: string): ProposedEntry {
  const f = reading.fields;
  const viaNetwork = f.signedBy !== null || /qua mạng/iu.test(reading.source.arrivalNumber ?? '');
  return {
    arrivalDate: f.arrivalDate ?? today,
    ...(f.arrivalNumber !== null ? { arrivalNumber: f.arrivalNumber } : {}),
    receivedVia: viaNetwork ? 'network' : 'paper',
    issuer: f.issuer ?? '',
    symbol: f.symbol ?? '',
    ...(f.documentDate ? { documentDate: f.documentDate } : {}),
    typeCode: f.typeCode ?? '',
    abstract: f.abstract ?? '',
    secrecy: f.secrecy ?? '',
    urgency: f.urgency ?? '',
    ...(reading.pages ? { pages: reading.pages } : {}),
  };
}
