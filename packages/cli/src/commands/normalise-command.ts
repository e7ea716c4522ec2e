import { availableParallelism } from 'node:os';
import { DEFAULT_LIMITS } from '@tc/parse';
import type { CommandContext } from '../command-spec.ts';
import { intOption } from '../options.ts';
import { createProgress } from '../normalise/progress.ts';
import { runNormalise } from '../normalise/run-normalise.ts';

/** `tc normalise PATH... --out DIR`. */
export async function run(context: CommandContext): Promise<number> {
  const progress = await createProgress(context.io);
  const summary = await runNormalise(
    {
      paths: context.positionals,
      out: String(context.values.out),
      jobs: intOption(context, 'jobs', availableParallelism()),
      resume: context.values.resume === true,
      timeoutMs: intOption(context, 'timeout', DEFAULT_LIMITS.timeoutMs),
      ...(context.values['max-pages'] === undefined ? {} : { maxPages: intOption(context, 'max-pages', 500) }),
      classify: context.values['no-classify'] !== true,
    },
    progress,
  );
  context.io.stderr.write(
    `tc: ${summary.inputs} inputs: ${summary.ok} ok, ${summary.warning} with warnings, ${summary.error} failed` +
      `${summary.skipped > 0 ? ` (${summary.skipped} unchanged, skipped)` : ''}; ${summary.actions} actions written to ${String(context.values.out)}\n`,
  );
  return summary.error > 0 ? 2 : 0;
}
