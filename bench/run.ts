// `pnpm bench`: runs every bench/*.bench.ts in turn and prints one table per suite.
// A suite exports `name` and `run()`, returning rows of figures; timings live here, never in tests.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import os from 'node:os';

export interface BenchSuite {
  name: string;
  run(): Promise<Array<Record<string, string | number>>>;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();

process.stdout.write(`# tc benchmarks\nnode ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`);
for (const file of files) {
  const suite = (await import(pathToFileURL(join(dir, file)).href)) as BenchSuite;
  if (only.length > 0 && !only.some((o) => file.includes(o) || suite.name.includes(o))) continue;
  process.stdout.write(`\n## ${suite.name}\n`);
  const rows = await suite.run();
  console.table(rows);
}
