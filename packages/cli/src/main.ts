import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TcError, isTcError } from '@tc/model';
import type { CommandContext, CommandSpec } from './command-spec.ts';
import { COMMANDS, GLOBAL_OPTIONS } from './command-table.ts';
import type { Io } from './io.ts';
import { renderCommandHelp, renderHelp } from './usage.ts';
import { toolVersion } from './version.ts';

const EXIT_ERROR = 1;
const EXIT_USAGE = 64;
const EXIT_INTERNAL = 70;

/** Runs `tc` with the given arguments; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(renderHelp());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(renderHelp());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) throw new TcError('TC_USAGE', `Unknown command "${first}"; run tc --help for the list.`);
  const { values, positionals } = parseCommandArgs(command, rest);
  if (values.help === true) {
    io.stdout.write(renderCommandHelp(command));
    return 0;
  }
  if (values.version === true) {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  checkArity(command, positionals, values);
  const module = await command.load();
  return await module.run({ values: values as CommandContext['values'], positionals, io });
}

function parseCommandArgs(command: CommandSpec, args: string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of [...command.options, ...GLOBAL_OPTIONS]) {
    options[option.name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new TcError('TC_USAGE', `${(error as Error).message.split('\n')[0]} (tc ${command.name} --help lists the options)`, { cause: error });
  }
}

function checkArity(command: CommandSpec, positionals: string[], values: Record<string, unknown>): void {
  if (positionals.length < command.minArgs) {
    throw new TcError('TC_USAGE', `tc ${command.name} needs ${command.args}; run tc ${command.name} --help.`);
  }
  if (positionals.length > command.maxArgs) {
    throw new TcError('TC_USAGE', `tc ${command.name} takes at most ${command.maxArgs} argument(s); got ${positionals.length}.`);
  }
  for (const option of command.options) {
    if (option.required && values[option.name] === undefined) {
      throw new TcError('TC_USAGE', `tc ${command.name} needs --${option.name} ${option.value ?? ''}`.trimEnd() + '.');
    }
  }
}

function report(error: unknown, io: Io): number {
  if (isTcError(error)) {
    io.stderr.write(`tc: ${error.code}: ${oneLine(error.message)}\n`);
    return error.code === 'TC_USAGE' ? EXIT_USAGE : EXIT_ERROR;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`tc: internal error: ${oneLine(message)}\n`);
  if (io.env.TC_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

function oneLine(text: string): string {
  return text.replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
}
