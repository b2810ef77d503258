import fs from 'node:fs';
import path from 'node:path';
import { isValidIsoDate, toDisplayDate } from '../../../shared/dates';
import { parseDeadline } from '../../../shared/deadline';
import { AppError } from '../../../shared/errors';
import { extractTasks } from '../../../shared/planExtract';
import { readPlanText } from '../services/planText';

// `vanthu parse deadline` and `vanthu tasks extract`: the parsers of shared/, no database needed.

const READABLE = ['.txt', '.md', '.docx'];

function refFlag(ref: string | undefined): string | undefined {
  if (ref !== undefined && !isValidIsoDate(ref)) {
    throw new AppError('VALIDATION', `--ref phải là một ngày dạng yyyy-mm-dd (ví dụ 2023-11-28), không phải "${ref}".`);
  }
  return ref;
}

/** Prints {"due","standing","text"} in that order; --verbose adds how the phrase was read. */
export function parseDeadlineCommand(phrase: string | undefined, options: { ref?: string; verbose: boolean }): number {
  if (phrase === undefined || phrase.trim() === '') {
    throw new AppError('VALIDATION', 'Thiếu cụm từ thời hạn, ví dụ: vanthu parse deadline "hoàn thành trong quý I/2024".');
  }
  const r = parseDeadline(phrase, refFlag(options.ref));
  const out = options.verbose
    ? { due: r.due, standing: r.standing, text: r.text, recognized: r.recognized, explanation: r.explanation }
    : { due: r.due, standing: r.standing, text: r.text };
  console.log(JSON.stringify(out));
  if (!r.recognized) console.error(`Cảnh báo: ${r.explanation}.`);
  return 0;
}

async function readPlanFile(file: string | undefined): Promise<string> {
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
  return ext === '.docx' ? readPlanText({ docx: bytes }) : readPlanText({ text: bytes.toString('utf8') });
}

/** Prints the tasks a plan assigns; a text with no task in it is refused. */
export async function tasksExtractCommand(options: { file?: string; ref?: string; json: boolean }): Promise<number> {
  const result = extractTasks(await readPlanFile(options.file), { ref: refFlag(options.ref) });
  if (result.tasks.length === 0) {
    throw new AppError('VALIDATION', `Không tìm thấy nhiệm vụ nào trong "${path.basename(options.file!)}". ${result.warnings.join('; ')}`);
  }
  const tasks = result.tasks.map((t) => ({
    unit: t.unit, section: t.section, content: t.content, deadlineText: t.deadlineText, due: t.due, standing: t.standing,
  }));
  if (options.json) console.log(JSON.stringify({ tasks }));
  else {
    console.log(`${tasks.length} nhiệm vụ, ${result.units.length} đơn vị:`);
    for (const t of tasks) {
      const due = t.due ? toDisplayDate(t.due) : t.standing ? 'thường xuyên' : '—';
      console.log(`${(t.section ?? '').padEnd(8)} ${t.unit.slice(0, 40).padEnd(40)} ${due.padEnd(12)} ${t.content.slice(0, 80)}`);
    }
  }
  for (const w of result.warnings) console.error(`Cảnh báo: ${w}`);
  return 0;
}
