import { addDays, toDisplayDate } from '../../../shared/dates';
import { parseDeadline } from '../../../shared/deadline';
import { TaskInput, proposalToTask } from '../../../shared/taskSchemas';
import { reportingPeriod, type TaskState } from '../../../shared/taskStatus';
import type { Services } from '../services';
import { lowerFirst } from '../reports/format';
import { PROGRAMME, PROGRAMME_TEXT } from './programmeText';
import {
  IMPLEMENTING, ROUND_DEADLINE, ROUND_EXTRA_UNITS, ROUND_REPORTS, ROUND_TITLE, SAMPLE_NOTE, inspectionPlan, periodReport, type DocRef,
} from './sampleFollowUpEntries';

// Sample follow-up on top of the sample register: the tasks of the Tỉnh ủy's programme 38-CTr/TU
// (read out of its text, as a clerk would) on Nghị quyết 43-NQ/TW, with coordinating bodies, progress
// and completion dates; the recent inspection plan's tasks due around today; and the one-year review
// round with the reports of the bodies that answered.

/** A progress entry: date, text and optionally the register entry it cites (a report, a plan). */
type Step = [date: string, text: string, cites?: DocRef | { issuer: string; symbol: string }];
interface Story {
  /** Names of coordinating bodies (the programme says "phối hợp với …"). */
  with?: string[];
  /** The lead as the clerk keeps it when the programme names many bodies at once. */
  leadText?: string;
  state?: TaskState;
  /** Completion of the (dated part of the) task. */
  completed?: string;
  progress: Step[];
}

const CT_XH = ['Tỉnh đoàn Lạng Sơn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh', 'Liên đoàn Lao động tỉnh'];

/** What happened to each task of the programme, in its order; `now(k)` is k days into this reporting period. */
function programmeStory(today: string): Story[] {
  const start = reportingPeriod(today).from;
  const now = (k: number): string => (addDays(start, k) < today ? addDays(start, k) : today);
  const current = periodReport(today);
  const report = (unit: string): DocRef => ROUND_REPORTS.find((r) => r[0] === unit)!;
  const d = IMPLEMENTING;
  const thisYear = today.slice(0, 4);
  return [
    // IV.1 — every body: plans of their own (the last one late), then a yearly report.
    {
      leadText: 'Các cơ quan, đơn vị, cấp ủy trực thuộc Tỉnh ủy', state: 'done', completed: '2024-05-10',
      progress: [
        ['2024-03-12', 'Huyện ủy Cao Lộc ban hành Kế hoạch số 152-KH/HU thực hiện Chương trình hành động', d.caoLocPlan],
        ['2024-03-20', 'Thành ủy Lạng Sơn ban hành Kế hoạch số 205-KH/TU', d.cityPlan],
        ['2024-05-10', 'Huyện ủy Đình Lập ban hành Kế hoạch số 118-KH/HU; 16/16 cấp ủy trực thuộc đã ban hành kế hoạch (chậm so với thời hạn quý I/2024)', d.dinhLapPlan],
      ],
    },
    {
      leadText: 'Các cơ quan, đơn vị, cấp ủy trực thuộc Tỉnh ủy',
      progress: [
        ['2024-11-08', 'Huyện ủy Cao Lộc báo cáo sơ kết 01 năm thực hiện Nghị quyết', report('Huyện ủy Cao Lộc')],
        ['2024-11-11', 'Thành ủy Lạng Sơn báo cáo sơ kết 01 năm thực hiện Nghị quyết', report('Thành ủy Lạng Sơn')],
        ['2025-11-20', '15/19 cơ quan, đơn vị, cấp ủy trực thuộc gửi báo cáo kết quả thực hiện năm 2025'],
        [current.arrivalDate, `Đảng ủy Khối các cơ quan tỉnh báo cáo kết quả thực hiện ${lowerFirst(reportingPeriod(today).label)}`, current],
      ],
    },
    // IV.2 — Đảng đoàn HĐND tỉnh: one of three resolutions still missing after its deadline.
    {
      with: ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], state: 'in_progress',
      progress: [
        ['2024-07-12', 'Hội đồng nhân dân tỉnh thông qua nghị quyết sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số'],
        ['2025-12-10', 'Đã thông qua 2/3 nghị quyết; nghị quyết về hỗ trợ các xã biên giới chưa trình được, chờ hướng dẫn của Trung ương'],
      ],
    },
    {
      with: ['Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
      progress: [
        ['2024-09-20', 'Thường trực Hội đồng nhân dân tỉnh giám sát chuyên đề việc thực hiện chính sách đối với người có uy tín'],
        ['2025-08-15', 'Ban Dân tộc Hội đồng nhân dân tỉnh giám sát việc thực hiện chính sách an sinh xã hội tại huyện Tràng Định, Bình Gia'],
      ],
    },
    // IV.3 — Ban cán sự đảng UBND tỉnh.
    {
      state: 'done', completed: '2024-07-30',
      progress: [['2024-07-30', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch số 145/KH-UBND (chậm so với thời hạn quý II/2024)', d.provincePlan]],
    },
    {
      with: ['Ban Dân vận Tỉnh ủy'], state: 'done', completed: '2025-12-18',
      progress: [
        ['2024-09-30', 'Phân bổ vốn các chương trình mục tiêu quốc gia năm 2024, ưu tiên các xã biên giới và xã đặc biệt khó khăn'],
        ['2025-06-20', 'Giải ngân 78% vốn chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi'],
        ['2025-12-18', 'Ban hành cơ chế hỗ trợ đồng bào các dân tộc ở các xã biên giới; tiếp tục thực hiện thường xuyên'],
        [now(20), 'Ủy ban nhân dân tỉnh báo cáo tiến độ các chương trình mục tiêu quốc gia trong kỳ'],
      ],
    },
    {
      with: ['Đảng ủy Khối doanh nghiệp tỉnh'], state: 'in_progress',
      progress: [
        ['2024-10-10', 'Ủy ban nhân dân tỉnh giao Sở Công Thương chủ trì xây dựng đề cương Đề án'],
        [`${thisYear}-06-15`, 'Sở Công Thương đã xây dựng dự thảo Đề án, đang lấy ý kiến các sở, ngành và hiệp hội doanh nghiệp'],
      ],
    },
    // IV.4 — Đảng đoàn Ủy ban MTTQ tỉnh.
    {
      with: CT_XH, state: 'done', completed: '2024-03-25',
      progress: [['2024-03-25', 'Ký kết Chương trình phối hợp tuyên truyền, vận động Nhân dân các dân tộc thực hiện Nghị quyết']],
    },
    {
      with: ['Ban Dân vận Tỉnh ủy'],
      // Every year on 18/11, the day the Mặt trận was founded.
      progress: yearsSince(2024, today).map((y): Step => [`${y}-11-18`, `100% khu dân cư tổ chức "Ngày hội đại đoàn kết toàn dân tộc" năm ${y}`]),
    },
    {
      with: ['Đảng đoàn Hội đồng nhân dân tỉnh'], state: 'done', completed: '2026-03-10',
      progress: [
        ['2024-10-25', 'Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Văn Lãng, Lộc Bình'],
        ['2025-04-20', 'Đã dự thảo kế hoạch giám sát, xin ý kiến các tổ chức thành viên'],
        ['2026-03-10', 'Ban Thường trực Ủy ban MTTQ tỉnh ban hành kế hoạch giám sát (chậm so với thời hạn năm 2025)'],
      ],
    },
    // IV.5 — Ban Tuyên giáo Tỉnh ủy.
    {
      with: ['Ban Dân vận Tỉnh ủy'], state: 'done', completed: '2024-01-29',
      progress: [['2024-01-29', 'Ban hành Hướng dẫn số 95-HD/BTGTU', d.guidance]],
    },
    {
      with: ['Báo Lạng Sơn'],
      progress: [
        ['2024-06-30', 'Báo Lạng Sơn mở chuyên mục "Đại đoàn kết toàn dân tộc", có bản tin tiếng Tày, tiếng Nùng'],
        [now(25), 'Báo Lạng Sơn đăng loạt bài về mô hình "Dân vận khéo" ở các xã biên giới'],
      ],
    },
    // IV.6 — Ban Tổ chức Tỉnh ủy: not begun yet.
    { with: ['Ban Dân vận Tỉnh ủy'], progress: [] },
    // IV.7 — the armed forces' party committees (joint heading: coordinators come from the text).
    {
      progress: [
        ['2024-08-20', 'Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh báo cáo công tác dân vận của lực lượng vũ trang 6 tháng đầu năm 2024'],
        ['2025-06-30', 'Đảng ủy Bộ đội Biên phòng tỉnh báo cáo mô hình "Đồn Biên phòng - điểm tựa của đồng bào các dân tộc nơi biên giới"'],
      ],
    },
    // IV.8 — Ban Dân vận Tỉnh ủy, which follows the whole programme up.
    {
      state: 'done', completed: '2024-02-26',
      progress: [['2024-02-26', 'Ban hành Kế hoạch số 112-KH/BDVTU', d.followUpPlan]],
    },
    {
      with: ['Ủy ban Kiểm tra Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy'],
      progress: [
        ['2024-10-14', 'Đề nghị các cơ quan, đơn vị báo cáo sơ kết 01 năm trước ngày 15/11/2024 (Công văn số 318-CV/BDVTU)', d.reviewCall],
        [now(8), 'Tổng hợp kết quả phong trào thi đua "Dân vận khéo" gắn với thực hiện Nghị quyết'],
      ],
    },
    {
      with: ['Văn phòng Tỉnh ủy'], state: 'done', completed: '2024-12-20',
      progress: [
        ['2024-11-22', 'Tổng hợp báo cáo của các cơ quan, đơn vị; dự thảo báo cáo sơ kết 01 năm trình Thường trực Tỉnh ủy'],
        ['2024-12-20', 'Ban Thường vụ Tỉnh ủy ban hành báo cáo sơ kết 01 năm, gửi Ban Bí thư qua Ban Dân vận Trung ương'],
      ],
    },
    // IV.9 — Ủy ban Kiểm tra Tỉnh ủy: the inspection plan came after the deadline.
    {
      with: ['Ban Dân vận Tỉnh ủy'], state: 'in_progress',
      progress: [[inspectionPlan(today).arrivalDate, 'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch kiểm tra số 285-KH/TU', inspectionPlan(today)]],
    },
  ];
}

/** The years from `first` to today's, in order. */
function yearsSince(first: number, today: string): number[] {
  return Array.from({ length: Math.max(0, Number(today.slice(0, 4)) - first + 1) }, (_, i) => first + i);
}

export function seedSampleTasks(s: Services, today: string): void {
  const entryId = (issuer: string, symbol: string): number | null => s.incomingStore.sampleIdOf(issuer, symbol);
  const book = s.units.list();
  const unitId = (name: string): number => book.find((u) => u.name === name)!.id;
  const nq43 = entryId('Ban Chấp hành Trung ương', '43-NQ/TW');
  if (nq43 === null) return;

  const tell = (taskId: number, story: Story): void => {
    for (const [date, text, cites] of story.progress) {
      if (date > today) continue;
      const ref = Array.isArray(cites) ? { issuer: cites[0], symbol: cites[1] } : cites;
      const reportEntryId = ref ? entryId(ref.issuer, ref.symbol) : null;
      s.tasks.addProgress({ taskId, date, text, reportEntryId, today });
    }
  };

  // The tasks hang on the resolution they implement, which the review reports on.
  const proposals = s.taskExtract.propose(PROGRAMME_TEXT, PROGRAMME.documentDate).tasks;
  const stories = programmeStory(today);
  const inputs = proposals.map((p, i) => {
    const story = stories[i] ?? { progress: [] };
    const done = story.completed !== undefined && story.completed <= today;
    const state = done ? 'done' : story.state === 'done' ? 'in_progress' : story.state;
    const task = proposalToTask(p);
    const lead = story.leadText ? { leadUnitId: null, leadText: story.leadText } : {};
    const coordinatingUnitIds = [...(story.leadText ? [] : task.coordinatingUnitIds ?? []), ...(story.with ?? []).map(unitId)];
    return TaskInput.parse({
      ...task, ...lead, coordinatingUnitIds, state, completedDate: done ? story.completed : null,
      notes: `${SAMPLE_NOTE}. ${PROGRAMME.symbol}, mục ${p.section}`,
    });
  });
  s.tasks.createMany(nq43, inputs, { today, isSample: true }).forEach((t, i) => tell(t.id, stories[i] ?? { progress: [] }));

  const plan = inspectionPlan(today);
  const planId = entryId(plan.issuer, plan.symbol);
  if (planId !== null) {
    const byDay = (offset: number) => {
      const deadlineText = `trước ngày ${toDisplayDate(addDays(today, offset))}`;
      return { deadlineText, dueDate: parseDeadline(deadlineText).due };
    };
    const [bdv, ubkt, vp] = ['Ban Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Văn phòng Tỉnh ủy'].map(unitId);
    const tasks = s.tasks.createMany(planId, [
      { section: '1', leadUnitId: bdv, coordinatingUnitIds: [ubkt], state: 'in_progress', ...byDay(-6), content: 'Xây dựng đề cương báo cáo, hướng dẫn các cấp ủy trực thuộc tự kiểm tra việc thực hiện Nghị quyết' },
      { section: '2', leadUnitId: ubkt, coordinatingUnitIds: [bdv], state: 'in_progress', ...byDay(5), content: 'Kiểm tra trực tiếp tại Huyện ủy Bình Gia, Huyện ủy Văn Quan và Huyện ủy Đình Lập' },
      { section: '3', leadUnitId: bdv, ...byDay(21), content: 'Tổng hợp kết quả kiểm tra, báo cáo Ban Thường vụ Tỉnh ủy' },
      { section: '4', leadUnitId: vp, state: 'done', completedDate: addDays(today, -14), ...byDay(-12), content: 'Bố trí lịch làm việc, phương tiện cho các đoàn kiểm tra' },
    ].map((t) => TaskInput.parse({ ...t, notes: SAMPLE_NOTE })), { today, isSample: true });
    tell(tasks[0].id, { progress: [[addDays(today, -20), 'Đã dự thảo đề cương, đang xin ý kiến Thường trực Tỉnh ủy']] });
  }

  const group = s.units.groups().find((g) => g.name === 'Các huyện ủy, thành ủy, đảng ủy trực thuộc');
  if (!group || IMPLEMENTING.reviewCall[3] > today) return;
  const round = s.rounds.open({
    directiveId: nq43, title: ROUND_TITLE, kind: 'interim', deadline: ROUND_DEADLINE,
    unitIds: ROUND_EXTRA_UNITS.map(unitId), groupIds: [group.id],
    note: `Theo Công văn số ${IMPLEMENTING.reviewCall[1]} ngày 14/10/2024 của Ban Dân vận Tỉnh ủy; báo cáo gửi về Ban Dân vận Tỉnh ủy (dữ liệu mẫu)`,
  }, { isSample: true });
  for (const [issuer, symbol] of ROUND_REPORTS) {
    const row = round.rows.find((r) => r.unit.name === issuer);
    const id = entryId(issuer, symbol);
    if (row && id !== null) s.rounds.linkReport(round.round.id, row.unit.id, id);
  }
}
