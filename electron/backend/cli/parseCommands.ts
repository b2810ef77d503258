import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { isValidIsoDate } from '../../../shared/dates';
import type { Backend } from '../backend';
import { DEFAULT_DB, call, withBackend, withMemoryBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, type OptionValues, stringOption } from './command';

// `vanthu parse symbol` and `vanthu parse deadline`: the parsers, through the dispatcher like the screens.

export const parseCommands: Record<string, CliCommand> = {
  'parse symbol': {
    usage: '  vanthu parse symbol "43-NQ/TW" [--db FILE]',
    options: { ...DB_OPTION },
    positionals: ['KÝ_HIỆU'],
    run: ({ values, positionals }) => withTypeCodes(values, async (b) => {
      const result = await call(b, 'symbol.parse', { text: positionals[0] ?? '' });
      if (!result.ok) {
        console.error(result.reason);
        return 1;
      }
      console.log(JSON.stringify(result.value));
      return 0;
    }),
  },

  'parse deadline': {
    usage: '  vanthu parse deadline "hoàn thành trong quý I/2024" [--ref yyyy-mm-dd] [--verbose]',
    options: { ref: { type: 'string' }, verbose: { type: 'boolean' } },
    positionals: ['CỤM_TỪ'],
    run: ({ values, positionals }) => {
      const phrase = positionals[0];
      if (phrase === undefined || phrase.trim() === '') {
        throw new AppError('VALIDATION', 'Thiếu cụm từ thời hạn, ví dụ: vanthu parse deadline "hoàn thành trong quý I/2024".');
      }
      const ref = refOption(values);
      return withMemoryBackend(async (b) => {
        const r = await call(b, 'deadline.parse', { text: phrase, ...(ref ? { ref } : {}) });
        // Prints {"due","standing","text"} in that order; --verbose adds how the phrase was read.
        const out = values.verbose
          ? { due: r.due, standing: r.standing, text: r.text, recognized: r.recognized, explanation: r.explanation }
          : { due: r.due, standing: r.standing, text: r.text };
        console.log(JSON.stringify(out));
        if (!r.recognized) console.error(`Cảnh báo: ${r.explanation}.`);
        return 0;
      });
    },
  },
};

/**
 * The office's type codes when it has a register: the one named by --db, else the CLI's default
 * register when there is one; without any, the built-in lists of shared/codes.ts (nothing is created).
 */
export function withTypeCodes<T>(values: OptionValues, fn: (b: Backend) => Promise<T>): Promise<T> {
  if (stringOption(values.db) !== undefined || fs.existsSync(DEFAULT_DB)) return withBackend(values, fn);
  return withMemoryBackend(fn);
}

/** --ref: the date that gives the year to phrases written without one. */
export function refOption(values: OptionValues): string | undefined {
  const ref = stringOption(values.ref);
  if (ref !== undefined && !isValidIsoDate(ref)) {
    throw new AppError('VALIDATION', `--ref phải là một ngày dạng yyyy-mm-dd (ví dụ 2023-11-28), không phải "${ref}".`);
  }
  return ref;
}
