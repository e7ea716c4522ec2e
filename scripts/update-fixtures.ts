// Regenerates fixtures/plans/<slug>/expected.json from plan.txt (or plan.md). An explicit step:
// read the diff against the document before committing it. CI never runs this.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@tc/parse';

const root = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));
const only = process.argv.slice(2);
for (const slug of (await readdir(root)).sort()) {
  if (only.length > 0 && !only.includes(slug)) continue;
  const name = ['plan.txt', 'plan.md'].find((f) => existsSync(join(root, slug, f)));
  if (!name) continue;
  const { plan } = await parsePlan(await readFile(join(root, slug, name)), { name });
  await writeFile(join(root, slug, 'expected.json'), `${JSON.stringify(plan, null, 2)}\n`);
  process.stdout.write(`${slug}: ${plan.actions.length} actions (${plan.layout}) → expected.json\n`);
}
