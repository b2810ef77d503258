import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { REPORT_KINDS, type ReportKind, type ReportParameter, reportUsage } from '../../../shared/reportKinds';
import { REVIEW_SECTIONS, REVIEW_SECTION_KEYS, sectionField, type ReviewSectionKey } from '../../../shared/reviewSections';
import type { Backend } from '../backend';
import { writeFileAtomic } from '../reports';
import { call, withBackend } from './cliBackend';
import { type CliCommand, type CliArgs, DB_OPTION, JSON_FLAG, type OptionSpec, type OptionValues, integerOption, stringOption } from './command';

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
  for (const part of generated.placeholders) console.error(`Cảnh báo: phần "${part}" chưa viết, trong tệp còn chỗ đánh dấu [Cần viết: …].`);
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

const REVIEW_USAGE = `${reportUsage('so-ket')}
  vanthu report so-ket     --list-sections   (các phần chuyên viên viết: khóa dùng trong FILE.json)`;

/** A report's options, from the registry: an option with a value takes text, one without is a flag. */
function optionsOf(kind: ReportKind): Record<string, OptionSpec> {
  const parameters: readonly ReportParameter[] = REPORT_KINDS[kind].parameters;
  return Object.fromEntries(parameters.map((p): [string, OptionSpec] => [p.option, { type: p.value ? 'string' : 'boolean' }]));
}

export const reportCommands: Record<string, CliCommand & { request: RequestOf }> = {
  'report so-dang-ky': reportCommand(
    reportUsage('so-dang-ky'),
    optionsOf('so-dang-ky'),
    (values, format) => {
      const from = stringOption(values.from);
      const to = stringOption(values.to);
      if (!from || !to) throw new AppError('VALIDATION', 'Sổ đăng ký cần --from và --to (yyyy-mm-dd).');
      return { report: 'so-dang-ky', from, to, format };
    },
  ),

  'report thong-ke': reportCommand(
    reportUsage('thong-ke'),
    optionsOf('thong-ke'),
    (values, format) => {
      const period = stringOption(values.period);
      if (!period) throw new AppError('VALIDATION', 'Báo cáo thống kê cần --period (ví dụ 2024-Q1).');
      return { report: 'thong-ke', period, format };
    },
  ),

  'report so-ket': reviewCommand(),

  'report so-sao': reportCommand(
    reportUsage('so-sao'),
    optionsOf('so-sao'),
    (values, format) => {
      const from = stringOption(values.from);
      const to = stringOption(values.to);
      if (!from || !to) throw new AppError('VALIDATION', 'Sổ bản sao cần --from và --to (yyyy-mm-dd).');
      return { report: 'so-sao', from, to, format };
    },
  ),

  'report so-di': reportCommand(
    reportUsage('so-di'),
    optionsOf('so-di'),
    (values, format) => {
      const from = stringOption(values.from);
      const to = stringOption(values.to);
      if (!from || !to) throw new AppError('VALIDATION', 'Sổ văn bản đi cần --from và --to (yyyy-mm-dd).');
      return { report: 'so-di', from, to, format };
    },
  ),

  'report ban-sao': reportCommand(
    reportUsage('ban-sao'),
    optionsOf('ban-sao'),
    (values, format) => ({ report: 'ban-sao', copyId: integerOption(values.id, '--id'), format }),
  ),
};


/**
 * The sơ kết / tổng kết. Before the file is written, one warning per part still printed as a placeholder goes
 * to stderr: the specialist must not send such a file upward by mistake.
 */
function reviewCommand(): CliCommand & { request: RequestOf } {
  const request: RequestOf = async (values, format, b) => {
    const symbol = stringOption(values.directive);
    if (!symbol) throw new AppError('VALIDATION', 'Báo cáo sơ kết cần --directive (ví dụ "43-NQ/TW").');
    const directive = await call(b, 'incoming.findBySymbol', { symbol });
    const milestone = stringOption(values.milestone);
    const milestoneDate = stringOption(values['milestone-date']);
    const textsFile = stringOption(values.texts);
    const office = {
      superiorBody: stringOption(values['superior-body']),
      issuingBody: stringOption(values['issuing-body']),
      issuerCode: stringOption(values['issuer-code']),
    };
    const chosenOffice = Object.fromEntries(Object.entries(office).filter(([, v]) => v !== undefined));
    return {
      report: 'so-ket', directiveId: directive.id, kind: values.final ? 'final' : 'interim', format,
      ...(milestone ? { milestone } : {}),
      ...(milestoneDate ? { milestoneDate } : {}),
      ...(textsFile ? { texts: readTexts(textsFile) } : {}),
      ...(Object.keys(chosenOffice).length > 0 ? { office: chosenOffice } : {}),
      includeFollowUp: values['include-follow-up'] === true,
    };
  };
  const command = reportCommand(
    REVIEW_USAGE,
    { ...optionsOf('so-ket'), 'list-sections': { type: 'boolean' } },
    request,
  );
  return {
    ...command,
    run: (args: CliArgs) => {
      if (args.values['list-sections']) {
        console.log(listSections(args.values.json === true));
        return 0;
      }
      return command.run(args);
    },
  };
}

/** The parts a specialist writes, as `--list-sections` prints them: key, then what it holds. */
function listSections(json: boolean): string {
  if (json) return JSON.stringify(REVIEW_SECTIONS.map(({ key, label, hint }) => ({ key, label, hint })));
  const width = Math.max(...REVIEW_SECTIONS.map((s) => s.key.length));
  return [
    'Các phần của báo cáo sơ kết, tổng kết do chuyên viên viết (khóa trong tệp --texts FILE.json):',
    ...REVIEW_SECTIONS.map((s) => `  ${s.key.padEnd(width)}  ${s.label}: ${s.hint}`),
    'Ví dụ FILE.json: {"results": "Đoạn thứ nhất.\\nĐoạn thứ hai.", "lessons": "…"}',
  ].join('\n');
}

/** --texts FILE.json: section keys to texts; an unknown key or a value that is not text is refused. */
function readTexts(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : 'không phải JSON hợp lệ';
    throw new AppError('VALIDATION', `Không đọc được tệp --texts "${file}": ${reason}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('VALIDATION', `Tệp --texts "${file}" phải là một đối tượng JSON: {"khóa": "nội dung", …}.`);
  }
  const keys = new Set<string>(REVIEW_SECTION_KEYS);
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!keys.has(key)) throw new AppError('VALIDATION', `Tệp --texts có khóa "${key}" không dùng được. Các khóa: ${REVIEW_SECTION_KEYS.join(', ')} (xem --list-sections).`);
    if (typeof value !== 'string') throw new AppError('VALIDATION', `Nội dung của khóa "${key}" trong tệp --texts phải là chữ.`);
    texts[sectionField(key as ReviewSectionKey)] = value;
  }
  return texts;
}

function formatOf(out: string | undefined): Format {
  if (!out) throw new AppError('VALIDATION', 'Thiếu --out: tệp kết quả (.docx hoặc .xlsx).');
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') throw new AppError('VALIDATION', `Tệp kết quả phải là .docx (Word) hoặc .xlsx (Excel), không phải "${path.basename(out)}".`);
  return ext.slice(1) as Format;
}
