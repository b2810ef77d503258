import { AppError } from '../../../shared/errors';
import { type CliCommand, readCommandArgs } from './command';
import { entryCommands } from './entryCommands';
import { parseCommands } from './parseCommands';
import { reportCommands } from './reportCommands';
import { safetyCommands } from './safetyCommands';
import { taskCommands } from './taskCommands';
import { copyCommands } from './copyCommands';
import { settingsCommands } from './settingsCommands';
import { intakeCommands } from './intakeCommands';
import { outgoingCommands } from './outgoingCommands';
import { importCommands } from './importCommands';

// `vanthu`: the command-line face of the same services. Exit code 0 on success; on bad input a
// Vietnamese message on stderr, exit code 1, nothing written.

/**
 * Every command, by its name ("den list"). Adding a command is one entry here or in one of these
 * tables: its usage line, its options and what it runs.
 */
export const COMMANDS: Record<string, CliCommand> = {
  ...entryCommands,
  ...parseCommands,
  ...taskCommands,
  ...reportCommands,
  ...safetyCommands,
  ...copyCommands,
  ...settingsCommands,
  ...intakeCommands,
  ...outgoingCommands,
  ...importCommands,
};

function usage(): string {
  return `Cách dùng:\n${Object.values(COMMANDS).map((c) => c.usage).join('\n')}`;
}

/** The command named by the first one or two words: "init", "den list", "report so-ket". */
function findCommand(argv: string[]): { name: string; command: CliCommand; rest: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    if (argv.slice(0, words).some((w) => w.startsWith('-'))) continue;
    if (Object.prototype.hasOwnProperty.call(COMMANDS, name)) return { name, command: COMMANDS[name], rest: argv.slice(words) };
  }
  return undefined;
}

export async function runCli(argv: string[]): Promise<number> {
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const found = findCommand(argv);
  if (!found) {
    if (wantsHelp || argv.length === 0) {
      console.log(usage());
      return wantsHelp ? 0 : 1;
    }
    const words = argv.filter((a) => !a.startsWith('-')).slice(0, 2).join(' ');
    throw new AppError('VALIDATION', `Lệnh không hợp lệ: "${words}".\n${usage()}`);
  }
  if (wantsHelp) {
    console.log(`Cách dùng:\n${found.command.usage}`);
    return 0;
  }
  return found.command.run(readCommandArgs(found.name, found.command, found.rest));
}
