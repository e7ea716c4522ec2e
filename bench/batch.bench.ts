// `tc normalise` throughput on ≥ 200 documents (the fixtures replicated), with 1 and 2 jobs.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runTc } from './tc-process.ts';

export const name = 'tc normalise: documents/s and pages/s on replicated fixtures';

const MIN_DOCUMENTS = 200;

function replicate(dir: string): number {
  const fixtures = readdirSync(join(repoRoot, 'fixtures/plans')).flatMap((slug) =>
    readdirSync(join(repoRoot, 'fixtures/plans', slug))
      .filter((f) => /\.(pdf|docx|txt|md)$/i.test(f) && !/^readme\./i.test(f))
      .map((f) => join(repoRoot, 'fixtures/plans', slug, f)),
  );
  const copies = Math.ceil(MIN_DOCUMENTS / fixtures.length);
  let count = 0;
  for (let i = 0; i < copies; i++) {
    for (const file of fixtures) {
      const parts = file.split('/');
      copyFileSync(file, join(dir, `${i}-${parts.at(-2)}-${parts.at(-1)}`));
      count++;
    }
  }
  return count;
}

function pagesAndFailures(out: string): { pages: number; failed: number } {
  const lines = readFileSync(join(out, 'inputs.csv'), 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  let pages = 0;
  let failed = 0;
  for (const line of lines.slice(1)) {
    // The columns read here come before any free-text cell that could hold a comma.
    const cells = line.split(',');
    if (cells[header.indexOf('status')] === 'error') failed++;
  }
  for (const plan of readdirSync(join(out, 'plans'))) {
    const parsed = JSON.parse(readFileSync(join(out, 'plans', plan), 'utf8')) as { source: { pages: number | null } };
    pages += parsed.source.pages ?? 0;
  }
  return { pages, failed };
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const root = mkdtempSync(join(tmpdir(), 'tc-bench-batch-'));
  const input = join(root, 'in');
  rmSync(input, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(input);
  const documents = replicate(input);
  const rows: Array<Record<string, string | number>> = [];
  let oneJob = 0;
  for (const jobs of [1, 2]) {
    const out = join(root, `out-${jobs}`);
    const result = await runTc(['normalise', input, '--out', out, '--jobs', String(jobs)]);
    const { pages, failed } = pagesAndFailures(out);
    const seconds = result.ms / 1000;
    if (jobs === 1) oneJob = seconds;
    rows.push({
      jobs,
      documents,
      failed,
      'wall s': Number(seconds.toFixed(2)),
      'documents/s': Number((documents / seconds).toFixed(1)),
      'PDF pages': pages,
      'pages/s': Number((pages / seconds).toFixed(1)),
      'speed-up': Number((oneJob / seconds).toFixed(2)),
      'peak RSS MiB': result.peakRssMb,
      exit: result.status ?? -1,
    });
  }
  rmSync(root, { recursive: true, force: true });
  return rows;
}
