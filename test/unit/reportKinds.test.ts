import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportCommands } from '../../electron/backend/cli/reportCommands';
import { DEFAULT_TEMPLATES } from '../../electron/backend/reports';
import { ReportKind, ReportRequest } from '../../shared/contractReports';
import { REPORT_KIND_NAMES, REPORT_KINDS, type ReportKindInfo, type ReportParameter, reportKindOfFileName, reportUsage } from '../../shared/reportKinds';

// shared/reportKinds is the one list of reports: the contract, the command line and the built-in templates
// must agree with it, or a report added in one place is missing in another.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const parametersOf = (kind: keyof typeof REPORT_KINDS): readonly ReportParameter[] => REPORT_KINDS[kind].parameters;

describe('the registry of report kinds', () => {
  it('is the contract’s list of reports, and the contract has a request shape for each', () => {
    expect(ReportKind.options).toEqual(REPORT_KIND_NAMES);
    const shapes = ReportRequest.options.map((o) => o.shape.report.value);
    expect([...shapes].sort()).toEqual([...REPORT_KIND_NAMES].sort());
    // The refusal names every report of the registry.
    expect(ReportKind.safeParse('bao-cao-khac').error?.issues[0].message).toMatch(/^Loại báo cáo chỉ nhận: so-dang-ky, thong-ke, so-ket[,.]/);
    for (const kind of REPORT_KIND_NAMES) expect(ReportKind.safeParse('bao-cao-khac').error?.issues[0].message).toContain(kind);
  });

  it('names only request fields the contract has', () => {
    for (const option of ReportRequest.options) {
      const kind = option.shape.report.value;
      for (const p of parametersOf(kind)) expect(Object.keys(option.shape), `${kind} --${p.option}`).toContain(p.field);
    }
  });

  it('gives the command line its commands, options and usage', () => {
    for (const kind of REPORT_KIND_NAMES) {
      const command = reportCommands[`report ${kind}`];
      expect(command, kind).toBeDefined();
      expect(command.usage).toContain(reportUsage(kind));
      for (const p of parametersOf(kind)) {
        expect(command.options[p.option], `${kind} --${p.option}`).toEqual({ type: p.value ? 'string' : 'boolean' });
        expect(reportUsage(kind)).toContain(p.required ? `--${p.option}` : `[--${p.option}`);
      }
    }
    expect(reportUsage('thong-ke')).toBe('  vanthu report thong-ke   --db FILE --period 2024-Q1|2024-H1|2024-9M|2024|2024-03 --out FILE.docx|.xlsx');
  });

  it('wraps a long usage under its first option, every line within the width', () => {
    const lines = reportUsage('so-ket').split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(118);
    const indent = lines[0].indexOf('--db');
    for (const line of lines.slice(1)) expect(line.search(/\S/)).toBe(indent);
  });

  it('names the built-in template of every report and format, and that file is shipped', () => {
    const expected = REPORT_KIND_NAMES.flatMap((k) => {
      const info: ReportKindInfo = REPORT_KINDS[k];
      return info.formats.map((f) => `${k}:${f}:${info.templates[f]}`);
    });
    expect(DEFAULT_TEMPLATES.map((t) => `${t.report}:${t.format}:${t.fileName}`)).toEqual(expected);
    for (const t of DEFAULT_TEMPLATES) expect(fs.existsSync(path.join(ROOT, 'templates', t.fileName)), t.fileName).toBe(true);
  });

  it('tells the report a template file is for from its name, diacritics and case aside', () => {
    expect(reportKindOfFileName('Thống kê quý I - Văn phòng.docx')).toBe('thong-ke');
    expect(reportKindOfFileName('SƠ KẾT 01 năm NQ43.docx')).toBe('so-ket');
    expect(reportKindOfFileName('tong-ket_43-NQ-TW.xlsx')).toBe('so-ket');
    expect(reportKindOfFileName('Sổ đăng ký đến 2024.xlsx')).toBe('so-dang-ky');
    // The longest name found wins: the copy register's file is not taken for the incoming register.
    expect(reportKindOfFileName('so-dang-ky-ban-sao_2024.docx')).toBe('so-sao');
    expect(reportKindOfFileName('mau-cong-van.docx')).toBeNull();
    expect(reportKindOfFileName('thongke.docx')).toBeNull();
    for (const t of DEFAULT_TEMPLATES) expect(reportKindOfFileName(t.fileName), t.fileName).toBe(t.report);
  });
});
