import path from 'node:path';
import type { MethodInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../reports';
import { call, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, idOption, integerOption, stringOption } from './command';
import { jsonOption } from './jsonOption';

// `vanthu sao add | page | cancel | list`: copies (bản sao) of register entries (issue 9).

export const copyCommands: Record<string, CliCommand> = {
  'sao add': {
    usage: `  vanthu sao add --db FILE --json '{"sourceSymbol":"43-NQ/TW","form":"SY","date":"2023-12-04",…}'`,
    // Here --json carries the copy, as for `den add`.
    options: { ...DB_OPTION, json: { type: 'string' } },
    run: ({ values }) => {
      const input = jsonOption(stringOption(values.json), 'bản sao');
      return withBackend(values, async (b) => {
        const copy = await call(b, 'copies.add', input as MethodInput<'copies.add'>);
        console.log(JSON.stringify(copy, null, 2));
        return 0;
      });
    },
  },

  'sao page': {
    usage: '  vanthu sao page --db FILE --id N --out FILE.docx|FILE.pdf',
    options: { ...DB_OPTION, id: { type: 'string' }, out: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const id = idOption(values, 'mã của bản sao');
      const out = stringOption(values.out);
      if (!out) throw new AppError('VALIDATION', 'Thiếu --out: tệp kết quả (.docx: trang sao dạng Word; .pdf: văn bản kèm trang sao để gửi).');
      const ext = path.extname(out).toLowerCase();
      if (ext !== '.docx' && ext !== '.pdf') throw new AppError('VALIDATION', `Tệp kết quả phải là .docx (Word) hoặc .pdf, không phải "${path.basename(out)}".`);
      return withBackend(values, async (b) => {
        const file = await call(b, 'copies.page', { id, format: ext === '.pdf' ? 'pdf' : 'docx' });
        const target = path.resolve(out);
        await writeFileAtomic(target, Buffer.from(file.contentBase64, 'base64'));
        console.log(JSON.stringify({ out: target, format: file.format, pages: file.pages }));
        return 0;
      });
    },
  },

  'sao cancel': {
    usage: '  vanthu sao cancel --db FILE --id N --reason LÝ_DO',
    options: { ...DB_OPTION, id: { type: 'string' }, reason: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const id = idOption(values, 'mã của bản sao');
      const reason = stringOption(values.reason);
      if (!reason) throw new AppError('VALIDATION', 'Thiếu --reason: lý do hủy bản sao.');
      return withBackend(values, async (b) => {
        const copy = await call(b, 'copies.cancel', { id, reason });
        if (values.json) console.log(JSON.stringify(copy, null, 2));
        else console.log(`Đã hủy bản sao ${copy.symbol} (lý do: ${copy.cancelReason}). Bản sao vẫn ở trong sổ; số này không được cấp lại.`);
        return 0;
      });
    },
  },

  'sao list': {
    usage: '  vanthu sao list --db FILE [--q TỪ_KHÓA] [--year NĂM] [--source-id N] [--json]',
    options: { ...DB_OPTION, q: { type: 'string' }, year: { type: 'string' }, 'source-id': { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const q = stringOption(values.q);
      const filter: MethodInput<'copies.list'> = {
        ...(q ? { q } : {}),
        ...(values.year !== undefined ? { year: integerOption(values.year, '--year') } : {}),
        ...(values['source-id'] !== undefined ? { sourceId: integerOption(values['source-id'], '--source-id') } : {}),
        limit: 1000,
      };
      return withBackend(values, async (b) => {
        const result = await call(b, 'copies.list', filter);
        if (values.json) console.log(JSON.stringify(result));
        else {
          console.log(`${result.total} bản sao`);
          for (const c of result.items) console.log(`${c.symbol.padEnd(16)} ${c.date.split('-').reverse().join('/')}  ${c.formName} ${c.sourceSymbol}  (${c.printedRecipients.length} nơi nhận)${c.cancelled ? ` [đã hủy: ${c.cancelReason}]` : ''}`);
        }
        return 0;
      });
    },
  },
};
