/** The report writers: what the rest of the backend (CLI, dispatcher, demo, bench) uses. */
export { ReportError, type ReportErrorCode } from './ReportError';
export { writeFileAtomic } from './writeFileAtomic';
export { placeholdersFor, type PlaceholderSpec, type ReportKind, type TemplateFormat } from './placeholders';
export { checkReportTemplate, fillTemplate } from './fillTemplate';
export { checkTemplate, fillDocx, listPlaceholders } from './docxTemplate';
export { checkXlsxTemplate, fillXlsx, listXlsxPlaceholders } from './xlsxTemplate';
export type { TemplateCheck } from './templateCheck';
export type { PlaceholderValue, PlaceholderValues, TableValue, ParagraphsValue } from './values';
export { renderRegisterBook, registerBookValues } from './renderRegisterBook';
export { renderStats, statsSummaryLine, statsValues } from './renderStats';
export { renderReview, reviewValues } from './renderReview';
export { DEFAULT_TEMPLATES, defaultTemplate, type DefaultTemplate } from './defaultTemplates/index';
