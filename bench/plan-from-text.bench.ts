// Text to Plan, end to end (decode, parse, recognise, classify, validate): each fixture plan many
// times over, and all five run together as one 10 MB document. The goal is ≥ 5 MB/s.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@tc/parse';

export const name = 'plan from text: parsePlan, text → validated Plan';

const dir = fileURLToPath(new URL('../fixtures/plans', import.meta.url));

export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  const texts: string[] = [];
  for (const slug of (await readdir(dir)).sort()) {
    const bytes = await readFile(join(dir, slug, 'plan.txt')).catch(() => null);
    if (!bytes) continue;
    texts.push(bytes.toString('utf8'));
    await parsePlan(bytes); // warm up: lazy imports, the classifier's model
    const rounds = 200;
    const start = performance.now();
    let actions = 0;
    for (let i = 0; i < rounds; i++) actions += (await parsePlan(bytes)).plan.actions.length;
    const seconds = (performance.now() - start) / 1000;
    rows.push({
      input: slug,
      'KB each': Math.round(bytes.length / 1024),
      'plans/s': Math.round(rounds / seconds),
      'MB/s': Number(((bytes.length * rounds) / 1e6 / seconds).toFixed(1)),
      'actions/s': Math.round(actions / seconds),
    });
  }
  const tag = (n: number): string => (n < 26 ? '' : tag(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
  const one = texts.join('\n\n');
  const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one));
  const big = Buffer.from(Array.from({ length: copies }, (_, i) => `${one}\n\nEnd of copy ${tag(i)}.\n\n`).join(''));
  const start = performance.now();
  const { plan } = await parsePlan(big, { maxBytes: big.length, timeoutMs: 600_000 });
  const seconds = (performance.now() - start) / 1000;
  rows.push({
    input: 'all five as one document',
    'KB each': Math.round(big.length / 1024),
    'plans/s': Number((1 / seconds).toFixed(2)),
    'MB/s': Number((big.length / 1e6 / seconds).toFixed(1)),
    'actions/s': Math.round(plan.actions.length / seconds),
  });
  return rows;
}
