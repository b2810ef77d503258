/** What went wrong, for code that reacts to it; the message is what the user reads. */
export type ReportErrorCode =
  | 'TEMPLATE_UNREADABLE' // not a .docx / .xlsx file at all
  | 'TEMPLATE_BROKEN' // a readable file whose placeholders are malformed or misplaced
  | 'WRITE_FAILED'; // the output file could not be written

/** An error of the report writers, with a Vietnamese message meant to be shown to the user as it is. */
export class ReportError extends Error {
  readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
    this.code = code;
  }
}
