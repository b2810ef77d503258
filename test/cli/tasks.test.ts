import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { vanthu } from '../helpers/cli';
import { fixture } from '../helpers/tasks';
import { tempDir } from '../helpers/tempBackend';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

describe('vanthu parse deadline', () => {
  it('prints exactly due, standing and text, in that order', () => {
    const r = vanthu('parse', 'deadline', 'hoàn thành trong quý I/2024');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('{"due":"2024-03-31","standing":false,"text":"hoàn thành trong quý I/2024"}\n');
    expect(vanthu('parse', 'deadline', 'thực hiện thường xuyên').json()).toEqual({ due: null, standing: true, text: 'thực hiện thường xuyên' });
    expect(vanthu('parse', 'deadline', 'hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên').json())
      .toEqual({ due: '2023-12-31', standing: true, text: 'hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên' });
  });

  it('takes the year from --ref and explains with --verbose', () => {
    const r = vanthu('parse', 'deadline', 'đầu tháng 12', '--ref', '2023-11-28', '--verbose');
    expect(r.json()).toEqual({
      due: '2023-12-10', standing: false, text: 'đầu tháng 12', recognized: true,
      explanation: 'Hạn: 10/12/2023 (đầu tháng 12/2023, tính là 10 ngày đầu tháng; năm lấy theo ngày văn bản)',
    });
  });

  it('keeps an unreadable phrase as text with a warning, and refuses bad input with exit 1', () => {
    const unread = vanthu('parse', 'deadline', 'theo hướng dẫn của Tỉnh ủy');
    expect(unread.code).toBe(0);
    expect(unread.json()).toEqual({ due: null, standing: false, text: 'theo hướng dẫn của Tỉnh ủy' });
    expect(unread.stderr).toContain('cần nhập tay');
    const missing = vanthu('parse', 'deadline');
    expect([missing.code, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toMatch(/^Lỗi: Thiếu cụm từ thời hạn/);
    const badRef = vanthu('parse', 'deadline', 'tháng 12', '--ref', '28/11/2023');
    expect(badRef.code).toBe(1);
    expect(badRef.stderr).toContain('--ref phải là một ngày dạng yyyy-mm-dd');
  });
});

describe('vanthu tasks extract', () => {
  it('prints the 13 tasks of 21-KH/TW as JSON', () => {
    const r = vanthu('tasks', 'extract', '--file', path.join(FIXTURES, 'plan-21-KH-TW.txt'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const { tasks } = r.json();
    expect(Object.keys(r.json())).toEqual(['tasks']);
    expect(tasks).toHaveLength(13);
    expect(tasks[1]).toEqual({
      unit: 'Ban cán sự đảng Chính phủ', section: 'IV.2',
      content: 'Chủ trì, phối hợp với các cấp ủy, tổ chức đảng trực thuộc Trung ương chỉ đạo xây dựng Chương trình hành động của Chính phủ triển khai thực hiện Nghị quyết',
      deadlineText: 'hoàn thành trong quý I/2024', due: '2024-03-31', standing: false,
    });
    expect(new Set(tasks.map((t: { unit: string }) => t.unit)).size).toBe(8);
  });

  it('reads a Word .docx file the same way', async () => {
    const lines = fixture('plan-21-KH-TW.txt').split('\n');
    const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
    const file = path.join(tempDir(), 'ke-hoach.docx');
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    const r = vanthu('tasks', 'extract', '--file', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    const fromText = vanthu('tasks', 'extract', '--file', path.join(FIXTURES, 'plan-21-KH-TW.txt'), '--json').json();
    expect(r.json()).toEqual(fromText);
  });

  it('refuses a missing file, another format or a text without tasks, in Vietnamese, exit 1', () => {
    const dir = tempDir();
    const notPlan = path.join(dir, 'thu.txt');
    fs.writeFileSync(notPlan, 'Kính gửi các đồng chí.\nTrân trọng.');
    const fakeDocx = path.join(dir, 'hong.docx');
    fs.writeFileSync(fakeDocx, 'không phải docx');
    for (const [args, message] of [
      [['--json'], 'Thiếu --file'],
      [['--file', path.join(dir, 'khong-co.txt'), '--json'], 'Không mở được tệp'],
      [['--file', path.join(dir, 'ke-hoach.pdf'), '--json'], 'Chỉ đọc được tệp .txt hoặc .docx'],
      [['--file', notPlan, '--json'], 'Không tìm thấy nhiệm vụ nào'],
      [['--file', fakeDocx, '--json'], 'không phải văn bản Word .docx'],
    ] as const) {
      const r = vanthu('tasks', 'extract', ...args);
      expect(r.code, message).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });
});
