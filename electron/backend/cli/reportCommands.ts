import path from 'node:path';
import type { MethodInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Backend } from '../backend';
import { writeFileAtomic } from '../reports';
import { call, withBackend } from './cliBackend';
import { type CliCommand, type CliArgs, DB_OPTION, JSON_FLAG, type OptionValues, stringOption } from './command';

// `vanthu report so-dang-ky | thong-ke | so-ket … --out FILE.docx|.xlsx`: the format follows the extension.
// Each report is one command with its own options; they all print {"out","summary"} as JSON.

type ReportRequest = MethodInput<'reports.generate'>;
type Format = 'docx' | 'xlsx';

/** Options every report takes. --json is accepted for scripts: the result is always JSON. */
const COMMON = { ...DB_OPTION, out: { type: 'string' }, ...JSON_FLAG } as const;

/** Builds the request of reports.generate from a report command's options. */
type RequestOf = (values: OptionValues, format: Format, b: Backend) => Promise<ReportRequest> | ReportRequest;

/** One report command: its options and how they become the request of reports.generate. */
function reportCommand(usage: string, options: CliCommand['options'], request: RequestOf): CliCommand & { request: RequestOf } {
  return {
    usage,
    options: { ...COMMON, ...options },
    request,
    run: ({ values }: CliArgs) => {
      formatOf(stringOption(values.out));
      return withBackend(values, async (b) => {
        console.log(JSON.stringify(await writeReport(b, request, values)));
        return 0;
      });
    },
  };
}

/** Generates one report into --out; nothing is left behind when anything fails. */
async function writeReport(b: Backend, request: RequestOf, values: OptionValues): Promise<{ out: string; summary: string }> {
  const format = formatOf(stringOption(values.out));
  const generated = await call(b, 'reports.generate', await request(values, format, b));
  const out = path.resolve(stringOption(values.out)!);
  await writeFileAtomic(out, Buffer.from(generated.contentBase64, 'base64'));
  return { out, summary: generated.summary };
}

/** `npm run demo`: one report over an open backend, with the same options as the command. */
export function writeNamedReport(b: Backend, report: string, values: OptionValues): Promise<{ out: string; summary: string }> {
  const command = reportCommands[`report ${report}`];
  if (!command) throw new AppError('VALIDATION', `Không có báo cáo "${report}".`);
  return writeReport(b, command.request, values);
}

export const reportCommands: Record<string, CliCommand & { request: RequestOf }> = {
  'report so-dang-ky': reportCommand(
    '  vanthu report so-dang-ky --db FILE --from yyyy-mm-dd --to yyyy-mm-dd --out FILE.docx|.xlsx',
    { from: { type: 'string' }, to: { type: 'string' } },
    (values, format) => {
      const from = stringOption(values.from);
      const to = stringOption(values.to);
      if (!from || !to) throw new AppError('VALIDATION', 'Sổ đăng ký cần --from và --to (yyyy-mm-dd).');
      return { report: 'so-dang-ky', from, to, format };
    },
  ),

  'report thong-ke': reportCommand(
    '  vanthu report thong-ke  --db FILE --period 2024-Q1|2024-H1|2024-9M|2024|2024-03 --out FILE.docx|.xlsx',
    { period: { type: 'string' } },
    (values, format) => {
      const period = stringOption(values.period);
      if (!period) throw new AppError('VALIDATION', 'Báo cáo thống kê cần --period (ví dụ 2024-Q1).');
      return { report: 'thong-ke', period, format };
    },
  ),

  'report so-ket': reportCommand(
    '  vanthu report so-ket    --db FILE --directive "43-NQ/TW" [--milestone "01 năm"] [--final] --out FILE.docx|.xlsx',
    { directive: { type: 'string' }, milestone: { type: 'string' }, final: { type: 'boolean' } },
    async (values, format, b) => {
      const symbol = stringOption(values.directive);
      if (!symbol) throw new AppError('VALIDATION', 'Báo cáo sơ kết cần --directive (ví dụ "43-NQ/TW").');
      const directive = await call(b, 'incoming.findBySymbol', { symbol });
      return {
        report: 'so-ket', directiveId: directive.id, milestone: stringOption(values.milestone) ?? '01 năm',
        kind: values.final ? 'final' : 'interim', format,
      };
    },
  ),
};

function formatOf(out: string | undefined): Format {
  if (!out) throw new AppError('VALIDATION', 'Thiếu --out: tệp kết quả (.docx hoặc .xlsx).');
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') throw new AppError('VALIDATION', `Tệp kết quả phải là .docx (Word) hoặc .xlsx (Excel), không phải "${path.basename(out)}".`);
  return ext.slice(1) as Format;
}
