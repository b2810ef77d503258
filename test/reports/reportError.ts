import { expect } from 'vitest';
import { ReportError } from '../../electron/backend/reports/ReportError';

/** Awaits a promise that must reject with a ReportError, and returns the error to inspect. */
export async function reportError(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
}
