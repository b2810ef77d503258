#!/usr/bin/env node
// Entry point of the `vanthu` command: runs the TypeScript CLI through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/backend/cli/main.ts');
const { formatCliError } = await import('../electron/backend/cli/errors.ts');
try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${formatCliError(err)}\n`);
  process.exitCode = 1;
}
