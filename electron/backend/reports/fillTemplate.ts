/** One entry point over both engines: fill or check a template of either format. */
import { checkTemplate, fillDocx } from './docxTemplate';
import { placeholdersFor, type ReportKind, type TemplateFormat } from './placeholders';
import type { TemplateCheck } from './templateCheck';
import type { PlaceholderValues } from './values';
import { checkXlsxTemplate, fillXlsx } from './xlsxTemplate';

export function fillTemplate(format: TemplateFormat, template: Uint8Array, values: PlaceholderValues): Promise<Buffer> {
  return format === 'docx' ? fillDocx(template, values) : fillXlsx(template, values);
}

/** Checks a template (for example one the user imports) against the placeholders of a report. */
export function checkReportTemplate(report: ReportKind, format: TemplateFormat, template: Uint8Array): Promise<TemplateCheck> {
  const expected = placeholdersFor(report, format);
  return format === 'docx' ? checkTemplate(template, expected) : checkXlsxTemplate(template, expected);
}
