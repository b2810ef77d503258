import type { MethodInput } from '../../../shared/contract';
import { call, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, stringOption } from './command';
import { jsonOption } from './jsonOption';

// `vanthu settings get | set`: the office's identity, signer and numbering (Cài đặt), as JSON.

export const settingsCommands: Record<string, CliCommand> = {
  'settings get': {
    usage: '  vanthu settings get --db FILE',
    // The result is always JSON; --json is accepted like on the list commands.
    options: { ...DB_OPTION, ...JSON_FLAG },
    run: ({ values }) => withBackend(values, async (b) => {
      console.log(JSON.stringify(await call(b, 'settings.get', {}), null, 2));
      return 0;
    }),
  },

  'settings set': {
    usage: `  vanthu settings set --db FILE --json '{"superiorBody":"TỈNH ỦY LẠNG SƠN","issuingBody":"VĂN PHÒNG","issuerCode":"VPTU","placeName":"Lạng Sơn"}'`,
    options: { ...DB_OPTION, json: { type: 'string' } },
    run: ({ values }) => {
      const patch = jsonOption(stringOption(values.json), 'các mục cài đặt');
      return withBackend(values, async (b) => {
        // Checked by the dispatcher: an unknown key or a wrong value is refused and nothing is written.
        console.log(JSON.stringify(await call(b, 'settings.update', patch as MethodInput<'settings.update'>), null, 2));
        return 0;
      });
    },
  },
};
