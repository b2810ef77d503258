/**
 * c. Báo cáo sơ kết / tổng kết thực hiện một văn bản chỉ đạo: I. quán triệt, triển khai; II. kết quả (tasks by
 * status and by body, the review round); III–V the specialist's texts; appendices: the tasks and the
 * implementing documents.
 */
import type { ReviewReportModel, ReviewTask } from '../../../shared/reportModels';
import { centeredColumn, countColumn, dateColumn, ordinalColumn, rightColumn, textColumn } from './columns';
import { fillTemplate } from './fillTemplate';
import { citeDocument, formatDate, formatInteger, formatPercent, lowerFirst, splitParagraphs, upperFirst } from './format';
import { headerValues } from './headerValues';
import type { ReviewPlaceholder, TemplateFormat } from './placeholders';
import { paragraphs, table, type PlaceholderValue, type TableRowValue, type TableValue } from './values';

const KIND_WORDS: Record<ReviewReportModel['kind'], string> = { interim: 'sơ kết', final: 'tổng kết' };

/** Items of a list in a sentence: ";" after each, "." after the last. */
const listItems = (items: string[]): string[] => items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);

function dissemination(model: ReviewReportModel): string[] {
  const cite = citeDocument(model.directive);
  const docs = model.implementingDocuments;
  const own = splitParagraphs(model.disseminationText);
  if (docs.length === 0) return [...own, `Chưa có văn bản triển khai thực hiện ${cite} được ghi nhận trong sổ văn bản.`];
  const issued = docs.filter((d) => d.direction === 'issued').length;
  const received = docs.length - issued;
  // Only the counts that are not zero: "đã ban hành 0 văn bản" reads as a reproach.
  const counts = [
    issued ? `ban hành ${formatInteger(issued)} văn bản` : '',
    received ? `tiếp nhận ${formatInteger(received)} văn bản chỉ đạo, hướng dẫn liên quan` : '',
  ].filter(Boolean).join(' và ');
  return [
    ...own,
    `Để triển khai thực hiện ${cite}, đã ${counts} (chi tiết tại Phụ lục 2), gồm:`,
    ...listItems(docs.map((d) => `${citeDocument(d)} ${d.abstract}`.trim())),
  ];
}

function documentsTable(model: ReviewReportModel): TableValue {
  return table(
    [
      ordinalColumn(),
      centeredColumn('Số, ký hiệu', 15),
      dateColumn('Ngày văn bản'),
      textColumn('Cơ quan ban hành', 24),
      textColumn('Tên loại và trích yếu nội dung', 50),
      centeredColumn('Ban hành / tiếp nhận', 12),
    ],
    model.implementingDocuments.map((d, i) => [
      i + 1,
      d.symbol,
      formatDate(d.date),
      d.issuer,
      `${d.typeName} ${d.abstract}`.trim(),
      d.direction === 'issued' ? 'Ban hành' : 'Tiếp nhận',
    ]),
  );
}

const totalTasks = (model: ReviewReportModel): number => model.tasksByStatus.reduce((s, t) => s + t.count, 0);

function taskSummary(model: ReviewReportModel): string[] {
  const total = totalTasks(model);
  const parts = model.tasksByStatus.map((s) => `${lowerFirst(s.status)} ${formatInteger(s.count)} nhiệm vụ (${formatPercent(s.count, total)})`);
  const lines = [`Tổng số nhiệm vụ được giao: ${formatInteger(total)}${parts.length > 0 ? `; trong đó: ${parts.join('; ')}` : ''}.`];
  const late = model.tasksByUnit.filter((u) => u.late > 0).map((u) => `${u.unit} (${formatInteger(u.late)})`);
  if (late.length > 0) lines.push(`Các đơn vị còn nhiệm vụ quá hạn: ${late.join(', ')}.`);
  return lines;
}

function statusTable(model: ReviewReportModel): TableValue {
  const total = totalTasks(model);
  const rows: TableRowValue[] = model.tasksByStatus.map((s, i) => [i + 1, s.status, s.count, formatPercent(s.count, total)]);
  rows.push({ cells: ['', 'Tổng số', total, total > 0 ? '100%' : '0%'], bold: true });
  return table(
    [ordinalColumn(), textColumn('Tình trạng', 40), countColumn('Số nhiệm vụ', 14), rightColumn('Tỷ lệ', 12)],
    rows,
  );
}

function unitTable(model: ReviewReportModel): TableValue {
  const units = model.tasksByUnit;
  const sum = (key: 'total' | 'done' | 'late' | 'open' | 'standing'): number => units.reduce((s, u) => s + u[key], 0);
  const rows: TableRowValue[] = units.map((u, i) => [i + 1, u.unit, u.total, u.done, u.late, u.open, u.standing]);
  rows.push({ cells: ['', 'Tổng số', sum('total'), sum('done'), sum('late'), sum('open'), sum('standing')], bold: true });
  return table(
    [
      ordinalColumn(),
      textColumn('Đơn vị chủ trì', 32),
      countColumn('Tổng số'),
      countColumn('Đã hoàn thành'),
      countColumn('Quá hạn'),
      countColumn('Đang thực hiện'),
      countColumn('Thường xuyên'),
    ],
    rows,
  );
}

function roundSummary(model: ReviewReportModel): string[] {
  const all = model.roundReports;
  if (all.length === 0) return ['Chưa có đơn vị nào được yêu cầu báo cáo trong đợt này.'];
  const missing = all.filter((r) => !r.reported).map((r) => r.unit);
  const kind = KIND_WORDS[model.kind];
  if (missing.length === 0) return [`Tất cả ${formatInteger(all.length)} đơn vị đã gửi báo cáo ${kind}.`];
  return [
    `Có ${formatInteger(all.length - missing.length)}/${formatInteger(all.length)} đơn vị đã gửi báo cáo ${kind}; ` +
      `các đơn vị chưa gửi báo cáo: ${missing.join(', ')}.`,
  ];
}

function roundTable(model: ReviewReportModel): TableValue {
  const reported = model.roundReports.filter((r) => r.reported).length;
  const rows: TableRowValue[] = model.roundReports.map((r, i) => [
    i + 1,
    r.unit,
    r.reported ? 'Đã báo cáo' : 'Chưa báo cáo',
    r.documentSymbol,
    formatDate(r.reportDate),
  ]);
  rows.push({ cells: ['', 'Tổng số', `${reported}/${model.roundReports.length} đã báo cáo`, '', ''], bold: true });
  return table(
    [
      ordinalColumn(),
      textColumn('Đơn vị', 36),
      centeredColumn('Tình hình báo cáo', 16),
      centeredColumn('Số, ký hiệu báo cáo', 17),
      dateColumn('Ngày báo cáo'),
    ],
    rows,
  );
}

function deadline(task: ReviewTask): string {
  const due = task.due ? `Hạn: ${formatDate(task.due)}` : '';
  return [upperFirst(task.deadlineText), due].filter((s) => s !== '').join('\n');
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
    rows.push([n, task.content, task.unit, deadline(task), task.status, task.lastProgress]);
  }
  return table(
    [
      ordinalColumn(),
      textColumn('Nội dung nhiệm vụ', 46),
      textColumn('Đơn vị chủ trì', 20),
      centeredColumn('Thời hạn', 18),
      centeredColumn('Tình trạng', 14),
      textColumn('Tiến độ, kết quả', 34),
    ],
    rows,
  );
}

export function reviewValues(model: ReviewReportModel): Record<ReviewPlaceholder, PlaceholderValue> {
  return {
    ...headerValues(model.header),
    trich_yeu: model.title,
    loai_bao_cao: KIND_WORDS[model.kind],
    van_ban_chi_dao: citeDocument(model.directive),
    quan_triet_trien_khai: paragraphs(dissemination(model)),
    tong_so_nhiem_vu: totalTasks(model),
    tong_hop_nhiem_vu: paragraphs(taskSummary(model)),
    bang_nhiem_vu_theo_trang_thai: statusTable(model),
    bang_nhiem_vu_theo_don_vi: unitTable(model),
    ket_qua: paragraphs(splitParagraphs(model.resultsText)),
    tinh_hinh_bao_cao: paragraphs(roundSummary(model)),
    bang_bao_cao_don_vi: roundTable(model),
    han_che: paragraphs(splitParagraphs(model.limitsText)),
    phuong_huong: paragraphs(splitParagraphs(model.directionsText)),
    de_xuat: paragraphs(splitParagraphs(model.proposalsText)),
    bang_phu_luc_nhiem_vu: tasksTable(model),
    bang_van_ban_trien_khai: documentsTable(model),
  };
}

/** The review report as a .docx or .xlsx, from a template of that format. */
export function renderReview(model: ReviewReportModel, template: Uint8Array, format: TemplateFormat): Promise<Buffer> {
  return fillTemplate(format, template, reviewValues(model));
}
