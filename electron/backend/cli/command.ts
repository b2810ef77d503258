import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';

// One `vanthu` command: the options it accepts, the words it takes after its name, and what it does.
// Every command declares its own options, so a mistyped option (--yaer) or a stray word is refused
// instead of being ignored, and a flag such as --json means the same wherever it stands.

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliArgs {
  /** The options given, by name (without dashes). */
  values: OptionValues;
  /** The words after the command's name, at most as many as the command declares. */
  positionals: string[];
}

export interface CliCommand {
  /** The command's line(s) in the usage text. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Names of the words the command takes after its name (e.g. ['KÝ_HIỆU']); more are refused. */
  positionals?: string[];
  run(args: CliArgs): Promise<number> | number;
}

/** --db FILE, for every command that works on a register. */
export const DB_OPTION = { db: { type: 'string' } } as const satisfies Record<string, OptionSpec>;
/** --json as a flag: print JSON instead of a table. */
export const JSON_FLAG = { json: { type: 'boolean' } } as const satisfies Record<string, OptionSpec>;

/** Reads a command's arguments against its own option table; anything it does not declare is refused. */
export function readCommandArgs(name: string, command: CliCommand, args: string[]): CliArgs {
  const { values, positionals, tokens } = parseArgs({ args, options: command.options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(command.options, token.name) ? command.options[token.name] : undefined;
    if (!spec) throw new AppError('VALIDATION', `Lệnh "${name}" không có tùy chọn ${token.rawName}. ${optionsHint(name, command)}`);
    if (seen.has(token.name)) throw new AppError('VALIDATION', `Tùy chọn ${token.rawName} được nhập hai lần.`);
    seen.add(token.name);
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new AppError('VALIDATION', `Tùy chọn ${token.rawName} không nhận giá trị (viết ${token.rawName}, không viết ${token.rawName}=${token.value}).`);
    }
    // "--q --json": the next option was taken as the value; the value of --q is missing.
    const value = token.value;
    if (spec.type === 'string' && (value === undefined || (!token.inlineValue && value.startsWith('--')))) {
      throw new AppError('VALIDATION', `Thiếu giá trị sau ${token.rawName}.`);
    }
  }
  const allowed = command.positionals ?? [];
  if (positionals.length > allowed.length) {
    const stray = positionals.slice(allowed.length).map((p) => `"${p}"`).join(', ');
    throw new AppError('VALIDATION', `Lệnh "${name}" không nhận thêm ${stray}. Cách dùng:\n${command.usage}`);
  }
  return { values: values as OptionValues, positionals };
}

function optionsHint(name: string, command: CliCommand): string {
  const names = Object.keys(command.options).map((o) => `--${o}`);
  return names.length ? `Các tùy chọn của "${name}": ${names.join(', ')}.` : `Lệnh "${name}" không có tùy chọn nào.`;
}

/** The text value of an option, or undefined when it was not given (or given empty). */
export function stringOption(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The record a command acts on (`--id N`): required, a whole number; `what` names it in the message. */
export function idOption(values: OptionValues, what: string): number {
  if (values.id === undefined) throw new AppError('VALIDATION', `Thiếu --id N (${what}).`);
  return integerOption(values.id, '--id');
}

export function integerOption(v: string | boolean | undefined, name: string): number {
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isInteger(n)) throw new AppError('VALIDATION', `${name} phải là số nguyên, không phải "${String(v)}".`);
  return n;
}
