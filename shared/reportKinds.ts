/**
 * The reports the program makes: one registry read by the contract (its ReportKind enum), the command line
 * (usage text and options), the backend (built-in template files, output file names) and the screens
 * (labels, formats). A new report is added here first; the type checker then points at every place that
 * must handle it.
 */

import { foldForSearch } from './text';

export type ReportFormat = 'docx' | 'xlsx';

/** One option of a report, as the command line takes it and the request of reports.generate carries it. */
export interface ReportParameter {
  /** The command-line option, without "--". */
  readonly option: string;
  /** The field of the reports.generate request it fills. */
  readonly field: string;
  /** What to type after the option, as the usage shows it; none for a flag (an option without a value). */
  readonly value?: string;
  /** Required on the command line (the screen always sends a value). */
  readonly required: boolean;
  /** What it means, in Vietnamese. */
  readonly label: string;
}

export interface ReportKindInfo {
  /** The report's name on screen and in messages. */
  readonly label: string;
  readonly parameters: readonly ReportParameter[];
  readonly formats: readonly ReportFormat[];
  /** The built-in template of each of its formats: a file in templates/. */
  readonly templates: Readonly<Partial<Record<ReportFormat, string>>>;
  /** How the produced file's name begins, e.g. "thong-ke-van-ban-den_2024-Q1.docx". */
  readonly fileStem: string;
  /** False for a report made from another screen (a copy's page): not offered under "Lập báo cáo". */
  readonly onReportsScreen?: false;
}

export const REPORT_KINDS = {
  'so-dang-ky': {
    label: 'Sổ đăng ký văn bản đến',
    parameters: [
      { option: 'from', field: 'from', value: 'yyyy-mm-dd', required: true, label: 'Từ ngày đến' },
      { option: 'to', field: 'to', value: 'yyyy-mm-dd', required: true, label: 'Đến ngày đến' },
    ],
    formats: ['docx', 'xlsx'],
    templates: { docx: 'so-dang-ky-den.docx', xlsx: 'so-dang-ky-den.xlsx' },
    fileStem: 'so-dang-ky-van-ban-den',
  },
  'thong-ke': {
    label: 'Báo cáo thống kê văn bản',
    parameters: [
      { option: 'period', field: 'period', value: '2024-Q1|2024-H1|2024-9M|2024|2024-03', required: true, label: 'Kỳ báo cáo' },
    ],
    formats: ['docx', 'xlsx'],
    templates: { docx: 'thong-ke.docx', xlsx: 'thong-ke.xlsx' },
    fileStem: 'thong-ke-van-ban-den',
  },
  'so-ket': {
    label: 'Báo cáo sơ kết, tổng kết',
    parameters: [
      { option: 'directive', field: 'directiveId', value: '"43-NQ/TW"', required: true, label: 'Văn bản chỉ đạo (số, ký hiệu)' },
      { option: 'milestone', field: 'milestone', value: '"01 năm"', required: false, label: 'Mốc sơ kết' },
      { option: 'milestone-date', field: 'milestoneDate', value: 'yyyy-mm-dd', required: false, label: 'Ngày mốc: ngày cuối cùng được tính' },
      { option: 'final', field: 'kind', required: false, label: 'Tổng kết (không ghi: sơ kết)' },
      { option: 'texts', field: 'texts', value: 'FILE.json', required: false, label: 'Các phần chuyên viên viết (khóa: --list-sections)' },
      { option: 'include-follow-up', field: 'includeFollowUp', required: false, label: 'Kèm phụ lục theo dõi đơn vị chưa báo cáo' },
      { option: 'superior-body', field: 'office', value: '"ĐẢNG BỘ TỈNH LẠNG SƠN"', required: false, label: 'Cơ quan cấp trên của cơ quan ban hành (không ghi: theo cài đặt)' },
      { option: 'issuing-body', field: 'office', value: '"TỈNH ỦY"', required: false, label: 'Cơ quan ban hành báo cáo (không ghi: theo cài đặt)' },
      { option: 'issuer-code', field: 'office', value: 'TU', required: false, label: 'Mã cơ quan ban hành trong số, ký hiệu (…-BC/TU)' },
    ],
    formats: ['docx', 'xlsx'],
    templates: { docx: 'so-ket.docx', xlsx: 'so-ket.xlsx' },
    // A tổng kết's file begins with "tong-ket" instead (see reviewFileStem).
    fileStem: 'so-ket',
  },
  'so-sao': {
    label: 'Sổ đăng ký bản sao văn bản',
    parameters: [
      { option: 'from', field: 'from', value: 'yyyy-mm-dd', required: true, label: 'Từ ngày sao' },
      { option: 'to', field: 'to', value: 'yyyy-mm-dd', required: true, label: 'Đến ngày sao' },
    ],
    formats: ['docx', 'xlsx'],
    templates: { docx: 'so-sao.docx', xlsx: 'so-sao.xlsx' },
    fileStem: 'so-dang-ky-ban-sao',
  },
  'ban-sao': {
    // The copy page of one copy (sao y, sao lục, trích sao); made from the copy's screen or `vanthu sao page`.
    label: 'Trang sao văn bản',
    parameters: [
      { option: 'id', field: 'copyId', value: 'N', required: true, label: 'Mã bản sao' },
    ],
    formats: ['docx'],
    templates: { docx: 'ban-sao.docx' },
    fileStem: 'ban-sao',
    onReportsScreen: false,
  },
  'so-di': {
    label: 'Sổ đăng ký văn bản đi',
    parameters: [
      { option: 'from', field: 'from', value: 'yyyy-mm-dd', required: true, label: 'Từ ngày văn bản' },
      { option: 'to', field: 'to', value: 'yyyy-mm-dd', required: true, label: 'Đến ngày văn bản' },
    ],
    formats: ['docx', 'xlsx'],
    templates: { docx: 'so-di.docx', xlsx: 'so-di.xlsx' },
    fileStem: 'so-dang-ky-van-ban-di',
  },
} as const satisfies Record<string, ReportKindInfo>;

export type ReportKind = keyof typeof REPORT_KINDS;

/** The report names in registry order, as z.enum takes them. */
export const REPORT_KIND_NAMES = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];

/** The message for a report name that is not in the registry. */
export const UNKNOWN_REPORT_MESSAGE = `Loại báo cáo chỉ nhận: ${REPORT_KIND_NAMES.join(', ')}.`;

export const reportLabel = (kind: ReportKind): string => REPORT_KINDS[kind].label;

/** How a review report's file name begins: "so-ket" or, for a tổng kết, "tong-ket". */
export const reviewFileStem = (kind: 'interim' | 'final'): string => (kind === 'final' ? 'tong-ket' : REPORT_KINDS['so-ket'].fileStem);

/**
 * The report a template's file name suggests, for the import form: a report's key, its files' stem or its
 * built-in template's name found in the name, diacritics and case aside ("Thống kê quý I.docx" → thong-ke,
 * "so-dang-ky-ban-sao.xlsx" → so-sao: the longest name found wins). Null when none is found.
 */
export function reportKindOfFileName(fileName: string): ReportKind | null {
  const name = `-${foldForSearch(fileName).replace(/[^a-z0-9]+/g, '-')}-`;
  let best: { kind: ReportKind; length: number } | null = null;
  for (const kind of REPORT_KIND_NAMES) {
    const info: ReportKindInfo = REPORT_KINDS[kind];
    const names = [kind, info.fileStem, ...Object.values(info.templates).map((f) => f.replace(/\.\w+$/, ''))];
    if (kind === 'so-ket') names.push(reviewFileStem('final'));
    for (const n of names) {
      if (name.includes(`-${n}-`) && n.length > (best?.length ?? 0)) best = { kind, length: n.length };
    }
  }
  return best?.kind ?? null;
}

const USAGE_WIDTH = 118;

/**
 * The command's usage, from its parameters: required options as they are, optional ones in brackets,
 * wrapped under the first option when long.
 *   "  vanthu report thong-ke  --db FILE --period 2024-Q1|… --out FILE.docx|.xlsx"
 */
export function reportUsage(kind: ReportKind): string {
  const info: ReportKindInfo = REPORT_KINDS[kind];
  const words = [
    '--db FILE',
    ...info.parameters.map((p) => {
      const text = p.value ? `--${p.option} ${p.value}` : `--${p.option}`;
      return p.required ? text : `[${text}]`;
    }),
    `--out FILE.${info.formats.join('|.')}`,
  ];
  const head = `  vanthu report ${kind.padEnd(Math.max(...REPORT_KIND_NAMES.map((k) => k.length)))} `;
  const lines: string[] = [];
  let line = head;
  for (const word of words) {
    if (line.length > head.length && line.length + word.length > USAGE_WIDTH) {
      lines.push(line.trimEnd());
      line = ' '.repeat(head.length);
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
