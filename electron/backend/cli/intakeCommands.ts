import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { proposedEntry } from '../../../shared/documentReader/proposedEntry';
import { AppError } from '../../../shared/errors';
import { todayIso } from '../services/clock';
import { call, withBackend } from './cliBackend';
import { writeFileAtomic } from '../reports';
import { type CliCommand, DB_OPTION, JSON_FLAG, type OptionValues, idOption, integerOption, stringOption } from './command';
import { withTypeCodes } from './parseCommands';

// `vanthu read` (the fields read from a received file) and the file form of `vanthu den add`.

const LABELS: Record<string, string> = {
  issuer: 'Cơ quan ban hành', superiorBody: 'Cơ quan cấp trên', symbol: 'Số, ký hiệu', documentDate: 'Ngày văn bản',
  placeName: 'Địa danh', typeCode: 'Mã loại', typeName: 'Tên loại', abstract: 'Trích yếu', secrecy: 'Độ mật',
  urgency: 'Độ khẩn', signerAuthority: 'Thẩm quyền ký', signerPosition: 'Chức vụ người ký', signerName: 'Người ký',
  recipients: 'Nơi nhận', arrivalNumber: 'Số đến (dấu đến)', arrivalDate: 'Ngày đến (dấu đến)',
  signedBy: 'Chữ ký số của', signedAt: 'Thời điểm ký số',
};

export const intakeCommands: Record<string, CliCommand> = {
  read: {
    usage: '  vanthu read --file VĂN_BẢN.pdf|.docx|.png [--json] [--db FILE]',
    options: { file: { type: 'string' }, ...DB_OPTION, ...JSON_FLAG },
    run: async ({ values }) => {
      const file = readInputFile(values);
      return withTypeCodes(values, async (b) => {
        const reading = await call(b, 'intake.read', file);
        if (values.json === true) console.log(JSON.stringify(reading, null, 2));
        else printReading(reading);
        return 0;
      });
    },
  },

  'den stamp': {
    usage: '  vanthu den stamp --db FILE --id N --out VĂN_BẢN_ĐÃ_ĐÓNG_DẤU.pdf',
    options: { ...DB_OPTION, id: { type: 'string' }, out: { type: 'string' } },
    run: ({ values }) => {
      const id = idOption(values, 'mã của văn bản đến');
      const out = stringOption(values.out);
      if (!out) throw new AppError('VALIDATION', 'Thiếu --out TỆP.pdf: tệp văn bản đã đóng dấu đến.');
      if (path.extname(out).toLowerCase() !== '.pdf') throw new AppError('VALIDATION', `Tệp kết quả phải là .pdf, không phải "${path.basename(out)}".`);
      return withBackend(values, async (b) => {
        const stamped = await call(b, 'incoming.stamp', { id, attach: true });
        const target = path.resolve(out);
        await writeFileAtomic(target, Buffer.from(stamped.contentBase64, 'base64'));
        console.log(JSON.stringify({ out: target, pages: stamped.pages, attachment: stamped.attachment }));
        return 0;
      });
    },
  },

  // Offices that attached files before texts were kept, or attached scans by hand, read them here: one JSON line
  // per file; with --all a file that cannot be read (a spreadsheet) is named on stderr and the others go on.
  'den read-text': {
    usage: '  vanthu den read-text --db FILE (--attachment N | --all)   (đọc chữ trong tệp đính kèm: lớp chữ, hoặc OCR nếu là ảnh quét)',
    options: { ...DB_OPTION, attachment: { type: 'string' }, all: { type: 'boolean' } },
    run: ({ values }) => {
      const all = values.all === true;
      if ((values.attachment === undefined) === !all) {
        throw new AppError('VALIDATION', 'Cần đúng một trong hai: --attachment N (mã tệp đính kèm) hoặc --all (mọi tệp chưa có chữ).');
      }
      const single = all ? null : integerOption(values.attachment, '--attachment');
      return withBackend(values, async (b) => {
        const ids = single === null ? (await call(b, 'attachments.withoutText', {})).map((a) => a.id) : [single];
        let skipped = 0;
        for (const id of ids) {
          try {
            const read = await call(b, 'attachments.readText', { id });
            console.log(JSON.stringify({ id, fileName: read.fileName, textSource: read.textSource }));
          } catch (err) {
            if (!all || !(err instanceof AppError)) throw err;
            skipped++;
            console.error(`Bỏ qua tệp đính kèm ${id}: ${err.message}`);
          }
        }
        if (all) console.error(`Đã đọc ${ids.length - skipped} tệp, bỏ qua ${skipped} tệp.`);
        return 0;
      });
    },
  },
};

/** `vanthu den add --file`: the fields read from the file, overridden by --json, registered with the file attached. */
export async function addFromFile(values: OptionValues, overrides: Record<string, unknown>): Promise<number> {
  const file = readInputFile(values);
  return withBackend(values, async (b) => {
    const reading = await call(b, 'intake.read', file);
    const entry = { ...proposedEntry(reading, todayIso()), ...overrides } as MethodInput<'intake.register'>['entry'];
    const { entry: saved, warnings, attachment, stamped } = await call(b, 'intake.register', { ...file, entry });
    console.log(JSON.stringify({ ...saved, attachment, stamped, warnings }, null, 2));
    for (const w of warnings) console.error(`Cảnh báo: ${w}`);
    return 0;
  });
}

function readInputFile(values: OptionValues): { fileName: string; contentBase64: string } {
  const file = stringOption(values.file);
  if (!file) throw new AppError('VALIDATION', 'Thiếu --file TỆP (PDF, Word .docx hoặc ảnh).');
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch {
    throw new AppError('VALIDATION', `Không đọc được tệp "${file}" (không có tệp này hoặc không có quyền đọc).`);
  }
  return { fileName: path.basename(file), contentBase64: content.toString('base64') };
}

function printReading(reading: MethodOutput<'intake.read'>): void {
  console.log(`Số trang: ${reading.pages}${reading.ocr ? ' (nhận dạng chữ từ ảnh)' : ''}`);
  for (const [field, label] of Object.entries(LABELS)) {
    const value = reading.fields[field as keyof typeof reading.fields];
    const shown = Array.isArray(value) ? (value.length ? value.map((v) => `\n    - ${v}`).join('') : '') : value;
    if (shown === null || shown === '') {
      console.log(`${label}: (không thấy)`);
      continue;
    }
    const sure = Math.round((reading.confidence[field] ?? 0) * 100);
    console.log(`${label}: ${shown}  [${sure}%]`);
  }
}
