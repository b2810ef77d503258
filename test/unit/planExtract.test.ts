import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTasks, type ExtractedTask } from '../../shared/planExtract';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** unit, section, deadlineText, due, standing of each task: the part every assertion compares. */
const summary = (tasks: ExtractedTask[]) =>
  tasks.map((t) => [t.unit, t.section, t.deadlineText, t.due, t.standing]);

const TX = 'thực hiện thường xuyên';

describe('extractTasks on Kế hoạch 21-KH/TW (Bộ Chính trị)', () => {
  const result = extractTasks(fixture('plan-21-KH-TW.txt'));
  const MTTQ =
    'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Bí thư Trung ương Đoàn Thanh niên ' +
    'Cộng sản Hồ Chí Minh và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở Trung ương';
  const HDLL =
    'Hội đồng Lý luận Trung ương phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh, ' +
    'Viện Hàn lâm Khoa học xã hội Việt Nam';
  const LOCAL = 'Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương';
  const ARMY = 'Quân uỷ Trung ương và Đảng uỷ Công an Trung ương';

  it('reads exactly the 13 tasks of section IV with their bodies and deadlines', () => {
    expect(summary(result.tasks)).toEqual([
      ['Đảng đoàn Quốc hội', 'IV.1', TX, null, true],
      ['Ban cán sự đảng Chính phủ', 'IV.2', 'hoàn thành trong quý I/2024', '2024-03-31', false],
      ['Ban cán sự đảng Chính phủ', 'IV.2', TX, null, true],
      [MTTQ, 'IV.3', TX, null, true],
      [MTTQ, 'IV.3', 'hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên', '2025-12-31', true],
      [MTTQ, 'IV.3', TX, null, true],
      [ARMY, 'IV.4', null, null, false],
      [ARMY, 'IV.4', TX, null, true],
      ['Ban Tuyên giáo Trung ương', 'IV.5', TX, null, true],
      [HDLL, 'IV.6', 'hoàn thành trong năm 2025', '2025-12-31', false],
      ['Ban Dân vận Trung ương', 'IV.7', TX, null, true],
      [LOCAL, 'IV.8', 'hoàn thành trong quý I/2024', '2024-03-31', false],
      [LOCAL, 'IV.8', TX, null, true],
    ]);
  });

  it('lists the 8 bodies in order, joint headings kept whole', () => {
    expect(result.units).toEqual([
      'Đảng đoàn Quốc hội', 'Ban cán sự đảng Chính phủ', MTTQ, ARMY, 'Ban Tuyên giáo Trung ương', HDLL,
      'Ban Dân vận Trung ương', LOCAL,
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('cleans the content: no markdown, no bullet, no deadline bracket, no final full stop', () => {
    expect(result.tasks[1].content).toBe(
      'Chủ trì, phối hợp với các cấp ủy, tổ chức đảng trực thuộc Trung ương chỉ đạo xây dựng Chương trình ' +
        'hành động của Chính phủ triển khai thực hiện Nghị quyết',
    );
    expect(result.tasks[6].content).toBe(
      'Làm tốt công tác dân vận, xây dựng khối đoàn kết giữa lực lượng vũ trang với Nhân dân, góp phần xây ' +
        'dựng thế trận quốc phòng toàn dân, thế trận an ninh nhân dân',
    );
    expect(result.tasks[0].content).toContain('phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" bảo đảm');
    for (const t of result.tasks) {
      expect(t.content).not.toMatch(/[*#()]|\s{2}|^[-+•]|[.;]$/);
    }
  });

  it('joins a paragraph broken by a blank line in the middle of a sentence', () => {
    expect(result.tasks[9].content).toContain('hoàn thiện nền kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế');
    expect(result.tasks[9].content.endsWith('trong giai đoạn mới')).toBe(true);
  });

  it('gives the same result for NFD input', () => {
    expect(extractTasks(fixture('plan-21-KH-TW.txt').normalize('NFD'))).toEqual(result);
  });
});

describe('extractTasks on Kế hoạch 21-KH/TU (Tỉnh ủy Lạng Sơn)', () => {
  const text = fixture('plan-tinh-uy.txt');
  const result = extractTasks(text);
  const BTV = 'Ban Thường vụ Tỉnh ủy';
  const BTG = 'Ban Tuyên giáo Tỉnh ủy';
  const BCS = 'Ban cán sự đảng Ủy ban nhân dân tỉnh';
  const MTTQ = 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh';
  // Wrapped in the source after "Đảng ủy": the heading runs to the margin, so "Công an tỉnh" continues it.
  const LOCAL = 'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy, Đảng ủy Quân sự tỉnh và Đảng ủy Công an tỉnh';

  it('reads the 13 tasks of "III. PHÂN CÔNG NHIỆM VỤ" and nothing of section IV', () => {
    expect(summary(result.tasks)).toEqual([
      [BTV, 'III.1', 'trước ngày 15/01/2024', '2024-01-15', false],
      [BTV, 'III.1', '6 tháng đầu năm 2024', '2024-06-30', false],
      [BTG, 'III.2.1', 'hoàn thành trong tháng 01/2024', '2024-01-31', false],
      [BTG, 'III.2.1', TX, null, true],
      ['Ban Dân vận Tỉnh ủy', 'III.2.2', 'cuối tháng 2/2024 và thực hiện thường xuyên', '2024-02-29', true],
      [BCS, 'III.3', 'Quý I/2024', '2024-03-31', false],
      [BCS, 'III.3', 'hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên', '2025-12-31', true],
      [BCS, 'III.3', null, null, false],
      ['Đảng đoàn Hội đồng nhân dân tỉnh', 'III.4.a', 'Quý IV năm 2024', '2024-12-31', false],
      [MTTQ, 'III.4.b', TX, null, true],
      [MTTQ, 'III.4.b', 'giữa tháng 11/2024', '2024-11-20', false],
      [LOCAL, 'III.5', 'chậm nhất ngày 31/01/2024', '2024-01-31', false],
      [LOCAL, 'III.5', 'theo hướng dẫn của Tỉnh ủy', null, false],
    ]);
  });

  it('lists 7 bodies; group headings ("2. Các ban…", "4. Các cơ quan khác") are not bodies', () => {
    expect(result.units).toEqual([
      BTV, BTG, 'Ban Dân vận Tỉnh ủy', BCS, 'Đảng đoàn Hội đồng nhân dân tỉnh', MTTQ, LOCAL,
    ]);
  });

  it('warns about the fallback section and the deadline it cannot read', () => {
    expect(result.warnings).toEqual([
      'Không thấy mục "NHIỆM VỤ CỤ THỂ"; đã đọc mục "III. PHÂN CÔNG NHIỆM VỤ"',
      'Mục III.5: không hiểu thời hạn "theo hướng dẫn của Tỉnh ủy", cần nhập tay',
    ]);
  });

  it('joins wrapped lines, skips the page number and repairs "ƣ"', () => {
    expect(result.tasks[0].content).toBe('Tổ chức hội nghị quán triệt, triển khai Nghị quyết cho cán bộ chủ chốt toàn tỉnh');
    expect(result.tasks[4].content).toBe(
      'Chủ trì, phối hợp với Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham mưu Ban Thường vụ Tỉnh ủy ' +
        'sơ kết, tổng kết các chủ trương của Đảng về công tác dân vận; theo dõi, đôn đốc việc thực hiện Kế hoạch, ' +
        'định kỳ báo cáo Ban Thường vụ Tỉnh ủy',
    );
    expect(result.tasks[9].content).toBe('Đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, địa bàn khu dân cư');
    expect(result.tasks[10].content).toBe('Chủ trì tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở khu dân cư');
    expect(JSON.stringify(result)).not.toMatch(/[ƣƢ]/);
  });

  it('gives the same result for NFD input and Windows line endings', () => {
    expect(extractTasks(text.normalize('NFD').replace(/\n/g, '\r\n'))).toEqual(result);
  });
});

describe('extractTasks on other layouts', () => {
  it('reads "IV. NHIỆM VỤ CỤ THỂ" with "1)" and "a)" headings and "•", "*", "–" bullets', () => {
    const r = extractTasks([
      'IV. NHIỆM VỤ CỤ THỂ',
      '1) Ban Tổ chức Tỉnh ủy',
      '• Rà soát quy hoạch cán bộ (quý 3/2024).',
      '* Hướng dẫn kiểm điểm cuối năm (cuối năm 2024).',
      '2) Văn phòng Tỉnh ủy',
      'a) Phòng Hành chính - Lưu trữ',
      '– Số hoá hồ sơ lưu trữ năm 2023 (trước ngày 30/6/2024);',
      'V. KINH PHÍ',
      '1) Văn phòng Tỉnh ủy',
      '- Bảo đảm kinh phí (hằng năm).',
    ].join('\n'));
    expect(summary(r.tasks)).toEqual([
      ['Ban Tổ chức Tỉnh ủy', 'IV.1', 'quý 3/2024', '2024-09-30', false],
      ['Ban Tổ chức Tỉnh ủy', 'IV.1', 'cuối năm 2024', '2024-12-31', false],
      ['Phòng Hành chính - Lưu trữ', 'IV.2.a', 'trước ngày 30/6/2024', '2024-06-30', false],
    ]);
    expect(r.tasks.map((t) => t.content)).toEqual([
      'Rà soát quy hoạch cán bộ', 'Hướng dẫn kiểm điểm cuối năm', 'Số hoá hồ sơ lưu trữ năm 2023',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('falls back to "TỔ CHỨC THỰC HIỆN" and takes the body from the sentence', () => {
    const r = extractTasks([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Quán triệt đầy đủ Nghị quyết đến cán bộ, đảng viên (tháng 12/2023).',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn quán triệt',
      'Nghị quyết (quý I/2024).',
      '2. Ủy ban Kiểm tra Huyện ủy: Kiểm tra việc thực hiện Nghị quyết (hằng năm).',
      '3. Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện tổ chức tuyên truyền',
      'trong đoàn viên, hội viên (thực hiện thường xuyên).',
      'Nơi nhận:',
      '- Ban Thường vụ Tỉnh ủy (b/c),',
    ].join('\n'), { ref: '2023-12-20' });
    expect(summary(r.tasks)).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 'II.1', 'quý I/2024', '2024-03-31', false],
      ['Ủy ban Kiểm tra Huyện ủy', 'II.2', 'hằng năm', null, false],
      ['Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện', 'II.3', TX, null, true],
    ]);
    expect(r.tasks[0].content).toBe(
      'Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn quán triệt Nghị quyết',
    );
    expect(r.tasks[1].content).toBe('Kiểm tra việc thực hiện Nghị quyết');
    expect(r.warnings).toEqual([
      'Không thấy mục "NHIỆM VỤ CỤ THỂ"; đã đọc mục "II. TỔ CHỨC THỰC HIỆN"',
      'Mục II.2: không hiểu thời hạn "hằng năm", cần nhập tay',
    ]);
  });

  it('uses ref for deadlines without a year', () => {
    const r = extractTasks('IV- NHIỆM VỤ CỤ THỂ\n1. Ban Dân vận\n- Sơ kết (tháng 6).', { ref: '2024-01-05' });
    expect(summary(r.tasks)).toEqual([['Ban Dân vận', 'IV.1', 'tháng 6', '2024-06-30', false]]);
    expect(extractTasks('IV- NHIỆM VỤ CỤ THỂ\n1. Ban Dân vận\n- Sơ kết (tháng 6).').tasks[0].due).toBeNull();
  });

  it('reads the whole text when no task section exists, and says so', () => {
    const r = extractTasks('1. Văn phòng Huyện ủy\n- Lập danh mục hồ sơ (quý I/2024).');
    expect(summary(r.tasks)).toEqual([['Văn phòng Huyện ủy', '1', 'quý I/2024', '2024-03-31', false]]);
    expect(r.warnings[0]).toContain('đã đọc toàn văn bản');
  });

  it('says when it finds nothing', () => {
    const r = extractTasks('Văn bản không có nhiệm vụ.');
    expect(r.tasks).toEqual([]);
    expect(r.units).toEqual([]);
    expect(r.warnings).toContain('Không tìm thấy nhiệm vụ nào trong văn bản');
  });
});

describe('extractTasks on a plan pasted from a PDF (each line a paragraph, blank lines between)', () => {
  // What a PDF reader gives: every line of the page followed by a blank line, "ƣ" for "ư", "Ð" for "Đ".
  const reflowed = (text: string): string =>
    text.split('\n').join('\n\n').replace(/ư/g, 'ƣ').replace(/Đ/g, '\u00D0');

  for (const name of ['plan-21-KH-TW.txt', 'plan-tinh-uy.txt']) {
    it(`gives the same tasks as the clean text (${name})`, () => {
      const clean = extractTasks(fixture(name));
      const pasted = extractTasks(reflowed(fixture(name)));
      expect(pasted.tasks.length).toBeGreaterThan(10);
      expect(pasted).toEqual(clean);
    });
  }
});
