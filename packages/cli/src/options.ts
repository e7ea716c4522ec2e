import { TcError, SourceFormat } from '@tc/model';
import type { ParseOptions } from '@tc/parse';
import type { CommandContext } from './command-spec.ts';

/** A positive whole number option, or its default. */
export function intOption(context: CommandContext, name: string, fallback: number): number {
  const raw = context.values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1) {
    throw new TcError('TC_USAGE', `--${name} takes a whole number above 0, not "${String(raw)}".`);
  }
  return value;
}

/** The parsePlan options shared by the commands that parse. */
export function parseOptions(context: CommandContext): ParseOptions {
  const options: ParseOptions = { classify: context.values['no-classify'] !== true };
  const format = context.values.format;
  if (typeof format === 'string') {
    const parsed = SourceFormat.safeParse(format);
    if (!parsed.success) throw new TcError('TC_USAGE', `--format takes ${SourceFormat.options.join(', ')}, not "${format}".`);
    options.format = parsed.data;
  }
  if (typeof context.values.password === 'string') options.password = context.values.password;
  if (context.values.timeout !== undefined) options.timeoutMs = intOption(context, 'timeout', 0);
  if (context.values['max-pages'] !== undefined) options.maxPages = intOption(context, 'max-pages', 0);
  return options;
}
