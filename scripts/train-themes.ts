// `pnpm train:themes`: trains the theme classifier on the themes the real plans state and writes
// packages/themes/src/model.json. `--check` compares instead of writing (exit 1 if it would change);
// `--plans DIR` reads <DIR>/<slug>/expected.json instead of fixtures/plans.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseModel, trainSelectedModel } from '../packages/themes/src/training/fit-model.ts';
import { readTrainingExamples } from '../packages/themes/src/training/read-plans.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, plans: { type: 'string' }, out: { type: 'string' } } });
const plansDir = values.plans ?? `${root}fixtures/plans`;
const outPath = values.out ?? `${root}packages/themes/src/model.json`;

const examples = await readTrainingExamples(plansDir);
const text = serialiseModel(trainSelectedModel(examples));
if (values.check) {
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write(`${outPath} is not what training produces; run pnpm train:themes\n`);
    process.exit(1);
  }
  process.stdout.write(`${outPath} is up to date (${examples.length} actions)\n`);
} else {
  await writeFile(outPath, text);
  process.stdout.write(`wrote ${outPath}: ${examples.length} actions, ${text.length} bytes\n`);
}
