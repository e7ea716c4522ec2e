// Cold start of the tc binary: `tc --help` must not load the parsers.
import { repoRoot, runTc } from './tc-process.ts';

export const name = 'tc cold start';

const RUNS = 10;

async function timings(args: string[]): Promise<{ median: number; min: number; rss: number }> {
  const ms: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const result = await runTc(args);
    ms.push(result.ms);
    rss = Math.max(rss, result.peakRssMb);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)]!, min: ms[0]!, rss };
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const args of [['--help'], ['schema'], ['parse', `${repoRoot}fixtures/plans/leicester/plan.txt`]]) {
    const { median, min, rss } = await timings(args);
    rows.push({ command: `tc ${args.join(' ').replace(repoRoot, '')}`, runs: RUNS, 'median ms': Math.round(median), 'min ms': Math.round(min), 'peak RSS MiB': rss });
  }
  return rows;
}
