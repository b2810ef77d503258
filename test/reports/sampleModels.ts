/** Hand-built report models for the tests: what the query layer would produce from the sample register. */
import type { TaskStatus } from '../../shared/taskStatus';
import type {
  RegisterBookModel,
  RegisterBookRow,
  ReportHeader,
  ReviewReportModel,
  StatsReportModel,
} from '../../shared/reportModels';

export const sampleHeader = (overrides: Partial<ReportHeader> = {}): ReportHeader => ({
  office: { superiorBody: 'Tỉnh ủy Lạng Sơn', issuingBody: 'Văn phòng', issuerCode: 'VPTU', placeName: 'Lạng Sơn' },
  signer: { authority: 'K/T Chánh Văn phòng', position: 'Phó Chánh Văn phòng', name: 'Hoàng Văn Minh' },
  symbol: '12-BC/VPTU',
  date: '2024-04-05',
  recipients: ['Thường trực Tỉnh ủy (b/c)', 'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy', 'Lưu VPTU'],
  ...overrides,
});

const ISSUERS = ['Ban Chấp hành Trung ương', 'Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương', 'Ủy ban nhân dân tỉnh Lạng Sơn'];
const UNITS = ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Huyện ủy Cao Lộc'];

/** A register row as the sample register would have it; `i` varies the content. */
export function registerRow(i: number): RegisterBookRow {
  const day = (i % 28) + 1;
  const date = `2024-01-${String(day).padStart(2, '0')}`;
  return {
    arrivalDate: date,
    arrivalNumber: 11646 + i,
    issuer: ISSUERS[i % ISSUERS.length]!,
    symbol: `${43 + i}-NQ/TW`,
    documentDate: '2023-11-24',
    typeAndAbstract: `Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc (số ${i + 1})`,
    handlingUnit: UNITS[i % UNITS.length]!,
    forwardedDate: date,
    receivedBy: '',
    notes: i % 5 === 0 ? 'Văn bản đến qua mạng' : '',
  };
}

export function sampleRegisterBook(rowCount = 3): RegisterBookModel {
  const rows = Array.from({ length: rowCount }, (_, i) => registerRow(i));
  rows[0] = {
    arrivalDate: '2023-11-28',
    arrivalNumber: 11646,
    issuer: 'Ban Chấp hành Trung ương',
    symbol: '43-NQ/TW',
    documentDate: '2023-11-24',
    typeAndAbstract:
      'Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    handlingUnit: 'Ban Dân vận Tỉnh ủy',
    forwardedDate: '2023-11-29',
    receivedBy: 'Nguyễn Thị Lan',
    notes: 'Văn bản đến qua mạng',
  };
  return {
    header: sampleHeader({ symbol: '', date: '2024-02-15' }),
    bookName: 'Sổ đăng ký văn bản đến',
    year: 2023,
    fromDate: '2023-11-01',
    toDate: '2023-12-31',
    firstNumber: rows[0]!.arrivalNumber,
    lastNumber: rows[rows.length - 1]!.arrivalNumber,
    volume: 1,
    rows,
  };
}

export function sampleStats(): StatsReportModel {
  return {
    header: sampleHeader({ date: '2024-04-05' }),
    periodLabel: 'Quý I/2024',
    previousLabel: 'Quý IV/2023',
    yearAgoLabel: 'Quý I/2023',
    sections: [
      {
        title: 'Theo loại văn bản',
        rows: [
          { label: 'Nghị quyết', current: 12, previous: 9, yearAgo: 10 },
          { label: 'Kế hoạch', current: 37, previous: 41, yearAgo: 30 },
          { label: 'Công văn', current: 1185, previous: 1150, yearAgo: 1210 },
        ],
      },
      {
        title: 'Theo cơ quan ban hành',
        rows: [
          { label: 'Ban Chấp hành Trung ương', current: 15, previous: 11, yearAgo: 12 },
          { label: 'Ủy ban nhân dân tỉnh Lạng Sơn', current: 1219, previous: 1189, yearAgo: 1238 },
        ],
      },
      { title: 'Theo độ khẩn', rows: [{ label: 'Khẩn', current: 48, previous: 52, yearAgo: 40 }] },
    ],
    totals: { current: 1234, previous: 1200, yearAgo: 1250 },
    handling: {
      current: { onTime: 980, late: 37, open: 217 },
      previous: { onTime: 1001, late: 54, open: 145 },
      yearAgo: { onTime: 1100, late: 60, open: 90 },
    },
    coverage: { current: { kind: 'full' }, previous: { kind: 'full' }, yearAgo: { kind: 'full' } },
    yearAgoIsPrevious: false,
    narrative: ['Văn bản đến được đăng ký, chuyển xử lý kịp thời trong ngày.', 'Một số văn bản quá hạn do đơn vị chậm báo cáo kết quả.'],
  };
}

/** Counts by status for a sample body, every status present. */
const byStatus = (counts: Partial<Record<TaskStatus, number>>): Record<TaskStatus, number> =>
  ({ done: 0, done_late: 0, in_progress: 0, not_started: 0, overdue: 0, standing: 0, ...counts });

export function sampleReview(): ReviewReportModel {
  const units = [
    { unit: 'Ban Dân vận Tỉnh ủy', total: 6, byStatus: byStatus({ done: 2, done_late: 1, in_progress: 1, overdue: 1, standing: 1 }), continuingStanding: 1 },
    { unit: 'Ban Tuyên giáo Tỉnh ủy', total: 5, byStatus: byStatus({ done: 2, in_progress: 1, not_started: 1, standing: 1 }), continuingStanding: 0 },
    { unit: 'Huyện ủy Cao Lộc', total: 3, byStatus: byStatus({ done_late: 1, standing: 2 }), continuingStanding: 0 },
  ];
  const order: TaskStatus[] = ['done', 'done_late', 'in_progress', 'not_started', 'overdue', 'standing'];
  const labels: Record<TaskStatus, string> = {
    done: 'Hoàn thành đúng hạn', done_late: 'Hoàn thành quá hạn', in_progress: 'Đang thực hiện',
    not_started: 'Chưa thực hiện', overdue: 'Quá hạn, chưa hoàn thành', standing: 'Thực hiện thường xuyên',
  };
  return {
    header: sampleHeader({ symbol: '45-BC/BDVTU', date: '2024-11-20', office: { superiorBody: 'Tỉnh ủy Lạng Sơn', issuingBody: 'Ban Dân vận', issuerCode: 'BDVTU', placeName: 'Lạng Sơn' }, signer: { authority: 'T/M Ban Thường vụ', position: 'Phó Bí thư', name: 'Đoàn Thị Hậu' } }),
    kind: 'interim',
    milestone: '01 năm',
    period: { from: '2023-11-24', to: '2024-11-24' },
    title:
      'Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
    directive: {
      typeName: 'Nghị quyết',
      symbol: '43-NQ/TW',
      date: '2023-11-24',
      issuer: 'Ban Chấp hành Trung ương Đảng khóa XIII',
      abstract: 'Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
      subject: 'về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
    },
    implementingDocuments: [
      { typeName: 'Kế hoạch', symbol: '21-KH/TW', date: '2023-11-28', issuer: 'Bộ Chính trị', abstract: 'Kế hoạch thực hiện Nghị quyết số 43-NQ/TW', subject: 'về thực hiện Nghị quyết số 43-NQ/TW', direction: 'received' },
      { typeName: 'Chương trình hành động', symbol: '38-CTr/TU', date: '2024-01-15', issuer: 'Tỉnh ủy Lạng Sơn', abstract: 'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW', subject: 'về thực hiện Nghị quyết số 43-NQ/TW', direction: 'received' },
    ],
    tasksByStatus: order.map((status) => ({ status, label: labels[status], count: units.reduce((n, u) => n + u.byStatus[status], 0) })),
    continuingStanding: 1,
    tasksByUnit: units,
    tasks: [
      {
        section: '1. Công tác tuyên truyền, quán triệt',
        unit: 'Ban Tuyên giáo Tỉnh ủy',
        content: 'Tổ chức học tập, quán triệt Nghị quyết đến cán bộ, đảng viên',
        deadlineText: 'đầu tháng 12/2023',
        due: '2023-12-10',
        status: 'done',
        statusLabel: 'Hoàn thành đúng hạn',
        completedDate: '2023-12-08',
        continuesStanding: false,
        lastProgress: 'Đã tổ chức hội nghị trực tuyến ngày 08/12/2023',
      },
      {
        section: '1. Công tác tuyên truyền, quán triệt',
        unit: 'Ban Dân vận Tỉnh ủy',
        content: 'Xây dựng chương trình hành động của Tỉnh ủy',
        deadlineText: 'hoàn thành trong quý I/2024',
        due: '2024-03-31',
        status: 'overdue',
        statusLabel: 'Quá hạn, chưa hoàn thành',
        completedDate: null,
        continuesStanding: false,
        lastProgress: 'Đang lấy ý kiến các ban',
      },
      {
        section: '2. Củng cố khối đại đoàn kết',
        unit: 'Ban Dân vận Tỉnh ủy',
        content: 'Rà soát quy chế dân chủ ở cơ sở và tổ chức thực hiện thường xuyên',
        deadlineText: 'hoàn thành trong quý II/2024 và thực hiện thường xuyên',
        due: '2024-06-30',
        status: 'done_late',
        statusLabel: 'Hoàn thành quá hạn; tiếp tục thực hiện thường xuyên',
        completedDate: '2024-07-15',
        continuesStanding: true,
        lastProgress: '',
      },
      {
        section: '2. Củng cố khối đại đoàn kết',
        unit: 'Huyện ủy Cao Lộc',
        content: 'Phát huy vai trò của Mặt trận Tổ quốc ở cơ sở',
        deadlineText: 'thực hiện thường xuyên',
        due: null,
        status: 'standing',
        statusLabel: 'Thực hiện thường xuyên',
        completedDate: null,
        continuesStanding: false,
        lastProgress: '',
      },
    ],
    roundReports: [
      { unit: 'Ban Tuyên giáo Tỉnh ủy', reported: true, documentSymbol: '102-BC/BTGTU', reportDate: '2024-11-05' },
      { unit: 'Huyện ủy Cao Lộc', reported: false, documentSymbol: '', reportDate: null },
    ],
    includeFollowUp: true,
    texts: {
      opening: '',
      dissemination: 'Ban Thường vụ Tỉnh ủy đã chỉ đạo tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.',
      results: 'Công tác dân vận được tăng cường.\nKhối đại đoàn kết toàn dân tộc được củng cố.',
      limits: 'Một số cấp ủy chưa quan tâm đúng mức.\nNguyên nhân: nhận thức chưa đầy đủ.',
      lessons: '',
      directions: 'Tiếp tục tuyên truyền sâu rộng Nghị quyết.',
      proposals: 'Đề nghị Ban Dân vận Trung ương tổ chức tập huấn.',
    },
  };
}
