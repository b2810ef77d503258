import { addDays, toDisplayDate } from '../../../shared/dates';
import { parseDeadline } from '../../../shared/deadline';
import { TaskInput, proposalToTask } from '../../../shared/taskSchemas';
import { reportingPeriod, type TaskState } from '../../../shared/taskStatus';
import type { Services } from '../services';
import { PLAN_21_KH_TW } from './plan21Text';
import { ROUND_DEADLINE, ROUND_REPORTS, ROUND_TITLE, SAMPLE_NOTE, inspectionPlan, periodReport } from './sampleFollowUpEntries';
import { lowerFirst } from '../reports/format';

// Sample follow-up on top of the sample register: the 13 tasks of Kế hoạch 21-KH/TW (extracted from its
// text, as a clerk would) on Nghị quyết 43-NQ/TW with a spread of statuses and progress, the recent
// inspection plan's tasks due around today, and the open review round with 9 of 16 bodies reported.

/** A progress entry: date, text and optionally the [issuer, symbol] of the incoming report. */
type Step = [date: string, text: string, report?: [string, string]];
interface Story { state?: TaskState; completed?: string; progress: Step[] }

/** What happened to each task of 21-KH/TW, in plan order; `now(k)` is k days into this reporting period. */
function planStory(today: string): Story[] {
  const start = reportingPeriod(today).from;
  const now = (k: number): string => (addDays(start, k) < today ? addDays(start, k) : today);
  const current = periodReport(today);
  const report = (i: number): [string, string] => [ROUND_REPORTS[i][0], ROUND_REPORTS[i][1]];
  return [
    { progress: [['2024-06-28', 'Theo dõi qua thông tin của Trung ương: đã đưa các dự án luật liên quan vào chương trình xây dựng luật'], [now(20), 'Cập nhật kết quả giám sát chuyên đề theo thông tin của Trung ương']] },
    { state: 'done', completed: '2024-03-28', progress: [['2024-03-28', 'Chính phủ đã ban hành Chương trình hành động thực hiện Nghị quyết']] },
    { progress: [['2025-06-30', 'Ủy ban nhân dân tỉnh báo cáo việc rà soát chính sách liên quan đến đại đoàn kết toàn dân tộc']] },
    { progress: [[now(15), 'Ủy ban MTTQ tỉnh báo cáo kết quả phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"']] },
    { state: 'in_progress', progress: [['2025-09-15', 'Đang lấy ý kiến góp ý dự thảo Chiến lược đại đoàn kết toàn dân tộc']] },
    { progress: [] },
    { state: 'in_progress', progress: [['2024-08-20', 'Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh báo cáo công tác dân vận của lực lượng vũ trang 6 tháng đầu năm']] },
    { progress: [[now(8), 'Đảng ủy Công an tỉnh báo cáo tình hình an ninh nông thôn, vùng dân tộc thiểu số']] },
    { progress: [['2024-12-10', 'Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền kết quả thực hiện Nghị quyết']] },
    { state: 'in_progress', progress: [['2025-05-15', 'Đã tổ chức hội thảo khoa học về liên minh công - nông - trí thức trong giai đoạn mới']] },
    { progress: [[now(25), 'Ban Dân vận Tỉnh ủy tham mưu tổng hợp, báo cáo Ban Dân vận Trung ương']] },
    { state: 'done', completed: '2024-04-12', progress: [['2024-04-12', 'Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết (chậm so với thời hạn quý I/2024)']] },
    {
      progress: [
        ['2024-11-08', 'Huyện ủy Cao Lộc báo cáo sơ kết 01 năm thực hiện Nghị quyết', report(0)],
        ['2024-11-11', 'Thành ủy Lạng Sơn báo cáo sơ kết 01 năm thực hiện Nghị quyết', report(2)],
        [current.arrivalDate, `Đảng ủy Khối các cơ quan tỉnh báo cáo kết quả thực hiện ${lowerFirst(reportingPeriod(today).label)}`, [current.issuer, current.symbol]],
      ],
    },
  ];
}

export function seedSampleTasks(s: Services, today: string): void {
  const entryId = (issuer: string, symbol: string): number | null =>
    (s.db.prepare('SELECT id FROM incoming WHERE issuer = ? AND symbol = ? AND is_sample = 1').get(issuer, symbol) as { id: number } | undefined)?.id ?? null;
  const unitId = (name: string): number => s.units.list().find((u) => u.name === name)!.id;
  const nq43 = entryId('Ban Chấp hành Trung ương', '43-NQ/TW');
  if (nq43 === null) return;

  const tell = (taskId: number, story: Story): void => {
    for (const [date, text, report] of story.progress) {
      if (date > today) continue;
      const reportEntryId = report ? entryId(...report) : null;
      s.tasks.addProgress({ taskId, date, text, reportEntryId, today });
    }
  };

  const proposals = s.taskExtract.propose(PLAN_21_KH_TW, '2023-11-28').tasks;
  const stories = planStory(today);
  const inputs = proposals.map((p, i) => {
    const story = stories[i] ?? { progress: [] };
    const done = story.completed !== undefined && story.completed <= today;
    const state = done ? 'done' : story.state === 'done' ? 'in_progress' : story.state;
    return TaskInput.parse({ ...proposalToTask(p), state, completedDate: done ? story.completed : null, notes: SAMPLE_NOTE });
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
  if (!group) return;
  const round = s.rounds.open({
    directiveId: nq43, title: ROUND_TITLE, kind: 'interim', deadline: ROUND_DEADLINE, unitIds: [], groupIds: [group.id],
    note: 'Các cấp ủy trực thuộc gửi báo cáo về Ban Dân vận Tỉnh ủy (dữ liệu mẫu)',
  }, { isSample: true });
  for (const [issuer, symbol] of ROUND_REPORTS) {
    const row = round.rows.find((r) => r.unit.name === issuer);
    const id = entryId(issuer, symbol);
    if (row && id !== null) s.rounds.linkReport(round.round.id, row.unit.id, id);
  }
}
