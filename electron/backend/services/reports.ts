import type { z } from 'zod';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { parsePeriod } from '../../../shared/period';
import type { ReportRequest } from '../../../shared/contractReports';
import { REPORT_KINDS, reviewFileStem } from '../../../shared/reportKinds';
import { renderRegisterBook, renderReview, renderStats, statsSummaryLine, type TemplateFormat } from '../reports';
import { reviewPlaceholders } from '../reports/renderReview';
import { registerBookModel } from '../reportData/registerBook';
import { reviewModel } from '../reportData/review';
import { statsModel } from '../reportData/stats';
import { headerFrom, type HeaderChoice } from '../reportData/header';
import { copyPageModel } from '../reportData/copyPage';
import { renderCopyBook, renderCopyPage } from '../reports/renderCopies';
import { renderOutgoingBook } from '../reports/renderOutgoing';
import { copyFileName } from './copyFiles';
import type { CoreServices as Services } from '../services';
import { todayIso } from './clock';
import { reportProgress } from '../progress';

type Request = z.output<typeof ReportRequest>;

export interface Generated {
  fileName: string;
  format: TemplateFormat;
  content: Buffer;
  summary: string;
  /** Labels of the parts printed as placeholders; [] for reports without parts to write. */
  placeholders: string[];
}

/** The texts given with the request, without the parts it leaves out (they keep the saved draft's). */
function definedTexts(texts: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(texts ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/**
 * Builds a report: the model from the one query layer, then the chosen template filled as Word or
 * Excel. The two formats of a report come from the same model, so their figures agree.
 */
export function createReportService(s: Services) {
  async function generate(r: Request): Promise<Generated> {
    const today = todayIso();
    reportProgress(0, 3, 'Đang đọc mẫu báo cáo…');
    const choice: HeaderChoice = { date: r.date ?? today, symbol: r.symbol, signer: r.signer, recipients: r.recipients };
    const template = await s.templates.forReport(r.report, r.format, r.templateId);
    const ext = r.format;
    reportProgress(1, 3, 'Đang lấy số liệu…');
    // Called once the figures are read: writing the file is the long part of a large book.
    const writing = () => reportProgress(2, 3, `Đang tạo tệp ${r.format === 'docx' ? 'Word' : 'Excel'}…`);
    switch (r.report) {
      case 'so-dang-ky': {
        const model = registerBookModel(s, { from: r.from, to: r.to, bookId: r.bookId }, choice);
        writing();
        const range = model.firstNumber === null ? 'không có văn bản' : `số đến ${model.firstNumber}–${model.lastNumber}`;
        return {
          fileName: `${REPORT_KINDS['so-dang-ky'].fileStem}_${model.fromDate}_${model.toDate}.${ext}`,
          format: r.format,
          content: await renderRegisterBook(model, template, r.format),
          placeholders: [],
          summary: `${model.rows.length} văn bản (${range}), từ ${toDisplayDate(model.fromDate)} đến ${toDisplayDate(model.toDate)}.`,
        };
      }
      case 'thong-ke': {
        const period = parsePeriod(r.period);
        if (!period.ok) throw new AppError('VALIDATION', period.reason, { period: period.reason });
        const model = statsModel(s, period.value, { ...choice, asOf: today });
        writing();
        return {
          fileName: `${REPORT_KINDS['thong-ke'].fileStem}_${period.value.spec.replace(/\.\./g, '_')}.${ext}`,
          format: r.format,
          content: await renderStats(model, template, r.format),
          placeholders: [],
          summary: statsSummaryLine(model),
        };
      }
      case 'so-ket': {
        // A sơ kết defaults to one year; a tổng kết without a milestone covers the directive up to the report's date.
        const milestone = r.milestone ?? (r.kind === 'final' ? '' : '01 năm');
        const draftKey = milestone || 'Tổng kết';
        const texts = { ...s.reportDrafts.get(r.directiveId, draftKey), ...definedTexts(r.texts) };
        const query = { directiveId: r.directiveId, kind: r.kind, milestone, milestoneDate: r.milestoneDate, roundId: r.roundId, asOf: choice.date, includeFollowUp: r.includeFollowUp };
        const model = reviewModel(s, query, texts, { ...choice, office: r.office });
        writing();
        const slug = model.directive.symbol.replace(/[^\p{L}\p{N}]+/gu, '-');
        return {
          fileName: `${reviewFileStem(r.kind)}_${slug}.${ext}`,
          format: r.format,
          content: await renderReview(model, template, r.format),
          placeholders: reviewPlaceholders(model),
          summary: `${model.tasks.length} nhiệm vụ, ${model.implementingDocuments.length} văn bản chỉ đạo, hướng dẫn, ${model.roundReports.filter((x) => x.reported).length}/${model.roundReports.length} đơn vị đã báo cáo; từ ${toDisplayDate(model.period.from)} đến ${toDisplayDate(model.period.to)}.`,
        };
      }
      case 'so-sao': {
        if (r.from > r.to) throw new AppError('VALIDATION', 'Từ ngày phải trước đến ngày.');
        const book = { header: headerFrom(s.settings.get(), choice, []), from: r.from, to: r.to, copies: s.copies.between(r.from, r.to) };
        writing();
        return {
          fileName: `${REPORT_KINDS['so-sao'].fileStem}_${r.from}_${r.to}.${ext}`,
          format: r.format,
          content: await renderCopyBook(book, template, r.format),
          placeholders: [],
          summary: `${book.copies.length} bản sao, từ ${toDisplayDate(r.from)} đến ${toDisplayDate(r.to)}.`,
        };
      }
      case 'so-di': {
        if (r.from > r.to) throw new AppError('VALIDATION', 'Từ ngày phải trước đến ngày.');
        const book = { header: headerFrom(s.settings.get(), choice, []), from: r.from, to: r.to, entries: s.outgoing.between(r.from, r.to) };
        writing();
        const issued = book.entries.filter((e) => e.status === 'issued').length;
        return {
          fileName: `${REPORT_KINDS['so-di'].fileStem}_${r.from}_${r.to}.${ext}`,
          format: r.format,
          content: await renderOutgoingBook(book, template, r.format),
          placeholders: [],
          summary: `${issued} văn bản đi${book.entries.length > issued ? ` (và ${book.entries.length - issued} số đã lấy hoặc đã hủy)` : ''}, từ ${toDisplayDate(r.from)} đến ${toDisplayDate(r.to)}.`,
        };
      }
      case 'ban-sao': {
        const copy = s.copies.get(r.copyId);
        writing();
        return {
          fileName: copyFileName(copy, 'docx'),
          format: r.format,
          content: await renderCopyPage(copy, copyPageModel(copy), template),
          placeholders: [],
          summary: `Bản sao ${copy.symbol} (${copy.formName.toLocaleLowerCase('vi')} ${copy.sourceSymbol}), ${copy.printedRecipients.length} nơi nhận.`,
        };
      }
    }
  }

  return { generate };
}

export type ReportService = ReturnType<typeof createReportService>;
