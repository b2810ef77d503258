/** The default templates: which file each report and format uses, and how to build it. */
import type { ReportKind, TemplateFormat } from '../placeholders';
import { registerBookDocxTemplate } from './registerBookDocx';
import { reviewDocxTemplate } from './reviewDocx';
import { statsDocxTemplate } from './statsDocx';
import { registerBookXlsxTemplate, reviewXlsxTemplate, statsXlsxTemplate } from './xlsxTemplates';

export interface DefaultTemplate {
  report: ReportKind;
  format: TemplateFormat;
  /** File name in templates/. */
  fileName: string;
  build: () => Promise<Buffer>;
}

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  { report: 'so-dang-ky', format: 'docx', fileName: 'so-dang-ky-den.docx', build: registerBookDocxTemplate },
  { report: 'so-dang-ky', format: 'xlsx', fileName: 'so-dang-ky-den.xlsx', build: registerBookXlsxTemplate },
  { report: 'thong-ke', format: 'docx', fileName: 'thong-ke.docx', build: statsDocxTemplate },
  { report: 'thong-ke', format: 'xlsx', fileName: 'thong-ke.xlsx', build: statsXlsxTemplate },
  { report: 'so-ket', format: 'docx', fileName: 'so-ket.docx', build: reviewDocxTemplate },
  { report: 'so-ket', format: 'xlsx', fileName: 'so-ket.xlsx', build: reviewXlsxTemplate },
];

export function defaultTemplate(report: ReportKind, format: TemplateFormat): DefaultTemplate {
  return DEFAULT_TEMPLATES.find((t) => t.report === report && t.format === format)!;
}
