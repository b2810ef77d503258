import type { MethodInput } from '../../../shared/contract';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { call, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, idOption, integerOption, stringOption } from './command';
import { jsonOption } from './jsonOption';

// `vanthu term add`, `vanthu di add | complete | update | void | list`: the outgoing register (sổ văn bản đi, issue 9).

const STATUS_LABEL = { issued: '', reserved: ' [đã lấy số]', void: ' [đã hủy số]' } as const;

export const outgoingCommands: Record<string, CliCommand> = {
  'term add': {
    usage: '  vanthu term add --db FILE --from yyyy-mm-dd [--to yyyy-mm-dd] [--name TÊN]',
    options: { ...DB_OPTION, from: { type: 'string' }, to: { type: 'string' }, name: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const from = stringOption(values.from);
      if (!from) throw new AppError('VALIDATION', 'Thiếu --from yyyy-mm-dd (ngày bắt đầu nhiệm kỳ).');
      const to = stringOption(values.to);
      const name = stringOption(values.name);
      return withBackend(values, async (b) => {
        console.log(JSON.stringify(await call(b, 'terms.add', { from, ...(to ? { to } : {}), ...(name ? { name } : {}) }), null, 2));
        return 0;
      });
    },
  },

  'di add': {
    usage: `  vanthu di add --db FILE --json '{"documentDate":"2024-01-10","typeCode":"BC","issuerCode":"TU","abstract":"…","signer":"…","recipients":["…"]}'`,
    // Here --json carries the entry, as for `den add`; "reserve": true takes a number only.
    options: { ...DB_OPTION, json: { type: 'string' } },
    run: ({ values }) => {
      const input = jsonOption(stringOption(values.json), 'văn bản đi');
      return withBackend(values, async (b) => {
        console.log(JSON.stringify(await call(b, 'outgoing.add', input as MethodInput<'outgoing.add'>), null, 2));
        return 0;
      });
    },
  },

  'di complete': {
    usage: `  vanthu di complete --db FILE --id N --json '{"abstract":"…","signer":"…","recipients":["…"]}'`,
    // A number taken with "reserve": true gets its signed document; --json carries the fields filled in.
    options: { ...DB_OPTION, id: { type: 'string' }, json: { type: 'string' } },
    run: ({ values }) => {
      const id = idOption(values, 'mã của số đã lấy');
      const fields = jsonOption(stringOption(values.json), 'văn bản đã ký') as Record<string, unknown>;
      return withBackend(values, async (b) => {
        console.log(JSON.stringify(await call(b, 'outgoing.complete', { ...fields, id } as MethodInput<'outgoing.complete'>), null, 2));
        return 0;
      });
    },
  },

  'di update': {
    usage: `  vanthu di update --db FILE --id N --json '{"forwardedDate":"2024-01-12","receivedBy":"…","copies":5}'`,
    // An issued document's editable fields (filled after issuing, or a typo); number, symbol and date stay.
    options: { ...DB_OPTION, id: { type: 'string' }, json: { type: 'string' } },
    run: ({ values }) => {
      const id = idOption(values, 'mã của văn bản đi');
      const patch = jsonOption(stringOption(values.json), 'các trường sửa') as Record<string, unknown>;
      return withBackend(values, async (b) => {
        console.log(JSON.stringify(await call(b, 'outgoing.update', { id, patch } as MethodInput<'outgoing.update'>), null, 2));
        return 0;
      });
    },
  },

  'di void': {
    usage: '  vanthu di void --db FILE --id N --reason LÝ_DO',
    options: { ...DB_OPTION, id: { type: 'string' }, reason: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const id = idOption(values, 'mã của văn bản đi');
      const reason = stringOption(values.reason);
      if (!reason) throw new AppError('VALIDATION', 'Thiếu --reason: lý do hủy số.');
      return withBackend(values, async (b) => {
        const entry = await call(b, 'outgoing.void', { id, reason });
        if (values.json) console.log(JSON.stringify(entry, null, 2));
        else console.log(`Đã hủy số ${entry.symbol} (lý do: ${entry.voidReason}). Số này không được cấp lại.`);
        return 0;
      });
    },
  },

  'di list': {
    usage: '  vanthu di list --db FILE [--q TỪ_KHÓA] [--year NĂM] [--json]',
    options: { ...DB_OPTION, q: { type: 'string' }, year: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const q = stringOption(values.q);
      const filter: MethodInput<'outgoing.list'> = {
        ...(q ? { q } : {}),
        ...(values.year !== undefined ? { year: integerOption(values.year, '--year') } : {}),
        limit: 100_000,
      };
      return withBackend(values, async (b) => {
        const result = await call(b, 'outgoing.list', filter);
        if (values.json) console.log(JSON.stringify(result));
        else {
          console.log(`${result.total} văn bản đi`);
          for (const e of result.items) console.log(`${e.symbol.padEnd(16)} ${toDisplayDate(e.documentDate)}  ${e.typeName}: ${e.abstract}${STATUS_LABEL[e.status]}`);
        }
        return 0;
      });
    },
  },
};
