// The reading of a received document: the register's fields proposed from its text, each with how
// sure the reader is and the line it came from (issue 10, "Reading a received document").

/** One line of the document's text; page and position when the file gives them (PDF). */
export interface TextLine {
  text: string;
  /** 1-based page number. */
  page?: number;
  /** Left edge and baseline in PDF points (y grows upward), and the page's width. */
  x?: number;
  y?: number;
  pageWidth?: number;
}

/** A line after cleaning, with its place in the cleaned list. */
export interface Line extends TextLine {
  text: string;
  page: number;
  index: number;
}

export interface ReadFields {
  issuer: string | null;
  superiorBody: string | null;
  symbol: string | null;
  documentDate: string | null;
  placeName: string | null;
  typeCode: string | null;
  typeName: string | null;
  abstract: string | null;
  secrecy: string | null;
  urgency: string | null;
  signerAuthority: string | null;
  signerPosition: string | null;
  signerName: string | null;
  recipients: string[];
  arrivalNumber: number | null;
  arrivalDate: string | null;
  signedBy: string | null;
  signedAt: string | null;
}

export type ReadFieldName = keyof ReadFields;

export const READ_FIELD_NAMES: ReadFieldName[] = [
  'issuer', 'superiorBody', 'symbol', 'documentDate', 'placeName', 'typeCode', 'typeName', 'abstract',
  'secrecy', 'urgency', 'signerAuthority', 'signerPosition', 'signerName', 'recipients', 'arrivalNumber',
  'arrivalDate', 'signedBy', 'signedAt',
];

/** Fields before anything is found: every one empty. */
export const noFieldsRead = (): ReadFields => ({
  issuer: null, superiorBody: null, symbol: null, documentDate: null, placeName: null, typeCode: null,
  typeName: null, abstract: null, secrecy: null, urgency: null, signerAuthority: null, signerPosition: null,
  signerName: null, recipients: [], arrivalNumber: null, arrivalDate: null, signedBy: null, signedAt: null,
});

export interface DocumentReading {
  fields: ReadFields;
  /** 0..1 for every field; 0 when it was not found. */
  confidence: Record<ReadFieldName, number>;
  /** The line each found field came from (several lines joined by " / "). */
  source: Partial<Record<ReadFieldName, string>>;
}

/** What one part of the reader found: values, how sure, from which lines. */
export interface Found<T> {
  value: T;
  confidence: number;
  lines: Line[];
}
