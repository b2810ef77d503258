import { addDays } from '../../../shared/dates';
import type { IncomingInput } from '../../../shared/schemas';
import { reportingPeriod } from '../../../shared/taskStatus';
import { lowerFirst } from '../reports/format';
import { PROGRAMME } from './programmeText';

// The incoming documents the sample follow-up refers to: the Tỉnh ủy's programme 38-CTr/TU and the
// documents that implement it (guidance, plans of the Ban, the huyện ủy and the UBND), the Ban Dân
// vận's call for the one-year review, the bodies' review reports (deadline 15/11/2024, some late, one
// registered but not yet linked), a report of this reporting period, and a recent inspection plan
// whose deadlines fall around "today" so the dashboard has something due.

export const SAMPLE_NOTE = 'Dữ liệu mẫu';

export const ROUND_DEADLINE = '2024-11-15';
export const ROUND_TITLE = 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW';
/** Bodies asked for a report besides the saved group of huyện ủy, thành ủy and đảng ủy trực thuộc. */
export const ROUND_EXTRA_UNITS = [
  'Đảng đoàn Hội đồng nhân dân tỉnh', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
];

const NQ43 = 'Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc';
const CTR = `Chương trình hành động số ${PROGRAMME.symbol} ngày 15/01/2024 của Tỉnh ủy`;
const REVIEW_ABSTRACT = `Báo cáo sơ kết 01 năm thực hiện ${NQ43} và ${CTR}`;

/** [issuer, symbol, document date, arrival date] of a document. */
export type DocRef = [issuer: string, symbol: string, documentDate: string, arrivalDate: string];

/** Each answering body's report for the round, in arrival order. */
export const ROUND_REPORTS: DocRef[] = [
  ['Huyện ủy Cao Lộc', '389-BC/HU', '2024-11-06', '2024-11-08'],
  ['Đảng ủy Khối các cơ quan tỉnh', '145-BC/ĐU', '2024-11-07', '2024-11-08'],
  ['Thành ủy Lạng Sơn', '512-BC/TU', '2024-11-08', '2024-11-11'],
  ['Huyện ủy Chi Lăng', '332-BC/HU', '2024-11-11', '2024-11-12'],
  ['Đảng đoàn Hội đồng nhân dân tỉnh', '41-BC/ĐĐ', '2024-11-11', '2024-11-12'],
  ['Huyện ủy Văn Lãng', '276-BC/HU', '2024-11-12', '2024-11-13'],
  ['Đảng ủy Công an tỉnh', '173-BC/ĐU', '2024-11-12', '2024-11-13'],
  ['Ban cán sự đảng Ủy ban nhân dân tỉnh', '67-BC/BCSĐ', '2024-11-13', '2024-11-14'],
  ['Huyện ủy Tràng Định', '301-BC/HU', '2024-11-13', '2024-11-14'],
  ['Huyện ủy Bắc Sơn', '254-BC/HU', '2024-11-14', '2024-11-15'],
  ['Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', '58-BC/ĐĐ', '2024-11-14', '2024-11-15'],
  ['Huyện ủy Hữu Lũng', '418-BC/HU', '2024-11-18', '2024-11-20'],
  ['Huyện ủy Lộc Bình', '297-BC/HU', '2024-11-22', '2024-11-25'],
  ['Huyện ủy Văn Quan', '198-BC/HU', '2024-11-29', '2024-12-02'],
];

/** A report registered in the book but not yet linked to the round: the clerk's next step. */
export const UNLINKED_REPORT: DocRef = ['Huyện ủy Bình Gia', '226-BC/HU', '2024-12-04', '2024-12-06'];

/** The documents that implement the programme, by what the follow-up cites them for. */
export const IMPLEMENTING = {
  programme: [PROGRAMME.issuer, PROGRAMME.symbol, PROGRAMME.documentDate, PROGRAMME.documentDate] as DocRef,
  guidance: ['Ban Tuyên giáo Tỉnh ủy', '95-HD/BTGTU', '2024-01-29', '2024-01-30'] as DocRef,
  followUpPlan: ['Ban Dân vận Tỉnh ủy', '112-KH/BDVTU', '2024-02-26', '2024-02-27'] as DocRef,
  caoLocPlan: ['Huyện ủy Cao Lộc', '152-KH/HU', '2024-03-08', '2024-03-12'] as DocRef,
  cityPlan: ['Thành ủy Lạng Sơn', '205-KH/TU', '2024-03-18', '2024-03-20'] as DocRef,
  dinhLapPlan: ['Huyện ủy Đình Lập', '118-KH/HU', '2024-05-08', '2024-05-10'] as DocRef,
  provincePlan: ['Ủy ban nhân dân tỉnh Lạng Sơn', '145/KH-UBND', '2024-07-29', '2024-07-30'] as DocRef,
  reviewCall: ['Ban Dân vận Tỉnh ủy', '318-CV/BDVTU', '2024-10-14', '2024-10-15'] as DocRef,
};

/** A report of the current reporting period (quarter), sent by a body on a standing duty. */
export function periodReport(today: string): { issuer: string; symbol: string; arrivalDate: string } {
  const start = reportingPeriod(today).from;
  const arrivalDate = addDays(start, 12) < today ? addDays(start, 12) : today;
  return { issuer: 'Đảng ủy Khối các cơ quan tỉnh', symbol: '212-BC/ĐU', arrivalDate };
}

/** The recent inspection plan of the Ban Thường vụ: registered 30 days before today. */
export function inspectionPlan(today: string): { issuer: string; symbol: string; arrivalDate: string; documentDate: string } {
  return { issuer: PROGRAMME.issuer, symbol: '285-KH/TU', arrivalDate: addDays(today, -30), documentDate: addDays(today, -32) };
}

/** The Tỉnh ủy's own documents are issued by the Văn phòng and entered in the book to be followed up. */
const OWN_NOTE = `${SAMPLE_NOTE}. Văn bản của Tỉnh ủy do Văn phòng Tỉnh ủy phát hành, vào sổ để theo dõi thực hiện.`;

const base = { receivedVia: 'network' as const, pages: 6, copies: 1, handlingUnit: 'Ban Dân vận Tỉnh ủy', notes: SAMPLE_NOTE };

function entry([issuer, symbol, documentDate, arrivalDate]: DocRef, fields: Partial<IncomingInput> & { typeCode: string; abstract: string }): IncomingInput {
  return { ...base, issuer, symbol, documentDate, arrivalDate, forwardedDate: arrivalDate, ...fields };
}

export function sampleFollowUpEntries(today: string): IncomingInput[] {
  const period = reportingPeriod(today);
  const report = periodReport(today);
  const plan = inspectionPlan(today);
  const d = IMPLEMENTING;
  const ctrPlan = `Kế hoạch thực hiện ${NQ43} và ${CTR}`;
  return [
    entry(d.programme, {
      typeCode: 'CTr', abstract: PROGRAMME.abstract, receivedVia: 'other', pages: 9, handlingUnit: 'Ban Dân vận Tỉnh ủy; Ban Tuyên giáo Tỉnh ủy', notes: OWN_NOTE,
    }),
    entry(d.guidance, { typeCode: 'HD', pages: 4, handlingUnit: 'Phòng Tổng hợp', abstract: `Hướng dẫn nghiên cứu, học tập, quán triệt, tuyên truyền ${NQ43}, Kế hoạch số 21-KH/TW của Bộ Chính trị và ${CTR}` }),
    entry(d.followUpPlan, { typeCode: 'KH', pages: 5, handlingUnit: 'Phòng Tổng hợp', abstract: `Kế hoạch theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện ${CTR} thực hiện Nghị quyết số 43-NQ/TW` }),
    entry(d.caoLocPlan, { typeCode: 'KH', receivedVia: 'paper', abstract: ctrPlan }),
    entry(d.cityPlan, { typeCode: 'KH', abstract: ctrPlan }),
    entry(d.dinhLapPlan, { typeCode: 'KH', receivedVia: 'paper', abstract: ctrPlan }),
    entry(d.provincePlan, { typeCode: 'KH', pages: 12, abstract: `Kế hoạch thực hiện ${CTR} thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII` }),
    entry(d.reviewCall, { typeCode: 'CV', pages: 2, handlingUnit: 'Phòng Tổng hợp', abstract: `V/v báo cáo sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW và ${CTR}`, dueDate: ROUND_DEADLINE, resolvedDate: '2024-12-20' }),
    ...[...ROUND_REPORTS, UNLINKED_REPORT].map((r) => entry(r, { typeCode: 'BC', abstract: REVIEW_ABSTRACT })),
    {
      ...base, typeCode: 'BC', issuer: report.issuer, symbol: report.symbol, documentDate: report.arrivalDate,
      arrivalDate: report.arrivalDate, forwardedDate: report.arrivalDate,
      abstract: `Báo cáo kết quả thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII ${lowerFirst(period.label)}`,
    },
    {
      ...base, typeCode: 'KH', pages: 4, issuer: plan.issuer, symbol: plan.symbol, documentDate: plan.documentDate,
      arrivalDate: plan.arrivalDate, forwardedDate: plan.arrivalDate, handlingUnit: 'Ban Dân vận Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy',
      receivedVia: 'other', notes: OWN_NOTE,
      abstract: `Kế hoạch kiểm tra việc thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII và ${CTR} tại một số cấp ủy trực thuộc`,
    },
  ];
}
