import { planJsonSchema } from '@tc/model';
import type { CommandContext } from '../command-spec.ts';

/** `tc schema`. */
export async function run(context: CommandContext): Promise<number> {
  context.io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return 0;
}
