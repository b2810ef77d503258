import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { call, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, stringOption } from './command';

// `vanthu den import`: an old register from Excel or CSV, all rows or none (issue 10).

export const importCommands: Record<string, CliCommand> = {
  'den import': {
    usage: '  vanthu den import --db FILE --file SỔ_CŨ.xlsx|SỔ_CŨ.csv [--dry-run] [--sheet TÊN] [--json]',
    options: { file: { type: 'string' }, 'dry-run': { type: 'boolean' }, sheet: { type: 'string' }, ...DB_OPTION, ...JSON_FLAG },
    run: async ({ values }) => {
      const file = stringOption(values.file);
      if (!file) throw new AppError('VALIDATION', 'Thiếu --file SỔ_CŨ.xlsx hoặc .csv.');
      let content: Buffer;
      try {
        content = fs.readFileSync(file);
      } catch {
        throw new AppError('VALIDATION', `Không đọc được tệp "${file}" (không có tệp này hoặc không có quyền đọc).`);
      }
      const source = { fileName: path.basename(file), contentBase64: content.toString('base64'), sheet: stringOption(values.sheet) };
      return withBackend(values, async (b) => {
        const dryRun = values['dry-run'] === true;
        const result = dryRun
          ? await call(b, 'incoming.importPreview', source).then((p) => ({ imported: 0, refused: p.refused, warnings: p.warnings, accepted: p.accepted }))
          : await call(b, 'incoming.importRun', source).then((r) => ({ ...r, accepted: r.imported }));
        if (values.json === true) console.log(JSON.stringify({ imported: result.imported, refused: result.refused, warnings: result.warnings }, null, 2));
        else {
          for (const r of result.refused) console.log(`Dòng ${r.row}, cột "${r.column}" ("${r.value}"): ${r.reason}`);
          console.log(dryRun
            ? `Chạy thử: ${result.accepted} dòng nhập được, ${result.refused.length} lỗi; chưa ghi gì vào sổ.`
            : result.refused.length ? `Không nhập dòng nào: ${result.refused.length} lỗi phải sửa trước.` : `Đã nhập ${result.imported} văn bản.`);
        }
        for (const w of result.warnings) console.error(`Cảnh báo: ${w}`);
        return result.refused.length && !dryRun ? 1 : 0;
      });
    },
  },
};
