// .docx throughput of parseDocx next to bare mammoth.convertToHtml on the same files, same run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseDocx } from '@tc/docx';

// mammoth is a dependency of @tc/docx, not of the workspace root: load the very copy it uses.
interface Mammoth {
  convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }>;
}
const mammoth = createRequire(new URL('../packages/docx/package.json', import.meta.url))('mammoth') as Mammoth;

export const name = 'docx: parseDocx vs bare mammoth.convertToHtml';

const SLUGS = ['portsmouth', 'brighton', 'chester', 'plymouth', 'leicester'];
const FILES = SLUGS.flatMap((s) => ['plan.docx', 'plan.lo.docx'].map((f) => `${s}/${f}`));
const ROUNDS = 20;

async function timeRounds(files: Uint8Array[], fn: (bytes: Uint8Array) => Promise<unknown>): Promise<number> {
  for (const f of files) await fn(f);
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const f of files) await fn(f);
  return performance.now() - start;
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const files = FILES.map((f) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${f}`, import.meta.url))));
  const bytes = files.reduce((n, f) => n + f.length, 0) * ROUNDS;
  const docs = files.length * ROUNDS;
  const bare = await timeRounds(files, (b) => mammoth.convertToHtml({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) }));
  const ours = await timeRounds(files, (b) => parseDocx(b));
  const row = (label: string, ms: number) => ({
    parser: label,
    'docs/s': Math.round((docs / ms) * 1000 * 10) / 10,
    'MB/s': Math.round((bytes / 2 ** 20 / ms) * 1000 * 100) / 100,
    'ms/doc': Math.round((ms / docs) * 100) / 100,
  });
  return [row('mammoth.convertToHtml (bare)', bare), row('parseDocx', ours), { parser: 'ratio ours/mammoth (goal ≥ 0.75)', 'docs/s': Math.round((bare / ours) * 100) / 100, 'MB/s': '', 'ms/doc': '' }];
}
