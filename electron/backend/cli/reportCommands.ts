import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Backend } from '../backend';
import { writeFileAtomic } from '../reports';
import { directiveBySymbol } from '../reportData/review';

// `vanthu report so-dang-ky | thong-ke | so-ket … --out FILE.docx|.xlsx`: the format follows the extension.

export interface ReportFlags {
  report: string;
  out?: string;
  from?: string;
  to?: string;
  period?: string;
  directive?: string;
  milestone?: string;
  kind?: string;
}

export const REPORT_USAGE = `  vanthu report so-dang-ky --db FILE --from yyyy-mm-dd --to yyyy-mm-dd --out FILE.docx|.xlsx
  vanthu report thong-ke  --db FILE --period 2024-Q1|2024-H1|2024-9M|2024|2024-03 --out FILE.docx|.xlsx
  vanthu report so-ket    --db FILE --directive "43-NQ/TW" [--milestone "01 năm"] [--final] --out FILE.docx|.xlsx`;

function formatOf(out: string | undefined): 'docx' | 'xlsx' {
  if (!out) throw new AppError('VALIDATION', 'Thiếu --out: tệp kết quả (.docx hoặc .xlsx).');
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') throw new AppError('VALIDATION', `Tệp kết quả phải là .docx (Word) hoặc .xlsx (Excel), không phải "${path.basename(out)}".`);
  return ext.slice(1) as 'docx' | 'xlsx';
}

function requestOf(backend: Backend, f: ReportFlags, format: 'docx' | 'xlsx'): Record<string, unknown> {
  switch (f.report) {
    case 'so-dang-ky':
      if (!f.from || !f.to) throw new AppError('VALIDATION', 'Sổ đăng ký cần --from và --to (yyyy-mm-dd).');
      return { report: 'so-dang-ky', from: f.from, to: f.to, format };
    case 'thong-ke':
      if (!f.period) throw new AppError('VALIDATION', 'Báo cáo thống kê cần --period (ví dụ 2024-Q1).');
      return { report: 'thong-ke', period: f.period, format };
    case 'so-ket': {
      if (!f.directive) throw new AppError('VALIDATION', 'Báo cáo sơ kết cần --directive (ví dụ "43-NQ/TW").');
      const directive = directiveBySymbol(backend.services, f.directive);
      return { report: 'so-ket', directiveId: directive.id, milestone: f.milestone ?? '01 năm', kind: f.kind ?? 'interim', format };
    }
    default:
      throw new AppError('VALIDATION', `Không có báo cáo "${f.report}". Dùng:\n${REPORT_USAGE}`);
  }
}

/** Writes one report; nothing is left behind when anything fails. */
export async function reportCommand(backend: Backend, f: ReportFlags): Promise<{ out: string; summary: string }> {
  const format = formatOf(f.out);
  const result = await backend.dispatch('reports.generate', requestOf(backend, f, format));
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
  const value = result.value as { contentBase64: string; summary: string };
  const out = path.resolve(f.out!);
  await writeFileAtomic(out, Buffer.from(value.contentBase64, 'base64'));
  return { out, summary: value.summary };
}
