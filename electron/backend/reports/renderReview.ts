/**
 * c. Báo cáo sơ kết / tổng kết thực hiện một văn bản chỉ đạo, in the order a real review runs (docs/trade.md, "Review reports"):
 * opening; I- lãnh đạo, chỉ đạo, quán triệt, triển khai; II- kết quả (tasks by status and by body, results by
 * area, the bodies' reports); III- hạn chế, nguyên nhân; IV- bài học kinh nghiệm; V- phương hướng; VI- kiến nghị;
 * appendices: the tasks, the implementing documents and (optional, internal) who has reported.
 *
 * Every figure comes from the one classification of tasks (shared/taskStatus): the counts of a table's parts
 * add up to its totals. The parts only a person can write print as highlighted "[Cần viết: …]" until written.
 */
import type { ReviewReportModel, ReviewTask } from '../../../shared/reportModels';
import { REVIEW_SECTIONS, sectionPlaceholder, type ReviewSectionKey } from '../../../shared/reviewSections';
import { typeAndAbstract } from '../../../shared/text';
import type { TaskStatus } from '../../../shared/taskStatus';
import { centeredColumn, countColumn, dateColumn, ordinalColumn, rightColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { citeDocument, formatDate, formatInteger, formatPercent, lowerFirst, splitParagraphs, upperFirst } from './format';
import { headerValues } from './headerValues';
import type { ReviewPlaceholder, TemplateFormat } from './placeholders';
import { dateCell, paragraphs, percentCell, table, type PlaceholderValue, type TableRowValue, type TableValue } from './values';

const KIND_WORDS: Record<ReviewReportModel['kind'], string> = { interim: 'sơ kết', final: 'tổng kết' };

/** Shown where the signer's name is not known: a report must not go out with a blank signature. */
export const SIGNER_PLACEHOLDER = sectionPlaceholder('họ và tên người ký');

/** Items of a list in a sentence: ";" after each, "." after the last. */
const listItems = (items: string[]): string[] => items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);

/** The specialist's text of a part, or its visible placeholder. */
function written(model: ReviewReportModel, key: ReviewSectionKey): string[] {
  const own = splitParagraphs(model.texts[key]);
  if (own.length > 0) return own;
  const section = REVIEW_SECTIONS.find((s) => s.key === key)!;
  return [sectionPlaceholder(section.hint)];
}

/** Labels of the parts still printed as placeholders (the signer's name included). */
export function reviewPlaceholders(model: ReviewReportModel): string[] {
  const parts = REVIEW_SECTIONS.filter((s) => splitParagraphs(model.texts[s.key]).length === 0).map((s) => s.label);
  return model.header.signer.name.trim() === '' ? [...parts, 'Họ và tên người ký'] : parts;
}

/** "Kế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị về thực hiện Nghị quyết…": the type name once. */
const citeWithSubject = (d: ReviewReportModel['directive']): string => `${citeDocument(d)} ${d.subject}`.trim();

const periodWords = (model: ReviewReportModel): string => `từ ngày ${formatDate(model.period.from)} đến ngày ${formatDate(model.period.to)}`;

function opening(model: ReviewReportModel): string[] {
  const kind = KIND_WORDS[model.kind];
  const what = `${kind}${model.milestone ? ` ${model.milestone}` : ''} thực hiện ${citeWithSubject(model.directive)}`;
  return [...written(model, 'opening'), `Kết quả ${what} (${periodWords(model)}) như sau:`];
}

function dissemination(model: ReviewReportModel): string[] {
  const docs = model.implementingDocuments;
  const cite = citeDocument(model.directive);
  const own = written(model, 'dissemination');
  if (docs.length === 0) return [...own, `Trong sổ văn bản chưa ghi nhận văn bản chỉ đạo, hướng dẫn triển khai thực hiện ${cite}.`];
  return [
    ...own,
    `Trong kỳ, sổ văn bản ghi nhận ${formatInteger(docs.length)} văn bản chỉ đạo, hướng dẫn triển khai thực hiện ${cite} (chi tiết tại Phụ lục 2), gồm:`,
    ...listItems(docs.map(citeWithSubject)),
  ];
}

function documentsTable(model: ReviewReportModel): TableValue {
  return table(
    [
      ordinalColumn(),
      centeredColumn('Số, ký hiệu', 15),
      dateColumn('Ngày văn bản'),
      textColumn('Cơ quan ban hành', 24),
      textColumn('Tên loại và trích yếu nội dung', 62),
    ],
    model.implementingDocuments.map((d, i) => [i + 1, d.symbol, dateCell(d.date), d.issuer, typeAndAbstract(d.typeName, d.abstract)]),
  );
}

const totalTasks = (model: ReviewReportModel): number => model.tasksByStatus.reduce((s, t) => s + t.count, 0);
const countOf = (model: ReviewReportModel, status: TaskStatus): number => model.tasksByStatus.find((s) => s.status === status)?.count ?? 0;

/** "trong đó 2 nhiệm vụ đã hoàn thành phần có thời hạn, tiếp tục thực hiện thường xuyên": not one of the parts. */
const continuingWords = (n: number): string => `${formatInteger(n)} nhiệm vụ đã hoàn thành phần việc có thời hạn và tiếp tục thực hiện thường xuyên`;

function taskSummary(model: ReviewReportModel): string[] {
  const total = totalTasks(model);
  if (total === 0) return ['Chưa có nhiệm vụ nào được giao theo dõi.'];
  const parts = model.tasksByStatus.filter((s) => s.count > 0).map((s) => `${lowerFirst(s.label)}: ${formatInteger(s.count)} nhiệm vụ (${formatPercent(s.count, total)})`);
  const lines = [`Tổng số nhiệm vụ được giao: ${formatInteger(total)}; trong đó: ${parts.join('; ')}.`];
  if (model.continuingStanding > 0) lines.push(`Trong số nhiệm vụ đã hoàn thành, có ${continuingWords(model.continuingStanding)}.`);
  // Bodies with a task overdue now: a task finished late is counted as done late, not named here.
  const overdue = model.tasksByUnit.filter((u) => u.byStatus.overdue > 0).map((u) => `${u.unit} (${formatInteger(u.byStatus.overdue)})`);
  if (overdue.length > 0) lines.push(`Các đơn vị còn nhiệm vụ quá hạn chưa hoàn thành: ${overdue.join(', ')}.`);
  const late = countOf(model, 'done_late');
  if (late > 0) lines.push(`Có ${formatInteger(late)} nhiệm vụ hoàn thành sau thời hạn (chi tiết tại Phụ lục 1).`);
  return lines;
}

function statusTable(model: ReviewReportModel): TableValue {
  const total = totalTasks(model);
  const rows: TableRowValue[] = model.tasksByStatus.map((s, i) => [i + 1, s.label, s.count, percentCell(s.count, total)]);
  rows.push({ cells: ['', 'Tổng số', total, percentCell(total, total)], bold: true, total: true });
  if (model.continuingStanding > 0) {
    rows.push(['', 'Trong đó: đã hoàn thành phần có thời hạn, tiếp tục thực hiện thường xuyên', model.continuingStanding, percentCell(model.continuingStanding, total)]);
  }
  return table([ordinalColumn(), textColumn('Tình trạng', 44), countColumn('Số nhiệm vụ', 12), rightColumn('Tỷ lệ', 10)], rows);
}

/** Short column headings of the statuses in the table by body (the same order as the table by status). */
const UNIT_COLUMN: Record<TaskStatus, string> = {
  done: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
  overdue: 'Quá hạn',
  standing: 'Thường xuyên',
};

function unitTable(model: ReviewReportModel): TableValue {
  const statuses = model.tasksByStatus.map((s) => s.status);
  const rows: TableRowValue[] = model.tasksByUnit.map((u, i) => [i + 1, u.unit, u.total, ...statuses.map((st) => u.byStatus[st])]);
  rows.push({ cells: ['', 'Tổng số', totalTasks(model), ...model.tasksByStatus.map((s) => s.count)], bold: true, total: true });
  return table(
    // Nine columns on a portrait page: widths chosen so that "STT" and "Thường xuyên" keep their words whole.
    [{ ...ordinalColumn(), width: 8 }, textColumn('Đơn vị chủ trì', 23), countColumn('Tổng số', 8), ...statuses.map((st) => countColumn(UNIT_COLUMN[st], 10))],
    rows,
  );
}

function roundSummary(model: ReviewReportModel): string[] {
  const all = model.roundReports;
  const kind = KIND_WORDS[model.kind];
  if (all.length === 0) return [`Chưa có đợt ${kind} nào yêu cầu các đơn vị báo cáo.`];
  const reported = all.filter((r) => r.reported).length;
  const appendix = model.includeFollowUp ? ' (chi tiết tại Phụ lục 3)' : '';
  if (reported === all.length) return [`Tất cả ${formatInteger(all.length)} đơn vị được yêu cầu đã gửi báo cáo ${kind}${appendix}.`];
  return [`Có ${formatInteger(reported)}/${formatInteger(all.length)} đơn vị được yêu cầu đã gửi báo cáo ${kind}${appendix}.`];
}

function roundTable(model: ReviewReportModel): TableValue {
  const reported = model.roundReports.filter((r) => r.reported).length;
  const rows: TableRowValue[] = model.roundReports.map((r, i) => [
    i + 1,
    r.unit,
    r.reported ? 'Đã báo cáo' : 'Chưa báo cáo',
    r.documentSymbol,
    dateCell(r.reportDate),
  ]);
  rows.push({ cells: ['', 'Tổng số', `${formatInteger(reported)}/${formatInteger(model.roundReports.length)} đã báo cáo`, '', ''], bold: true });
  return table(
    [ordinalColumn(), textColumn('Đơn vị', 36), centeredColumn('Tình hình báo cáo', 16), centeredColumn('Số, ký hiệu báo cáo', 17), dateColumn('Ngày báo cáo')],
    rows,
  );
}

function deadline(task: ReviewTask): string {
  const due = task.due ? `Hạn: ${formatDate(task.due)}` : '';
  return [upperFirst(task.deadlineText), due].filter((s) => s !== '').join('\n');
}

function statusCell(task: ReviewTask): string {
  return task.completedDate ? `${task.statusLabel}\n(${formatDate(task.completedDate)})` : task.statusLabel;
}

function tasksTable(model: ReviewReportModel): TableValue {
  const rows: TableRowValue[] = [];
  let section: string | null = null;
  let n = 0;
  for (const task of model.tasks) {
    if (task.section !== section) {
      section = task.section;
      if (section !== '') rows.push({ heading: section });
    }
    n += 1;
    rows.push([n, task.content, task.unit, deadline(task), statusCell(task), task.lastProgress]);
  }
  return table(
    [
      ordinalColumn(),
      textColumn('Nội dung nhiệm vụ', 46),
      textColumn('Đơn vị chủ trì', 20),
      centeredColumn('Thời hạn', 18),
      centeredColumn('Tình trạng', 16),
      textColumn('Tiến độ, kết quả', 34),
    ],
    rows,
  );
}

/** The optional internal appendix: its title lines, or nothing. */
function followUpTitle(model: ReviewReportModel, header: { so_ky_hieu: PlaceholderValue; ngay_bao_cao: PlaceholderValue }): string[] {
  if (!model.includeFollowUp) return [];
  return ['Phụ lục 3', 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ', `(Kèm theo Báo cáo số ${String(header.so_ky_hieu)} ngày ${String(header.ngay_bao_cao)})`];
}

export function reviewValues(model: ReviewReportModel): Record<ReviewPlaceholder, PlaceholderValue> {
  const header = headerValues(model.header);
  return {
    ...header,
    nguoi_ky: model.header.signer.name.trim() || SIGNER_PLACEHOLDER,
    trich_yeu: upperFirst(model.title),
    loai_bao_cao: KIND_WORDS[model.kind],
    van_ban_chi_dao: citeDocument(model.directive),
    ky_bao_cao: periodWords(model),
    mo_dau: paragraphs(opening(model)),
    quan_triet_trien_khai: paragraphs(dissemination(model)),
    tong_so_nhiem_vu: totalTasks(model),
    tong_hop_nhiem_vu: paragraphs(taskSummary(model)),
    bang_nhiem_vu_theo_trang_thai: statusTable(model),
    bang_nhiem_vu_theo_don_vi: unitTable(model),
    ket_qua: paragraphs(written(model, 'results')),
    tinh_hinh_bao_cao: paragraphs(roundSummary(model)),
    han_che: paragraphs(written(model, 'limits')),
    bai_hoc: paragraphs(written(model, 'lessons')),
    phuong_huong: paragraphs(written(model, 'directions')),
    de_xuat: paragraphs(written(model, 'proposals')),
    bang_phu_luc_nhiem_vu: tasksTable(model),
    bang_van_ban_trien_khai: documentsTable(model),
    tieu_de_phu_luc_bao_cao: paragraphs(followUpTitle(model, header)),
    bang_bao_cao_don_vi: model.includeFollowUp ? roundTable(model) : table([], []),
  };
}

/** The review report as a .docx or .xlsx, from a template of that format. */
export function renderReview(model: ReviewReportModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, reviewValues(model));
}
