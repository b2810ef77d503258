/**
 * The review report (sơ kết / tổng kết) from a register, tasks and rounds built here: one test per defect
 * found when a specialist read the generated report (issue 7), each through reports.generate as the screen
 * and the CLI call it, read back as the specialist reads the file.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { reviewModel, subjectOf, titleTypeName } from '../../electron/backend/reportData/review';
import { docxText } from '../reports/docxFixtures';
import { registerDirective, unitId } from '../helpers/tasks';
import { ok, tempBackend } from '../helpers/tempBackend';

const REPORT_DATE = '2024-12-10';

/** Word text as read: spaces folded, non-breaking hyphens of symbols read as hyphens. */
const plain = (text: string) => text.replace(/\s+/g, ' ').replace(/\u2011/g, '-');

async function register(b: Backend, e: Record<string, unknown>): Promise<number> {
  return (await ok(b, 'incoming.register', { receivedVia: 'network', ...e })).entry.id;
}

/** NQ 43 with its central plan, a body's report, a directive issued after the milestone, tasks and a round. */
async function seeded() {
  const b = tempBackend();
  const nq = await registerDirective(b);
  await register(b, {
    arrivalDate: '2023-11-30', issuer: 'Bộ Chính trị', symbol: '21-KH/TW', documentDate: '2023-11-28',
    abstract: 'Kế hoạch thực hiện Nghị quyết số 43-NQ/TW của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII',
  });
  const vanQuanReport = await register(b, {
    arrivalDate: '2024-11-08', issuer: 'Huyện ủy Văn Quan', symbol: '198-BC/HU', documentDate: '2024-11-06',
    abstract: 'Báo cáo sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương',
  });
  // After the milestone (24/11/2024): not part of the sơ kết 01 năm.
  await register(b, {
    arrivalDate: '2025-03-02', issuer: 'Tỉnh ủy Lạng Sơn', symbol: '301-KH/TU', documentDate: '2025-03-01',
    abstract: 'Kế hoạch kiểm tra việc thực hiện Nghị quyết số 43-NQ/TW',
  });
  const bdv = await unitId(b, 'Ban Dân vận Tỉnh ủy');
  const btg = await unitId(b, 'Ban Tuyên giáo Tỉnh ủy');
  const vanQuan = await unitId(b, 'Huyện ủy Văn Quan');
  const caoLoc = await unitId(b, 'Huyện ủy Cao Lộc');
  await ok(b, 'tasks.createMany', {
    directiveId: nq,
    tasks: [
      // Dated and standing, done late: "hoàn thành quá hạn", then the standing follow-up.
      { content: 'Rà soát quy chế dân chủ và tổ chức thực hiện thường xuyên', leadUnitId: bdv, dueDate: '2024-06-30', standing: true, state: 'done', completedDate: '2024-07-20', deadlineText: 'hoàn thành trong quý II/2024 và thực hiện thường xuyên' },
      // Finished late: Ban Tuyên giáo has no task overdue now.
      { content: 'Ban hành hướng dẫn tuyên truyền', leadUnitId: btg, dueDate: '2024-01-31', state: 'done', completedDate: '2024-02-15' },
      // Overdue now.
      { content: 'Sơ kết mô hình dân vận khéo', leadUnitId: bdv, dueDate: '2024-09-30', state: 'in_progress' },
      { content: 'Phát huy vai trò Mặt trận ở cơ sở', leadUnitId: caoLoc, standing: true, deadlineText: 'thực hiện thường xuyên' },
      // Done after the milestone: still in progress on 24/11/2024.
      { content: 'Xây dựng đề án đoàn kết các dân tộc', leadUnitId: btg, dueDate: '2025-06-30', state: 'done', completedDate: '2025-01-10' },
    ],
  });
  const interim = await ok(b, 'rounds.open', { directiveId: nq, title: 'Sơ kết 01 năm', kind: 'interim', deadline: '2024-11-15', unitIds: [vanQuan, caoLoc], groupIds: [] });
  return { b, nq, vanQuanReport, units: { bdv, btg, vanQuan, caoLoc }, interimRoundId: interim.round.id as number };
}

async function reviewText(b: Backend, request: Record<string, unknown>): Promise<{ text: string; placeholders: string[]; summary: string }> {
  const out = await ok(b, 'reports.generate', { report: 'so-ket', format: 'docx', date: REPORT_DATE, ...request });
  return { text: plain(await docxText(Buffer.from(out.contentBase64, 'base64'))), placeholders: out.placeholders, summary: out.summary };
}

describe('báo cáo sơ kết from the register and the tasks', () => {
  it('counts a dated part done late as done late, and shows the standing follow-up apart from the partition', async () => {
    const { b, nq } = await seeded();
    const m = reviewModel(b.services, { directiveId: nq, kind: 'interim', milestone: '01 năm', asOf: REPORT_DATE }, {}, { date: REPORT_DATE });
    const count = (status: string) => m.tasksByStatus.find((s) => s.status === status)!.count;
    expect([count('done'), count('done_late'), count('in_progress'), count('not_started'), count('overdue'), count('standing')]).toEqual([0, 2, 1, 0, 1, 1]);
    expect(m.continuingStanding).toBe(1);
    expect(m.tasks.find((t) => t.content.startsWith('Rà soát'))?.statusLabel).toBe('Hoàn thành quá hạn; tiếp tục thực hiện thường xuyên');
  });

  it('has tables by status and by body that agree, each row adding up to its total', async () => {
    const { b, nq } = await seeded();
    const m = reviewModel(b.services, { directiveId: nq, kind: 'interim', milestone: '01 năm', asOf: REPORT_DATE }, {}, { date: REPORT_DATE });
    const total = m.tasksByStatus.reduce((n, s) => n + s.count, 0);
    expect(total).toBe(m.tasks.length);
    for (const u of m.tasksByUnit) expect(Object.values(u.byStatus).reduce((n, c) => n + c, 0)).toBe(u.total);
    for (const s of m.tasksByStatus) expect(m.tasksByUnit.reduce((n, u) => n + u.byStatus[s.status], 0)).toBe(s.count);
  });

  it('names among the bodies "còn nhiệm vụ quá hạn" only those with a task overdue now', async () => {
    const { b, nq } = await seeded();
    const { text } = await reviewText(b, { directiveId: nq });
    expect(text).toContain('Các đơn vị còn nhiệm vụ quá hạn chưa hoàn thành: Ban Dân vận Tỉnh ủy (1).');
    expect(text).not.toMatch(/còn nhiệm vụ quá hạn[^.]*Ban Tuyên giáo/u);
  });

  it("counts a body's report found in the register as its answer, never as a directive", async () => {
    const { b, nq } = await seeded();
    const m = reviewModel(b.services, { directiveId: nq, kind: 'interim', milestone: '01 năm', asOf: REPORT_DATE }, {}, { date: REPORT_DATE });
    expect(m.roundReports.find((r) => r.unit === 'Huyện ủy Văn Quan')).toMatchObject({ reported: true, documentSymbol: '198-BC/HU' });
    expect(m.implementingDocuments.map((d) => d.symbol)).toEqual(['21-KH/TW']);
    const { text } = await reviewText(b, { directiveId: nq, includeFollowUp: true });
    expect(text).not.toMatch(/198-BC\/HU ngày/u);
    expect(text).toMatch(/Huyện ủy Văn Quan Đã báo cáo 198-BC\/HU/u);
  });

  it('prints the type name once: "Kế hoạch số 21-KH/TW … của Bộ Chính trị về thực hiện Nghị quyết…"', async () => {
    const { b, nq } = await seeded();
    const { text } = await reviewText(b, { directiveId: nq });
    expect(text).toContain('Kế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị về thực hiện Nghị quyết số 43-NQ/TW');
    // In the sentences (the appendix tables put the issuer and "Tên loại và trích yếu" in cells side by side).
    const body = text.slice(0, text.indexOf('Phụ lục 1'));
    expect(body).not.toMatch(/Kế hoạch Kế hoạch|Báo cáo Báo cáo|Bộ Chính trị Kế hoạch/u);
    expect(text).not.toMatch(/Kế hoạch Kế hoạch|Báo cáo Báo cáo/u);
    expect(subjectOf('Công văn', 'V/v báo cáo sơ kết')).toBe('về việc báo cáo sơ kết');
    expect(titleTypeName('Chương trình', 'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW')).toBe('Chương trình hành động');
    expect(subjectOf('Chương trình hành động', 'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW')).toBe('về thực hiện Nghị quyết số 43-NQ/TW');
    expect(titleTypeName('Chương trình', 'Chương trình công tác năm 2024')).toBe('Chương trình');
  });

  it('covers the directive date to the milestone date, and the office may set that date', async () => {
    const { b, nq } = await seeded();
    const oneYear = await reviewText(b, { directiveId: nq });
    expect(oneYear.text).toContain('(từ ngày 24/11/2023 đến ngày 24/11/2024)');
    expect(oneYear.text).not.toContain('301-KH/TU');
    // On 24/11/2024 the task done on 10/01/2025 was still under way.
    expect(oneYear.text).toMatch(/đang thực hiện: 1 nhiệm vụ/u);
    // A body's answer arriving after the milestone but before the report is written counts; none after that.
    await register(b, {
      arrivalDate: '2024-12-01', issuer: 'Huyện ủy Cao Lộc', symbol: '389-BC/HU', documentDate: '2024-11-29',
      abstract: 'Báo cáo sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW',
    });
    const m = (date: string) => reviewModel(b.services, { directiveId: nq, kind: 'interim', milestone: '01 năm', asOf: date }, {}, { date });
    expect(m(REPORT_DATE).roundReports.find((r) => r.unit === 'Huyện ủy Cao Lộc')).toMatchObject({ reported: true, documentSymbol: '389-BC/HU' });
    expect(m('2024-11-30').roundReports.find((r) => r.unit === 'Huyện ủy Cao Lộc')?.reported).toBe(false);
    const later = await reviewText(b, { directiveId: nq, milestoneDate: '2025-03-31', date: '2025-04-05' });
    expect(later.text).toContain('(từ ngày 24/11/2023 đến ngày 31/03/2025)');
    expect(later.text).toContain('301-KH/TU');
  });

  it('names a tổng kết as such, without a made-up milestone, and tables only its own round', async () => {
    const { b, nq, units } = await seeded();
    const { text } = await reviewText(b, { directiveId: nq, kind: 'final', includeFollowUp: true });
    expect(text).toContain('BÁO CÁO Tổng kết thực hiện Nghị quyết số 43-NQ/TW');
    expect(text).not.toContain('Tổng kết 01 năm');
    expect(text).toContain('Chưa có đợt tổng kết nào yêu cầu các đơn vị báo cáo.');
    expect(text).not.toContain('198-BC/HU');
 
    // A round of its own: Văn Quan's sơ kết report is not its tổng kết report.
    await ok(b, 'rounds.open', { directiveId: nq, title: 'Tổng kết', kind: 'final', unitIds: [units.vanQuan], groupIds: [] });
    const own = await reviewText(b, { directiveId: nq, kind: 'final', includeFollowUp: true });
    expect(own.text).toContain('Có 0/1 đơn vị được yêu cầu đã gửi báo cáo tổng kết');
    expect(own.text).toMatch(/Huyện ủy Văn Quan Chưa báo cáo/u);
  });

  it('marks every part a person must write, and the unknown signer, as visible placeholders', async () => {
    const { b, nq } = await seeded();
    const { text, placeholders } = await reviewText(b, { directiveId: nq });
    for (const heading of ['I- CÔNG TÁC LÃNH ĐẠO', 'II- KẾT QUẢ THỰC HIỆN', 'III- HẠN CHẾ', 'IV- BÀI HỌC KINH NGHIỆM', 'V- PHƯƠNG HƯỚNG', 'VI- KIẾN NGHỊ']) {
      expect(text).toContain(heading);
    }
    expect(text.match(/\[Cần viết:/gu)).toHaveLength(8);
    expect(placeholders).toContain('Họ và tên người ký');
    expect(placeholders).toHaveLength(8);
    await ok(b, 'reports.draftSave', { directiveId: nq, milestone: '01 năm', texts: { lessonsText: 'Cấp ủy vào cuộc quyết liệt.' } });
    const sections = await ok(b, 'reports.reviewSections', { directiveId: nq, milestone: '01 năm' });
    expect(sections.filter((s: { written: boolean }) => s.written).map((s: { key: string }) => s.key)).toEqual(['lessons']);
    const after = await reviewText(b, { directiveId: nq, signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Đoàn Thị Hậu' } });
    expect(after.text).toContain('IV- BÀI HỌC KINH NGHIỆM Cấp ủy vào cuộc quyết liệt.');
    expect(after.placeholders).toHaveLength(6);
    expect(after.text).toContain('Đoàn Thị Hậu');
  });

  it('starts the summary line with a capital and uses the Party headings', async () => {
    const { b, nq } = await seeded();
    const { text } = await reviewText(b, { directiveId: nq });
    expect(text).toContain('BÁO CÁO Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023');
    expect(text).toContain('1- Tình hình thực hiện các nhiệm vụ');
    expect(text).not.toMatch(/(^| )(I|II|III|IV|V|VI)\. [A-ZĐ]/u);
  });

  it('keeps the table of who has not reported out of the text sent upward unless asked for', async () => {
    const { b, nq } = await seeded();
    const upward = await reviewText(b, { directiveId: nq });
    expect(upward.text).not.toContain('Chưa báo cáo');
    expect(upward.text).not.toContain('Phụ lục 3');
    const internal = await reviewText(b, { directiveId: nq, includeFollowUp: true });
    expect(internal.text).toMatch(/Huyện ủy Cao Lộc Chưa báo cáo/u);
  });

  it('takes the recipients upward from the settings and another issuing authority from the request', async () => {
    const { b, nq } = await seeded();
    const { text } = await reviewText(b, { directiveId: nq, office: { superiorBody: 'Tỉnh ủy Lạng Sơn', issuingBody: 'Ban Dân vận', issuerCode: 'BDVTU' } });
    expect(text).toContain('Số -BC/BDVTU');
    expect(text).toContain('- Ban Dân vận Trung ương (b/c), - Thường trực Tỉnh ủy (b/c),');
    expect(text).toContain('- Lưu Văn phòng Tỉnh ủy.');
    const long = await b.dispatch('settings.update', { signerName: 'x'.repeat(101) });
    expect(long.ok).toBe(false);
  });
});
