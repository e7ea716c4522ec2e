import type { CommandContext } from '../command-spec.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { readAll } from '../io.ts';
import { parseOptions } from '../options.ts';

/** `tc parse FILE|-`. */
export async function run(context: CommandContext): Promise<number> {
  const [file = '-'] = context.positionals;
  const options = parseOptions(context);
  const { plan, diagnostics } =
    file === '-'
      ? await (await import('@tc/parse/node')).parsePlanInWorker(await readAll(context.io.stdin), { ...options, name: 'stdin' }, true)
      : await (await import('@tc/parse/node')).parsePlanFile(file, options);
  for (const diagnostic of diagnostics) context.io.stderr.write(`${formatDiagnostic(file === '-' ? 'stdin' : file, diagnostic)}\n`);
  context.io.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  return 0;
}
