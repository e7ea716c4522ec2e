// Writes docs/plan.schema.json from the zod Plan schema; with --check, fails when the file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { planJsonSchema } from '@tc/model';

const target = new URL('../docs/plan.schema.json', import.meta.url);
const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write('docs/plan.schema.json is out of date: run `pnpm schema` and commit it\n');
    process.exit(1);
  }
  process.stdout.write('docs/plan.schema.json is current\n');
} else {
  await writeFile(target, text);
  process.stdout.write('wrote docs/plan.schema.json\n');
}
