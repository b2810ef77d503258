import { fieldLabel } from '../../../shared/fieldLabels';
import { toApiError } from '../dispatcher';

/** One Vietnamese line for stderr, with field messages when the input was refused. */
export function formatCliError(err: unknown): string {
  const error = toApiError(err);
  const fields = Object.entries(error.fields ?? {}).map(([k, v]) => `  - ${fieldLabel(k)}: ${v}`);
  return [`Lỗi: ${error.message}`, ...fields].join('\n');
}
