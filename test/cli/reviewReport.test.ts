import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_SECTIONS } from '../../shared/reviewSections';
import { docxText } from '../reports/docxFixtures';
import { vanthu } from '../helpers/cli';
import { NQ43, tempDir } from '../helpers/tempBackend';

/** A register holding 43-NQ/TW, made through the CLI. */
function register(): { db: string; dir: string } {
  const dir = tempDir();
  const db = path.join(dir, 'v.db');
  expect(vanthu('init', '--db', db).code).toBe(0);
  expect(vanthu('den', 'add', '--db', db, '--json', JSON.stringify(NQ43)).code).toBe(0);
  return { db, dir };
}

const plain = (text: string) => text.replace(/\s+/g, ' ');

describe('vanthu report so-ket: the parts a person writes', () => {
  it('--list-sections prints every key with its meaning, without a register', () => {
    const r = vanthu('report', 'so-ket', '--list-sections');
    expect(r.code, r.stderr).toBe(0);
    for (const s of REVIEW_SECTIONS) expect(r.stdout).toContain(`${s.key}`);
    expect(r.stdout).toContain('Bài học kinh nghiệm');
    const json = vanthu('report', 'so-ket', '--list-sections', '--json');
    expect(json.json().map((s: { key: string }) => s.key)).toEqual(REVIEW_SECTIONS.map((s) => s.key));
  });

  it('warns on stderr, one line per part still a placeholder, and fills the parts given with --texts', async () => {
    const { db, dir } = register();
    const out = path.join(dir, 'so-ket.docx');
    const bare = vanthu('report', 'so-ket', '--db', db, '--directive', '43-NQ/TW', '--out', out);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr.trim().split('\n')).toHaveLength(REVIEW_SECTIONS.length + 1);
    expect(bare.stderr).toContain('Cảnh báo: phần "IV- Bài học kinh nghiệm" chưa viết');

    const texts = path.join(dir, 'texts.json');
    fs.writeFileSync(texts, JSON.stringify({ lessons: 'Cấp ủy vào cuộc quyết liệt.\nPhát huy vai trò Mặt trận.', proposals: 'Đề nghị tập huấn.' }));
    const filled = vanthu('report', 'so-ket', '--db', db, '--directive', '43-NQ/TW', '--texts', texts, '--milestone-date', '2024-12-31', '--out', out);
    expect(filled.code, filled.stderr).toBe(0);
    expect(filled.stderr).not.toContain('Bài học kinh nghiệm');
    expect(filled.stderr).not.toContain('Kiến nghị, đề xuất');
    expect(filled.stderr).toContain('Đoạn mở đầu');
    const text = plain(await docxText(fs.readFileSync(out)));
    expect(text).toContain('IV- BÀI HỌC KINH NGHIỆM Cấp ủy vào cuộc quyết liệt. Phát huy vai trò Mặt trận.');
    expect(text).toContain('(từ ngày 24/11/2023 đến ngày 31/12/2024)');
  });

  it('--issuing-body, --superior-body and --issuer-code choose who issues the report instead of the settings', async () => {
    const { db, dir } = register();
    const out = path.join(dir, 'so-ket-tu.docx');
    const r = vanthu('report', 'so-ket', '--db', db, '--directive', '43-NQ/TW', '--superior-body', 'ĐẢNG BỘ TỈNH LẠNG SƠN',
      '--issuing-body', 'TỈNH ỦY', '--issuer-code', 'TU', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const text = plain(await docxText(fs.readFileSync(out)));
    expect(text).toContain('ĐẢNG BỘ TỈNH LẠNG SƠN');
    expect(text).toMatch(/Số\s*-BC\/TU/);
    expect(text).not.toContain('-BC/VPTU');
  });

  it('refuses a texts file with an unknown key, and writes nothing', () => {
    const { db, dir } = register();
    const out = path.join(dir, 'so-ket.docx');
    const texts = path.join(dir, 'texts.json');
    fs.writeFileSync(texts, JSON.stringify({ ketqua: 'Tốt.' }));
    const r = vanthu('report', 'so-ket', '--db', db, '--directive', '43-NQ/TW', '--texts', texts, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('khóa "ketqua" không dùng được');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('--final without --milestone is a tổng kết of the whole term, not "Tổng kết 01 năm"', async () => {
    const { db, dir } = register();
    const out = path.join(dir, 'tong-ket.docx');
    const r = vanthu('report', 'so-ket', '--db', db, '--directive', '43-NQ/TW', '--final', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const text = plain(await docxText(fs.readFileSync(out)));
    expect(text).toContain('BÁO CÁO Tổng kết thực hiện Nghị quyết số 43-NQ/TW');
    expect(text).not.toContain('Tổng kết 01 năm');
  });
});
