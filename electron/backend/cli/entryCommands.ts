import type { MethodInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { seedSampleData } from '../sample/seedSample';
import { call, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, integerOption, stringOption } from './command';
import { printEntryTable } from './printTable';
import { addFromFile } from './intakeCommands';

// `vanthu init`, `vanthu den add`, `vanthu den list`: the register itself.

export const entryCommands: Record<string, CliCommand> = {
  init: {
    usage: '  vanthu init --db FILE [--sample]',
    options: { ...DB_OPTION, sample: { type: 'boolean' }, ...JSON_FLAG },
    // The one command that may create a database.
    run: ({ values }) => withBackend(values, (b) => {
      const added = values.sample ? seedSampleData(b.services) : 0;
      console.log(JSON.stringify({ db: b.dbPath, sampleEntries: added }));
      return 0;
    }, { create: true }),
  },

  'den add': {
    usage: `  vanthu den add --db FILE --json '<văn bản đến dạng JSON>'\n` +
      `  vanthu den add --db FILE --file VĂN_BẢN.pdf|.docx [--json '<các trường ghi đè>']`,
    // Here --json carries the entry (README), unlike the list commands where it is a flag.
    options: { ...DB_OPTION, json: { type: 'string' }, file: { type: 'string' } },
    run: async ({ values }) => {
      // With --file the fields are read from the document; --json then only overrides some of them.
      if (values.file !== undefined) return addFromFile(values, values.json === undefined ? {} : entryObject(stringOption(values.json)));
      const input = entryJson(stringOption(values.json));
      return withBackend(values, async (b) => {
        // Checked by the dispatcher against the contract, like a form's input.
        const { entry, warnings } = await call(b, 'incoming.register', input as MethodInput<'incoming.register'>);
        console.log(JSON.stringify({ ...entry, warnings }, null, 2));
        for (const w of warnings) console.error(`Cảnh báo: ${w}`);
        return 0;
      });
    },
  },

  'den list': {
    usage: '  vanthu den list --db FILE [--q TỪ_KHÓA] [--year NĂM] [--limit N] [--json]',
    options: { ...DB_OPTION, q: { type: 'string' }, year: { type: 'string' }, limit: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const asJson = values.json === true;
      const q = stringOption(values.q);
      const filter: MethodInput<'incoming.list'> = {
        ...(q ? { q } : {}),
        ...(values.year !== undefined ? { year: integerOption(values.year, '--year') } : {}),
        limit: values.limit !== undefined ? integerOption(values.limit, '--limit') : asJson ? 1000 : 50,
      };
      return withBackend(values, async (b) => {
        const result = await call(b, 'incoming.list', filter);
        if (asJson) console.log(JSON.stringify({ total: result.total, items: result.items }));
        else printEntryTable(result.total, result.items);
        return 0;
      });
    },
  },
};

function entryObject(raw: string | undefined): Record<string, unknown> {
  const value = entryJson(raw);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('VALIDATION', '--json phải là một đối tượng JSON { "tên trường": giá trị, … }.');
  }
  return value as Record<string, unknown>;
}

function entryJson(raw: string | undefined): unknown {
  if (!raw) throw new AppError('VALIDATION', 'Thiếu --json \'<văn bản đến>\'.');
  try {
    return JSON.parse(raw);
  } catch {
    // JSON.parse explains in English; the clerk gets what to check instead.
    throw new AppError('VALIDATION', '--json không phải JSON hợp lệ: kiểm tra các dấu ngoặc { }, dấu phẩy và dấu nháy kép quanh tên trường và chữ.');
  }
}
