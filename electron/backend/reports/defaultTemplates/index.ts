/** The default templates: which file each report and format uses, and how to build it. */
import { REPORT_KIND_NAMES, REPORT_KINDS, type ReportKindInfo } from '../../../../shared/reportKinds';
import type { ReportKind, TemplateFormat } from '../placeholders';
import { registerBookDocxTemplate } from './registerBookDocx';
import { reviewDocxTemplate } from './reviewDocx';
import { statsDocxTemplate } from './statsDocx';
import { registerBookXlsxTemplate, reviewXlsxTemplate, statsXlsxTemplate } from './xlsxTemplates';
import { copyBookDocxTemplate, copyBookXlsxTemplate, copyPageDocxTemplate } from './copyTemplates';
import { outgoingBookDocxTemplate, outgoingBookXlsxTemplate } from './outgoingTemplates';

export interface DefaultTemplate {
  report: ReportKind;
  format: TemplateFormat;
  /** File name in templates/. */
  fileName: string;
  build: () => Promise<Buffer>;
}

/** How each built-in template is made; its file name comes from shared/reportKinds. */
const BUILDERS: Record<ReportKind, Partial<Record<TemplateFormat, () => Promise<Buffer>>>> = {
  'so-dang-ky': { docx: registerBookDocxTemplate, xlsx: registerBookXlsxTemplate },
  'thong-ke': { docx: statsDocxTemplate, xlsx: statsXlsxTemplate },
  'so-ket': { docx: reviewDocxTemplate, xlsx: reviewXlsxTemplate },
  'so-sao': { docx: copyBookDocxTemplate, xlsx: copyBookXlsxTemplate },
  'ban-sao': { docx: copyPageDocxTemplate },
  'so-di': { docx: outgoingBookDocxTemplate, xlsx: outgoingBookXlsxTemplate },
};

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = REPORT_KIND_NAMES.flatMap((report) =>
  REPORT_KINDS[report].formats.map((format: TemplateFormat) => {
    const info: ReportKindInfo = REPORT_KINDS[report];
    return { report, format, fileName: info.templates[format]!, build: BUILDERS[report][format]! };
  }));

export function defaultTemplate(report: ReportKind, format: TemplateFormat): DefaultTemplate {
  return DEFAULT_TEMPLATES.find((t) => t.report === report && t.format === format)!;
}
