/** Each report rendered from a sample model with the default templates, and read back as a reader would. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { placeholdersFor, type ReportKind } from '../../electron/backend/reports/placeholders';
import { registerBookValues, renderRegisterBook } from '../../electron/backend/reports/renderRegisterBook';
import { renderReview, reviewValues } from '../../electron/backend/reports/renderReview';
import { renderStats, statsValues } from '../../electron/backend/reports/renderStats';
import type { TemplateFormat } from '../../electron/backend/reports/placeholders';
import { REPORT_KINDS, type ReportKindInfo } from '../../shared/reportKinds';
import { expectSoundOoxml } from '../helpers/ooxmlCheck';
import { docxText, partXml } from './docxFixtures';
import { sampleRegisterBook, sampleReview, sampleStats } from './sampleModels';

/** The built-in template of a report, as shared/reportKinds names it. */
const template = (report: ReportKind, format: TemplateFormat) => {
  const info: ReportKindInfo = REPORT_KINDS[report];
  return readFile(join(import.meta.dirname, '../../templates', info.templates[format]!));
};

async function sheets(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

/** Every row of a sheet as the texts of its cells, a merged range's text once, without trailing blanks. */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => {
      const cell = row.getCell(i + 1);
      const value = cell.isMerged && cell.master !== cell ? null : cell.value;
      if (value !== null && typeof value === 'object' && 'formula' in value) return String(value.result); // a total: its sum
      return value === null || value === undefined ? '' : String(value);
    });
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  });
  return rows;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** What every report shows at its top and bottom, from the sample header. */
function expectPartyFrame(text: string): void {
  for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LẠNG SƠN', 'Nơi nhận:', 'PHÓ CHÁNH VĂN PHÒNG', 'Hoàng Văn Minh', '- Lưu VPTU.']) {
    expect(text).toContain(s);
  }
  expect(text).not.toContain('{{');
}

describe('every renderer fills exactly the placeholders its report declares', () => {
  const cases: [ReportKind, string[]][] = [
    ['so-dang-ky', Object.keys(registerBookValues(sampleRegisterBook()))],
    ['thong-ke', Object.keys(statsValues(sampleStats()))],
    ['so-ket', Object.keys(reviewValues(sampleReview()))],
  ];
  it.each(cases)('%s', (report, names) => {
    expect([...names].sort()).toEqual(placeholdersFor(report, 'docx').map((s) => s.name).sort());
  });
});

describe('Sổ đăng ký văn bản đến', () => {
  const model = sampleRegisterBook(3);

  it('as Word: cover facts, the ten columns, every row', async () => {
    // Symbols carry non-breaking hyphens in table cells (they must not break inside): read them as typed.
    const text = flat(await docxText(await renderRegisterBook(model, await template('so-dang-ky', 'docx'), 'docx'))).replace(/\u2011/g, '-');
    for (const s of [
      'TỈNH ỦY LẠNG SƠN',
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Năm 2023',
      'Từ ngày 01/11/2023 đến ngày 31/12/2023',
      'Từ số 11646 đến số 11648',
      'Quyển số: 01',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      '28/11/2023',
      '11646',
      '43-NQ/TW',
      'Nguyễn Thị Lan',
      '45-NQ/TW',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('{{');
  });

  it('as Excel: the cover sheet and the register sheet with its header frozen', async () => {
    const wb = await sheets(await renderRegisterBook(model, await template('so-dang-ky', 'xlsx'), 'xlsx'));
    const cover = sheetRows(wb.getWorksheet('Bìa sổ')!).flat();
    expect(cover).toEqual(expect.arrayContaining(['TỈNH ỦY LẠNG SƠN', 'Năm 2023', 'Từ số 11646 đến số 11648', 'Quyển số: 01']));
    const ws = wb.getWorksheet('Sổ đăng ký')!;
    const rows = sheetRows(ws);
    expect(rows).toContainEqual(['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu nội dung', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toString();
    expect(rows).toContainEqual([day('2023-11-28'), '11646', 'Ban Chấp hành Trung ương', '43-NQ/TW', day('2023-11-24'), model.rows[0]!.typeAndAbstract, 'Ban Dân vận Tỉnh ủy', day('2023-11-29'), 'Nguyễn Thị Lan', 'Văn bản đến qua mạng']);
    expect(ws.getCell('B6').value).toBe(11646);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup.orientation).toBe('landscape');
  });
});

describe('Báo cáo thống kê', () => {
  const model = sampleStats();

  it('as Word: the summary, every figure beside the previous period and a year earlier, handling', async () => {
    const text = flat(await docxText(await renderStats(model, await template('thong-ke', 'docx'), 'docx')));
    expectPartyFrame(text);
    for (const s of [
      'Số 12-BC/VPTU',
      'Lạng Sơn, ngày 05 tháng 4 năm 2024',
      'BÁO CÁO',
      'Thống kê văn bản đến quý I/2024',
      'đã tiếp nhận 1.234 văn bản đến, tăng 34 văn bản (2,8%) so với quý IV/2023',
      'giảm 16 văn bản (1,3%) so với cùng kỳ năm trước (quý I/2023)',
      'Tổng số văn bản đến',
      '1.185',
      '+35',
      '-25',
      'I- Theo loại văn bản',
      'III- Theo độ khẩn',
      '980 văn bản giải quyết đúng hạn (79,4%)',
      'Văn bản đến được đăng ký, chuyển xử lý kịp thời trong ngày.',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('as Excel: the same figures, as numbers', async () => {
    const wb = await sheets(await renderStats(model, await template('thong-ke', 'xlsx'), 'xlsx'));
    const rows = sheetRows(wb.getWorksheet('Thống kê')!);
    expect(rows).toContainEqual(['', 'Tổng số văn bản đến', '1234', '1200', '34', '1250', '-16']);
    expect(rows).toContainEqual(['3', 'Công văn', '1185', '1150', '35', '1210', '-25']);
    expect(rows).toContainEqual(['I- Theo loại văn bản']);
    const handling = sheetRows(wb.getWorksheet('Giải quyết')!);
    expect(handling).toContainEqual(['1', 'Giải quyết đúng hạn', '980', String(980 / 1234), '1001', '1100']);
    expect(handling).toContainEqual(['', 'Tổng số văn bản có hạn giải quyết', '1234', '1', '1200', '1250']);
  });
});

describe('Báo cáo sơ kết, tổng kết', () => {
  const model = sampleReview();
  // Symbols in table cells carry non-breaking hyphens (they must not break inside): read them as typed.
  const plain = (text: string) => flat(text).replace(/\u2011/g, '-');

  it('as Word: the parts of a real review with Party headings, tables and appendices', async () => {
    const text = plain(await docxText(await renderReview(model, await template('so-ket', 'docx'), 'docx')));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    for (const s of [
      'BAN DÂN VẬN',
      'Số 45-BC/BDVTU',
      'Lạng Sơn, ngày 20 tháng 11 năm 2024',
      'BÁO CÁO Sơ kết 01 năm thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023',
      '[Cần viết: đoạn mở đầu',
      '(từ ngày 24/11/2023 đến ngày 24/11/2024) như sau:',
      'I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
      'Ban Thường vụ Tỉnh ủy đã chỉ đạo tổ chức quán triệt',
      '- Kế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị về thực hiện Nghị quyết số 43-NQ/TW;',
      'II- KẾT QUẢ THỰC HIỆN',
      '1- Tình hình thực hiện các nhiệm vụ',
      'Tổng số nhiệm vụ được giao: 14; trong đó: hoàn thành đúng hạn: 4 nhiệm vụ (28,6%)',
      'Trong số nhiệm vụ đã hoàn thành, có 1 nhiệm vụ đã hoàn thành phần việc có thời hạn và tiếp tục thực hiện thường xuyên.',
      'Các đơn vị còn nhiệm vụ quá hạn chưa hoàn thành: Ban Dân vận Tỉnh ủy (1).',
      '2- Kết quả thực hiện theo từng lĩnh vực',
      'Có 1/2 đơn vị được yêu cầu đã gửi báo cáo sơ kết (chi tiết tại Phụ lục 3).',
      'III- HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN',
      'Nguyên nhân: nhận thức chưa đầy đủ.',
      'IV- BÀI HỌC KINH NGHIỆM',
      '[Cần viết: bài học kinh nghiệm',
      'V- PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'VI- KIẾN NGHỊ, ĐỀ XUẤT',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Đoàn Thị Hậu',
      'Phụ lục 1',
      'DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN',
      '(Kèm theo Báo cáo số 45-BC/BDVTU ngày 20/11/2024)',
      '1. Công tác tuyên truyền, quán triệt',
      'Hạn: 31/03/2024',
      'Hoàn thành quá hạn; tiếp tục thực hiện thường xuyên',
      '(15/07/2024)',
      'Phụ lục 2',
      'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW',
      'Phụ lục 3',
      '102-BC/BTGTU',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('{{');
    expect(text).not.toMatch(/\b(I|II|III|IV|V|VI)\. [A-ZĐ]/u);
  });

  it('as Word: the parts still to be written are highlighted in yellow, the written ones are not', async () => {
    const xml = await partXml(await renderReview(model, await template('so-ket', 'docx'), 'docx'));
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]!);
    const highlighted = (text: string) => runs.filter((r) => r.includes(text)).map((r) => r.includes('<w:highlight w:val="yellow"/>'));
    expect(highlighted('[Cần viết: bài học kinh nghiệm')).toEqual([true]);
    expect(highlighted('[Cần viết: đoạn mở đầu')).toEqual([true]);
    expect(highlighted('Tiếp tục tuyên truyền sâu rộng Nghị quyết.')).toEqual([false]);
  });

  it('as Word: the internal follow-up appendix only on request, and the signer never blank', async () => {
    const upward = { ...model, includeFollowUp: false, header: { ...model.header, signer: { ...model.header.signer, name: '' } } };
    const text = plain(await docxText(await renderReview(upward, await template('so-ket', 'docx'), 'docx')));
    expect(text).not.toContain('Phụ lục 3');
    expect(text).not.toContain('Chưa báo cáo');
    expect(text).toContain('Có 1/2 đơn vị được yêu cầu đã gửi báo cáo sơ kết.');
    expect(text).toContain('[Cần viết: họ và tên người ký]');
  });

  it('as Excel: the internal follow-up sheet lists every body of the round when asked, and is left out otherwise', async () => {
    const internal = await renderReview(model, await template('so-ket', 'xlsx'), 'xlsx');
    await expectSoundOoxml(internal, 'xlsx');
    const wb = await sheets(internal);
    const rows = sheetRows(wb.getWorksheet('PL3 - Tình hình báo cáo')!);
    expect(rows[0]![0]).toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
    for (const r of model.roundReports) {
      expect(rows.find((row) => row[1] === r.unit)?.[2], r.unit).toBe(r.reported ? 'Đã báo cáo' : 'Chưa báo cáo');
    }
    const reported = model.roundReports.filter((r) => r.reported).length;
    expect(rows.find((row) => row[1] === 'Tổng số')?.[2]).toBe(`${reported}/${model.roundReports.length} đã báo cáo`);

    const upward = await renderReview({ ...model, includeFollowUp: false }, await template('so-ket', 'xlsx'), 'xlsx');
    expect((await sheets(upward)).worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp', 'PL1 - Nhiệm vụ', 'PL2 - Văn bản triển khai']);
    await expectSoundOoxml(upward, 'xlsx');
  });

  it('as Excel: the summary and the appendices as sheets, totals as formulas, percentages and dates as values', async () => {
    const wb = await sheets(await renderReview(model, await template('so-ket', 'xlsx'), 'xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp', 'PL1 - Nhiệm vụ', 'PL2 - Văn bản triển khai', 'PL3 - Tình hình báo cáo']);
    const summary = sheetRows(wb.getWorksheet('Tổng hợp')!);
    expect(summary.find((r) => r[1] === 'Ban Dân vận Tỉnh ủy')).toEqual(['1', 'Ban Dân vận Tỉnh ủy', '6', '2', '1', '1', '0', '1', '1']);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    const totalRows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => { if (row.getCell(2).value === 'Tổng số') totalRows.push(row); });
    expect(totalRows).toHaveLength(2);
    for (const row of totalRows) expect(row.getCell(3).formula).toMatch(/^SUM\(/);
    const done = [] as ExcelJS.Cell[];
    sheet.eachRow((row) => { if (row.getCell(2).value === 'Hoàn thành đúng hạn') done.push(row.getCell(4)); });
    expect(done[0]!.value).toBeCloseTo(4 / 14);
    expect(done[0]!.numFmt).toContain('%');
    const tasks = wb.getWorksheet('PL1 - Nhiệm vụ')!;
    expect(sheetRows(tasks)).toContainEqual(['2', 'Xây dựng chương trình hành động của Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Hoàn thành trong quý I/2024\nHạn: 31/03/2024', 'Quá hạn, chưa hoàn thành', 'Đang lấy ý kiến các ban']);
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const documents = wb.getWorksheet('PL2 - Văn bản triển khai')!;
    const plan = [] as ExcelJS.Row[];
    documents.eachRow((row) => { if (row.getCell(2).value === '21-KH/TW') plan.push(row); });
    expect(plan[0]!.getCell(5).value).toBe('Kế hoạch thực hiện Nghị quyết số 43-NQ/TW');
    expect(plan[0]!.getCell(3).value).toBeInstanceOf(Date);
  });
});

describe('empty reports', () => {
  const register = { ...sampleRegisterBook(1), rows: [], firstNumber: null, lastNumber: null };
  const stats = { ...sampleStats(), sections: [], narrative: undefined };
  const review = {
    ...sampleReview(),
    implementingDocuments: [],
    tasksByStatus: [],
    continuingStanding: 0,
    tasksByUnit: [],
    tasks: [],
    roundReports: [],
    texts: { opening: '', dissemination: '', results: '', limits: '', lessons: '', directions: '', proposals: '' },
  };

  it.each(['docx', 'xlsx'] as const)('are written as %s, with their headers and no placeholder left', async (format) => {
    const files = [
      await renderRegisterBook(register, await template('so-dang-ky', format), format),
      await renderStats(stats, await template('thong-ke', format), format),
      await renderReview(review, await template('so-ket', format), format),
    ];
    for (const file of files) {
      await expectSoundOoxml(file, format);
      if (format === 'docx') {
        const text = await docxText(file);
        expect(text).not.toContain('{{');
        expect(text).toContain('TỈNH ỦY LẠNG SƠN');
      } else {
        const wb = await sheets(file);
        const all = wb.worksheets.flatMap((ws) => sheetRows(ws).flat()).join('\n');
        expect(all).not.toContain('{{');
        expect(all).not.toContain('VT-ROWS');
      }
    }
  });
});
