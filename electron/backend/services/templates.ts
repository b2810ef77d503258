import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { reportLabel } from '../../../shared/reportKinds';
import { checkReportTemplate, defaultTemplate, DEFAULT_TEMPLATES, ReportError, type ReportKind, type TemplateCheck, type TemplateFormat } from '../reports';
import { describeProblems } from '../reports/templateCheck';
import { checkTemplatePackage } from '../reports/templatePackage';
import { nowIso } from './clock';

export interface TemplateInfo { id: string; report: ReportKind; format: TemplateFormat; name: string; builtIn: boolean; addedAt: string | null }

interface Row { id: string; report: ReportKind; format: TemplateFormat; name: string; stored_name: string; sha256: string; added_at: string }

const builtInId = (report: ReportKind, format: TemplateFormat) => `mac-dinh:${report}:${format}`;

/**
 * Report templates: the built-in ones (templates/ in the installation, rebuilt in memory if missing)
 * and those the office imports, copied into the data folder. A template that cannot be filled is refused.
 */
export function createTemplateService(db: Db, dataDir: string, builtInDir: string | undefined) {
  const dir = path.join(dataDir, 'templates');
  const selectAll = db.prepare<[], Row>('SELECT * FROM report_templates ORDER BY added_at');
  const selectOne = db.prepare<[string], Row>('SELECT * FROM report_templates WHERE id = ?');
  const insert = db.prepare('INSERT INTO report_templates (id, report, format, name, stored_name, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM report_templates WHERE id = ?');

  const toInfo = (r: Row): TemplateInfo => ({ id: r.id, report: r.report, format: r.format, name: r.name, builtIn: false, addedAt: r.added_at });
  const builtIns = (): TemplateInfo[] => DEFAULT_TEMPLATES.map((t) => ({
    id: builtInId(t.report, t.format), report: t.report, format: t.format,
    name: `${reportLabel(t.report)} — mẫu mặc định (${t.format === 'docx' ? 'Word' : 'Excel'})`, builtIn: true, addedAt: null,
  }));

  function list(): TemplateInfo[] {
    return [...builtIns(), ...selectAll.all().map(toInfo)];
  }

  function info(id: string): TemplateInfo {
    const found = list().find((t) => t.id === id);
    if (!found) throw new AppError('NOT_FOUND', `Không tìm thấy mẫu báo cáo "${id}".`);
    return found;
  }

  /** The template's bytes: a user template from the data folder, a built-in one from templates/. */
  async function read(id: string): Promise<{ template: TemplateInfo; fileName: string; content: Buffer }> {
    const template = info(id);
    if (template.builtIn) {
      const def = defaultTemplate(template.report, template.format);
      const file = builtInDir ? path.join(builtInDir, def.fileName) : '';
      const content = file && fs.existsSync(file) ? fs.readFileSync(file) : await def.build();
      return { template, fileName: def.fileName, content };
    }
    const row = selectOne.get(id)!;
    const file = path.join(dir, row.stored_name);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Tệp của mẫu "${row.name}" không còn trong thư mục dữ liệu.`);
    const content = fs.readFileSync(file);
    // Also the templates imported before the limits existed: checked before any engine opens them.
    await guarded(() => checkTemplatePackage(content));
    return { template, fileName: row.stored_name, content };
  }

  /** The template to use for a report: the chosen one (it must be of that report and format) or the built-in. */
  async function forReport(report: ReportKind, format: TemplateFormat, id?: string): Promise<Buffer> {
    const chosen = id ? info(id) : info(builtInId(report, format));
    if (chosen.report !== report || chosen.format !== format) {
      throw new AppError('VALIDATION', `Mẫu "${chosen.name}" không dùng cho ${reportLabel(report).toLowerCase()} dạng ${format === 'docx' ? 'Word' : 'Excel'}.`);
    }
    return (await read(chosen.id)).content;
  }

  async function check(id: string): Promise<{ template: TemplateInfo; check: TemplateCheck }> {
    const { template, content } = await read(id);
    return { template, check: await checkTemplate(template.report, template.format, content) };
  }

  async function importTemplate(input: { report: ReportKind; name: string; fileName: string; content: Buffer }) {
    const ext = path.extname(input.fileName).toLowerCase();
    if (ext !== '.docx' && ext !== '.xlsx') throw new AppError('VALIDATION', 'Chỉ nhận mẫu Word (.docx) hoặc Excel (.xlsx).', { fileName: 'Tệp phải là .docx hoặc .xlsx.' });
    const format = ext.slice(1) as TemplateFormat;
    const result = await checkTemplate(input.report, format, input.content);
    if (result.problems.length) {
      throw new AppError('VALIDATION', describeProblems('Mẫu có chỗ đánh dấu sai, chưa dùng được:', result.problems), undefined, { check: result });
    }
    const sha256 = crypto.createHash('sha256').update(input.content).digest('hex');
    const id = `mau:${sha256.slice(0, 16)}`;
    if (selectOne.get(id)) throw new AppError('CONFLICT', 'Mẫu này đã được nhập trước đây.');
    const storedName = `${id.replace(':', '-')}${ext}`;
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, storedName);
    const tmp = `${target}.tmp`;
    fs.writeFileSync(tmp, input.content);
    fs.renameSync(tmp, target);
    try {
      insert.run(id, input.report, format, input.name, storedName, sha256, nowIso());
    } catch (err) {
      fs.rmSync(target, { force: true });
      throw err;
    }
    return { template: info(id), check: result };
  }

  function deleteTemplate(id: string) {
    const template = info(id);
    if (template.builtIn) throw new AppError('FORBIDDEN', 'Không xóa được mẫu mặc định.');
    const row = selectOne.get(id)!;
    remove.run(id);
    fs.rmSync(path.join(dir, row.stored_name), { force: true });
    return { deleted: true as const };
  }

  return { list, read, forReport, check, import: importTemplate, delete: deleteTemplate };
}

/**
 * A template too large to open, or not a Word or Excel package at all, is a clear message, not a crash:
 * the package is checked before the engine parses it, and the answer never quotes the document at length.
 */
async function checkTemplate(report: ReportKind, format: TemplateFormat, content: Buffer): Promise<TemplateCheck> {
  return guarded(async () => {
    await checkTemplatePackage(content);
    const check = await checkReportTemplate(report, format, content);
    return { ...check, problems: check.problems.slice(0, MAX_PROBLEMS).map(shortened) };
  });
}

const MAX_PROBLEMS = 50;
const MAX_PROBLEM_LENGTH = 300;

function shortened(problem: string): string {
  return problem.length > MAX_PROBLEM_LENGTH ? `${problem.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : problem;
}

/**
 * The engines' own errors are English and may carry the document ("Maximum call stack size exceeded",
 * a zip library's message): the clerk reads a Vietnamese message instead; ours pass through, shortened.
 */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof ReportError) throw new AppError('VALIDATION', shortened(err.message));
    throw new AppError('VALIDATION', 'Không đọc được mẫu: tệp Word/Excel này quá phức tạp hoặc bị hỏng. Hãy mở mẫu bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập lại.');
  }
}

export type TemplateService = ReturnType<typeof createTemplateService>;
