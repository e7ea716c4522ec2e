import type { CommandSpec, OptionSpec } from './command-spec.ts';
import { COMMANDS, GLOBAL_OPTIONS } from './command-table.ts';

/** `tc --help`. */
export function renderHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'tc: Technician Commitment action plans to one canonical, validated Plan model.',
    '',
    'Usage: tc <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run `tc <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** `tc <command> --help`. */
export function renderCommandHelp(command: CommandSpec): string {
  return [
    `Usage: ${usageLine(command)}`,
    '',
    command.summary,
    '',
    ...wrap(command.description.replaceAll('`', ''), 78),
    '',
    'Options:',
    ...optionLines([...command.options, GLOBAL_OPTIONS[0]!]),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** `tc parse [options] FILE|-`. */
export function usageLine(command: CommandSpec): string {
  return ['tc', command.name, command.options.length > 0 ? '[options]' : '', command.args].filter(Boolean).join(' ');
}

/** `--out DIR`, `-h, --help`. */
export function optionSignature(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => optionSignature(o).length));
  return options.map((o) => {
    const extra = [o.required ? 'required' : '', o.default ? `default: ${o.default}` : ''].filter(Boolean).join('; ');
    return `  ${optionSignature(o).padEnd(width)}  ${o.description.replaceAll('`', '')}${extra ? ` (${extra})` : ''}`;
  });
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
