/**
 * Plain data models of the three reports (issue 4).
 *
 * One query layer fills a model from the register and the task tracking; the Word writer and the Excel
 * writer both consume the same model, so the figures of the two versions of a report always agree.
 * Models hold data only: no formatting. Dates are ISO `yyyy-mm-dd` strings ('' when unknown); the writers
 * show them as dd/mm/yyyy. Labels meant for the reader (statuses, section titles, period labels) are
 * Vietnamese text chosen by the query layer: the writers print them as they are.
 */
import type { ReviewSectionKey } from './reviewSections';
import type { TaskStatus } from './taskStatus';

/** Who issues the report: comes from the office's settings, never from a template. */
export interface OfficeIdentity {
  /** Superior body, e.g. "TỈNH ỦY LẠNG SƠN" (printed in capitals). */
  superiorBody: string;
  /** Issuing body, e.g. "VĂN PHÒNG" or "BAN DÂN VẬN" (printed in capitals, bold). */
  issuingBody: string;
  /** Issuer code used in symbols, e.g. "VPTU" (as in 12-BC/VPTU). */
  issuerCode: string;
  /** Place name of the place-and-date line, e.g. "Lạng Sơn". */
  placeName: string;
}

/** The signature block. */
export interface Signer {
  /** Authority line: "T/M BAN THƯỜNG VỤ", "K/T CHÁNH VĂN PHÒNG", "T/L BAN THƯỜNG VỤ"… or '' when signing in one's own name. */
  authority: string;
  /** Position, e.g. "PHÓ CHÁNH VĂN PHÒNG". */
  position: string;
  /** Full name, e.g. "Nguyễn Văn A". */
  name: string;
}

/** What every report carries at its top and bottom. */
export interface ReportHeader {
  office: OfficeIdentity;
  signer: Signer;
  /** The report's symbol, e.g. "12-BC/VPTU"; '' leaves the number blank ("Số      -BC/VPTU") for the clerk. */
  symbol: string;
  /** Date of the report, yyyy-mm-dd. */
  date: string;
  /**
   * "Nơi nhận" lines in order, e.g. ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VPTU"]. The writer adds the leading
   * "- ", a comma after each line and a full stop after the last, unless the line already has them.
   */
  recipients: string[];
}

// ---------------------------------------------------------------------------------------------------------
// a. Sổ đăng ký văn bản đến (NĐ 30/2020/NĐ-CP, Phụ lục IV)

/** One entry of the incoming register: the ten columns of NĐ 30, Phụ lục IV, in order. */
export interface RegisterBookRow {
  /** (1) Ngày đến, yyyy-mm-dd. */
  arrivalDate: string;
  /** (2) Số đến. */
  arrivalNumber: number;
  /** (3) Tác giả: the issuing body. */
  issuer: string;
  /** (4) Số, ký hiệu văn bản, e.g. "43-NQ/TW". */
  symbol: string;
  /** (5) Ngày tháng văn bản, yyyy-mm-dd. */
  documentDate: string;
  /** (6) Tên loại và trích yếu nội dung, e.g. "Nghị quyết về tiếp tục phát huy…". */
  typeAndAbstract: string;
  /** (7) Đơn vị hoặc người nhận. */
  handlingUnit: string;
  /** (8) Ngày chuyển, yyyy-mm-dd or ''. */
  forwardedDate: string;
  /** (9) Ký nhận: usually '' (signed by hand on paper) or the receiver's name. */
  receivedBy: string;
  /** (10) Ghi chú. */
  notes: string;
  /** A cancelled entry keeps its place and number, struck through: the day (yyyy-mm-dd) and the reason. */
  cancelled?: { date: string; reason: string };
}

export interface RegisterBookModel {
  header: ReportHeader;
  /** Name of the book, e.g. "Sổ đăng ký văn bản đến" or "Sổ văn bản đến mật". */
  bookName: string;
  /** Year of the book. */
  year: number;
  /** First and last day covered, yyyy-mm-dd. */
  fromDate: string;
  toDate: string;
  /** Range of arrival numbers held; null when the range is empty. */
  firstNumber: number | null;
  lastNumber: number | null;
  /** "Quyển số": the book's place among the year's books; null when the range spans several books. */
  volume: number | null;
  rows: RegisterBookRow[];
}

// ---------------------------------------------------------------------------------------------------------
// b. Báo cáo thống kê văn bản

/** A figure for the period, the previous period and the same period a year earlier. */
export interface PeriodFigures {
  current: number;
  previous: number;
  yearAgo: number;
}

export interface StatsRow extends PeriodFigures {
  /** e.g. "Nghị quyết", "Ban Tổ chức Tỉnh ủy", "Khẩn". */
  label: string;
}

export interface StatsSection {
  /** e.g. "Theo loại văn bản", "Theo cơ quan ban hành", "Theo đơn vị xử lý", "Theo độ khẩn", "Theo độ mật". */
  title: string;
  rows: StatsRow[];
}

/** Handling of the documents of one period. */
export interface HandlingCounts {
  /** Handled by their due date. */
  onTime: number;
  /** Handled after their due date, or overdue and still open. */
  late: number;
  /** Still being handled and not yet overdue. */
  open: number;
}

/**
 * How much of a period the register holds, judged from its first arrival date (`date`): all of it, only from
 * that date, or nothing (the period ends before the register starts). Only a fully held period is compared.
 */
export type PeriodCoverage = { kind: 'full' } | { kind: 'from'; date: string } | { kind: 'none'; date: string };

export interface StatsReportModel {
  header: ReportHeader;
  /** Label of the period, e.g. "Quý I/2024", "6 tháng đầu năm 2024", "Tháng 3/2024", "Năm 2024". */
  periodLabel: string;
  /** Label of the previous period, e.g. "Quý IV/2023". */
  previousLabel: string;
  /** Label of the same period a year earlier, e.g. "Quý I/2023". */
  yearAgoLabel: string;
  /** Optional summary line under "BÁO CÁO"; default "Thống kê văn bản đến <period>". */
  title?: string;
  sections: StatsSection[];
  /** Incoming documents in each period. */
  totals: PeriodFigures;
  handling: { current: HandlingCounts; previous: HandlingCounts; yearAgo: HandlingCounts };
  /** How much of each period the register holds. */
  coverage: { current: PeriodCoverage; previous: PeriodCoverage; yearAgo: PeriodCoverage };
  /** The previous period is the same period a year earlier (a year, 9 months): it is shown once. */
  yearAgoIsPrevious: boolean;
  /** Assessment written by the specialist, one paragraph per item. */
  narrative?: string[];
  /** Documents the office issued (ban hành) in each period, from the outgoing register, by type. */
  issued?: { totals: PeriodFigures; byType: StatsSection };
}

// ---------------------------------------------------------------------------------------------------------
// c. Báo cáo sơ kết / tổng kết thực hiện một văn bản chỉ đạo

/** A document as a review report cites it. */
export interface DocumentReference {
  /** Type name as written in prose, e.g. "Nghị quyết", "Kế hoạch", "Chương trình hành động". */
  typeName: string;
  /** e.g. "43-NQ/TW". */
  symbol: string;
  /** yyyy-mm-dd. */
  date: string;
  /** Issuing body as written in prose, e.g. "Ban Chấp hành Trung ương Đảng khóa XIII". */
  issuer: string;
  /** Abstract as registered, e.g. "Kế hoạch thực hiện Nghị quyết số 43-NQ/TW…" (tables print it with its type once). */
  abstract: string;
  /** What it is about, as a sentence cites it after the issuer: "về thực hiện Nghị quyết số 43-NQ/TW…" (type name not repeated). */
  subject: string;
}

export interface ImplementingDocument extends DocumentReference {
  /** 'issued' by this office (outgoing) or 'received' from another body (incoming). */
  direction: 'issued' | 'received';
}

/**
 * Tasks counted by their one status (shared/taskStatus): the counts partition the tasks, so they add up to
 * the total, in every table and sentence.
 */
export interface ReviewStatusCount {
  status: TaskStatus;
  /** As printed in the report, e.g. "Hoàn thành đúng hạn", "Quá hạn, chưa hoàn thành". */
  label: string;
  count: number;
}

export interface UnitTaskCounts {
  /** The lead body (đơn vị chủ trì). */
  unit: string;
  total: number;
  /** Tasks of this body by status; the values add up to `total`. */
  byStatus: Record<TaskStatus, number>;
  /** Of the done tasks, those that go on as standing duties: not a part of the partition. */
  continuingStanding: number;
}

export interface ReviewTask {
  /** Group heading the task belongs to, e.g. "1. Công tác tuyên truyền, giáo dục"; '' for none. */
  section: string;
  /** Lead body (chủ trì). */
  unit: string;
  content: string;
  /** Deadline as the directive words it, e.g. "hoàn thành trong quý I/2024", "thực hiện thường xuyên". */
  deadlineText: string;
  /** Computed due date, yyyy-mm-dd, or null for standing duties. */
  due: string | null;
  status: TaskStatus;
  /** Status label as printed, e.g. "Hoàn thành quá hạn; tiếp tục thực hiện thường xuyên". */
  statusLabel: string;
  /** Completion date of the dated part, yyyy-mm-dd, or null. */
  completedDate: string | null;
  /** The dated part is done and the task goes on as a standing duty. */
  continuesStanding: boolean;
  /** Latest progress note within the period, '' when none. */
  lastProgress: string;
}

/** Whether a body sent its report for this review round. */
export interface RoundReport {
  unit: string;
  reported: boolean;
  /** Symbol of the body's report, '' when none. */
  documentSymbol: string;
  /** yyyy-mm-dd or null. */
  reportDate: string | null;
}

export interface ReviewReportModel {
  header: ReportHeader;
  /** Sơ kết (interim) or tổng kết (final). */
  kind: 'interim' | 'final';
  /** e.g. "01 năm"; '' for a tổng kết over the directive's whole term. */
  milestone: string;
  /** The period reviewed: from the directive's date to the milestone date (yyyy-mm-dd). */
  period: { from: string; to: string };
  /**
   * The summary line, e.g. "Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành
   * Trung ương Đảng khóa XIII về …".
   */
  title: string;
  /** The directive reviewed. */
  directive: DocumentReference;
  /** Directives and guidance issued or received to implement the directive, in date order (bodies' reports excluded). */
  implementingDocuments: ImplementingDocument[];
  /** Tasks counted by status, every status in the order to print (zeros included). */
  tasksByStatus: ReviewStatusCount[];
  /** Of the tasks counted done, those that go on as standing duties (not a part of the partition). */
  continuingStanding: number;
  /** Tasks counted by lead body. */
  tasksByUnit: UnitTaskCounts[];
  /** Appendix: every task, grouped by `section` in the order given. */
  tasks: ReviewTask[];
  /** The review round: which bodies reported (a report linked to the round or found in the register). */
  roundReports: RoundReport[];
  /** Print the internal table of which bodies have reported (an appendix; off for the text sent upward). */
  includeFollowUp: boolean;
  /** Texts the specialist wrote, by part (shared/reviewSections); '' for a part not yet written. */
  texts: Record<ReviewSectionKey, string>;
}
