import { addDays } from '../../../shared/dates';
import type { IncomingInput } from '../../../shared/schemas';
import { reportingPeriod } from '../../../shared/taskStatus';
import { lowerFirst } from '../reports/format';

// The incoming documents the sample follow-up refers to: the bodies' reports for the review round of
// Nghị quyết 43-NQ/TW (deadline 15/11/2024, two of them late, one not yet linked), a report of this reporting period, and a
// recent inspection plan whose deadlines fall around "today" so the dashboard has something due.

export const SAMPLE_NOTE = 'Dữ liệu mẫu';

export const ROUND_DEADLINE = '2024-11-15';
export const ROUND_TITLE = 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW';
const REVIEW_ABSTRACT = 'Báo cáo sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc';

/** [issuer, symbol, document date, arrival date] of each body's report for the round. */
export const ROUND_REPORTS: Array<[string, string, string, string]> = [
  ['Huyện ủy Cao Lộc', '389-BC/HU', '2024-11-06', '2024-11-08'],
  ['Đảng ủy Khối các cơ quan tỉnh', '145-BC/ĐU', '2024-11-07', '2024-11-08'],
  ['Thành ủy Lạng Sơn', '512-BC/TU', '2024-11-08', '2024-11-11'],
  ['Huyện ủy Chi Lăng', '332-BC/HU', '2024-11-11', '2024-11-12'],
  ['Huyện ủy Văn Lãng', '276-BC/HU', '2024-11-12', '2024-11-13'],
  ['Huyện ủy Tràng Định', '301-BC/HU', '2024-11-13', '2024-11-14'],
  ['Huyện ủy Bắc Sơn', '254-BC/HU', '2024-11-14', '2024-11-15'],
  ['Huyện ủy Hữu Lũng', '418-BC/HU', '2024-11-18', '2024-11-20'],
  ['Huyện ủy Lộc Bình', '297-BC/HU', '2024-11-22', '2024-11-25'],
];

/** A report registered in the book but not yet linked to the round: the clerk's next step. */
export const UNLINKED_REPORT: [string, string, string, string] = ['Huyện ủy Văn Quan', '198-BC/HU', '2024-11-29', '2024-12-02'];

/** A report of the current reporting period (quarter), sent by a body on a standing duty. */
export function periodReport(today: string): { issuer: string; symbol: string; arrivalDate: string } {
  const start = reportingPeriod(today).from;
  const arrivalDate = addDays(start, 12) < today ? addDays(start, 12) : today;
  return { issuer: 'Đảng ủy Khối các cơ quan tỉnh', symbol: '212-BC/ĐU', arrivalDate };
}

/** The recent inspection plan: registered 30 days before today. */
export function inspectionPlan(today: string): { issuer: string; symbol: string; arrivalDate: string; documentDate: string } {
  return { issuer: 'Tỉnh ủy Lạng Sơn', symbol: '285-KH/TU', arrivalDate: addDays(today, -30), documentDate: addDays(today, -32) };
}

const base = { receivedVia: 'network' as const, typeCode: 'BC', pages: 6, copies: 1, handlingUnit: 'Ban Dân vận Tỉnh ủy', notes: SAMPLE_NOTE };

export function sampleFollowUpEntries(today: string): IncomingInput[] {
  const period = reportingPeriod(today);
  const report = periodReport(today);
  const plan = inspectionPlan(today);
  return [
    ...[...ROUND_REPORTS, UNLINKED_REPORT].map(([issuer, symbol, documentDate, arrivalDate]) => ({
      ...base, issuer, symbol, documentDate, arrivalDate, abstract: REVIEW_ABSTRACT, forwardedDate: arrivalDate,
    })),
    {
      ...base, issuer: report.issuer, symbol: report.symbol, documentDate: report.arrivalDate,
      arrivalDate: report.arrivalDate, forwardedDate: report.arrivalDate,
      abstract: `Báo cáo kết quả thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII ${lowerFirst(period.label)}`,
    },
    {
      ...base, typeCode: 'KH', pages: 4, issuer: plan.issuer, symbol: plan.symbol, documentDate: plan.documentDate,
      arrivalDate: plan.arrivalDate, forwardedDate: plan.arrivalDate, handlingUnit: 'Ban Dân vận Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy',
      abstract: 'Kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII tại một số cấp ủy trực thuộc',
    },
  ];
}
