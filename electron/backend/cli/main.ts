import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { parseSymbol } from '../../../shared/symbol';
import { createBackend } from '../backend';
import { seedSampleData } from '../sample/seedSample';
import { printEntryTable } from './printTable';
import { parseDeadlineCommand, tasksExtractCommand } from './taskCommands';
import { REPORT_USAGE, reportCommand } from './reportCommands';

// `vanthu`: the command-line face of the same services. Exit code 0 on success; on bad input a
// Vietnamese message on stderr, exit code 1, nothing written.

const DEFAULT_DB = 'data/vanthu.db';

const USAGE = `Cách dùng:
  vanthu init --db FILE [--sample]
  vanthu den add --db FILE --json '<văn bản đến dạng JSON>'
  vanthu den list --db FILE [--q TỪ_KHÓA] [--year NĂM] [--limit N] [--json]
  vanthu parse symbol "43-NQ/TW"
  vanthu parse deadline "hoàn thành trong quý I/2024" [--ref yyyy-mm-dd] [--verbose]
  vanthu tasks extract --file KE_HOACH.txt|.docx [--ref yyyy-mm-dd] [--json]
${REPORT_USAGE}`;

type Flags = Record<string, string | boolean | undefined>;

export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      db: { type: 'string' }, json: { type: 'string' }, sample: { type: 'boolean' }, q: { type: 'string' },
      year: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      ref: { type: 'string' }, file: { type: 'string' }, verbose: { type: 'boolean' },
      out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, period: { type: 'string' },
      directive: { type: 'string' }, milestone: { type: 'string' }, final: { type: 'boolean' },
    },
  });
  const flags = values as Flags;
  const [group, action, ...rest] = positionals;
  if (flags.help || !group) {
    console.log(USAGE);
    return flags.help ? 0 : 1;
  }
  const command = `${group} ${action ?? ''}`.trim();
  switch (command) {
    case 'init': return init(flags);
    case 'den add': return denAdd(flags);
    case 'den list': return denList(flags, argv.includes('--json'));
    case 'parse symbol': return parseSymbolCommand(rest[0] ?? '');
    case 'parse deadline':
      return parseDeadlineCommand(rest[0], { ref: stringFlag(flags.ref), verbose: flags.verbose === true });
    case 'tasks extract':
      return tasksExtractCommand({ file: stringFlag(flags.file), ref: stringFlag(flags.ref), json: argv.includes('--json') });
    case `report ${action}`:
      return withBackend(flags, async (b) => {
        const r = await reportCommand(b, {
          report: action!, out: stringFlag(flags.out), from: stringFlag(flags.from), to: stringFlag(flags.to),
          period: stringFlag(flags.period), directive: stringFlag(flags.directive), milestone: stringFlag(flags.milestone),
          kind: flags.final ? 'final' : 'interim',
        });
        console.log(JSON.stringify(r));
        return 0;
      });
    default:
      throw new AppError('VALIDATION', `Lệnh không hợp lệ: "${command}".\n${USAGE}`);
  }
}

function withBackend<T>(flags: Flags, fn: (b: ReturnType<typeof createBackend>) => Promise<T> | T): Promise<T> {
  const backend = createBackend({ dbPath: stringFlag(flags.db) ?? DEFAULT_DB, mode: 'cli' });
  return Promise.resolve(fn(backend)).finally(() => backend.close());
}

async function call<T>(backend: ReturnType<typeof createBackend>, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
  return result.value as T;
}

async function init(flags: Flags): Promise<number> {
  return withBackend(flags, (b) => {
    const added = flags.sample ? seedSampleData(b.services) : 0;
    console.log(JSON.stringify({ db: b.dbPath, sampleEntries: added }));
    return 0;
  });
}

async function denAdd(flags: Flags): Promise<number> {
  const raw = stringFlag(flags.json);
  if (!raw) throw new AppError('VALIDATION', 'Thiếu --json \'<văn bản đến>\'.');
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (err) {
    throw new AppError('VALIDATION', `--json không phải JSON hợp lệ: ${(err as Error).message}`);
  }
  return withBackend(flags, async (b) => {
    const { entry, warnings } = await call<{ entry: object; warnings: string[] }>(b, 'incoming.register', input);
    console.log(JSON.stringify({ ...entry, warnings }, null, 2));
    for (const w of warnings) console.error(`Cảnh báo: ${w}`);
    return 0;
  });
}

async function denList(flags: Flags, asJson: boolean): Promise<number> {
  const filter: Record<string, unknown> = {};
  if (stringFlag(flags.q)) filter.q = stringFlag(flags.q);
  if (flags.year !== undefined) filter.year = integerFlag(flags.year, '--year');
  filter.limit = flags.limit !== undefined ? integerFlag(flags.limit, '--limit') : asJson ? 1000 : 50;
  return withBackend(flags, async (b) => {
    const result = await call<{ total: number; items: Array<Record<string, unknown>> }>(b, 'incoming.list', filter);
    if (asJson) console.log(JSON.stringify({ total: result.total, items: result.items }));
    else printEntryTable(result.total, result.items);
    return 0;
  });
}

/** Parsed without a database: the default code lists of GUIDE §2. */
function parseSymbolCommand(text: string): number {
  const result = parseSymbol(text);
  if (!result.ok) {
    console.error(result.reason);
    return 1;
  }
  console.log(JSON.stringify(result.value));
  return 0;
}

function stringFlag(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function integerFlag(v: string | boolean | undefined, name: string): number {
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n)) throw new AppError('VALIDATION', `${name} phải là số nguyên.`);
  return n;
}
