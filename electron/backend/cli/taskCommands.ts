import fs from 'node:fs';
import path from 'node:path';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { call, withMemoryBackend } from './cliBackend';
import { type CliCommand, JSON_FLAG, stringOption } from './command';
import { refOption } from './parseCommands';

// `vanthu tasks extract`: the tasks a plan assigns, read by the same method as the task screen.

const READABLE = ['.txt', '.md', '.docx'];

export const taskCommands: Record<string, CliCommand> = {
  'tasks extract': {
    usage: '  vanthu tasks extract --file KE_HOACH.txt|.docx [--ref yyyy-mm-dd] [--json]',
    options: { file: { type: 'string' }, ref: { type: 'string' }, ...JSON_FLAG },
    run: async ({ values }) => {
      const file = stringOption(values.file);
      const plan = readPlanFile(file);
      const ref = refOption(values);
      const result = await withMemoryBackend((b) => call(b, 'tasks.extract', { ...plan, ...(ref ? { ref } : {}) }));
      if (result.tasks.length === 0) {
        throw new AppError('VALIDATION', `Không tìm thấy nhiệm vụ nào trong "${path.basename(file!)}". ${result.warnings.join('; ')}`);
      }
      const tasks = result.tasks.map((t) => ({
        unit: t.unitText, section: t.section || null, content: t.content, deadlineText: t.deadlineText || null, due: t.due, standing: t.standing,
      }));
      if (values.json) console.log(JSON.stringify({ tasks }));
      else {
        console.log(`${tasks.length} nhiệm vụ, ${result.units.length} đơn vị:`);
        for (const t of tasks) {
          const due = t.due ? toDisplayDate(t.due) : t.standing ? 'thường xuyên' : '—';
          console.log(`${(t.section ?? '').padEnd(8)} ${t.unit.slice(0, 40).padEnd(40)} ${due.padEnd(12)} ${t.content.slice(0, 80)}`);
        }
      }
      for (const w of result.warnings) console.error(`Cảnh báo: ${w}`);
      return 0;
    },
  },
};

/** The plan as the contract method takes it: a text, or a Word file's bytes. */
function readPlanFile(file: string | undefined): { text: string } | { docxBase64: string } {
  if (!file) throw new AppError('VALIDATION', 'Thiếu --file TỆP_KẾ_HOẠCH (.txt hoặc .docx).');
  const ext = path.extname(file).toLowerCase();
  if (!READABLE.includes(ext)) {
    throw new AppError('VALIDATION', `Chỉ đọc được tệp .txt hoặc .docx, không đọc được "${path.basename(file)}".`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `Không mở được tệp "${file}".`);
  }
  return ext === '.docx' ? { docxBase64: bytes.toString('base64') } : { text: bytes.toString('utf8') };
}
