// What `tc normalise` costs beyond reading the documents, in one run: bare pdf.js (text + operator
// list of every page) against `tc normalise --jobs 1` on the same ~100 fixture PDFs (goal: tc ≥
// 0.6× bare), and text plans per millisecond in a batch (goal: ≤ 8 ms each). Bare pdf.js runs
// twice: warm in this process (pdf.js loaded and optimised by a first, unmeasured round) and cold
// in a fresh process, as a one-off tc run is. The sides alternate round by round and each keeps
// its fastest round, so a burst of load on the machine hits all alike.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBare } from './bare-pdfjs.ts';
import { repoRoot, runSource, runTc, type TcRun } from './tc-process.ts';

export const name = 'tc normalise overhead: vs bare pdf.js, and text plans per ms';

const ROUNDS = 3;
const bareScript = fileURLToPath(new URL('./bare-pdfjs.ts', import.meta.url));
const TEXT_COPIES = 4;

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : []));
}

// The plans' PDFs and their matrix renditions, and every other zoo case's document.pdf: 98 files.
function pdfFiles(): string[] {
  const plans = walk(join(repoRoot, 'fixtures/plans'), (f) => f.endsWith('.pdf'));
  const zoo = walk(join(repoRoot, 'fixtures/zoo'), (f) => f === 'document.pdf').filter((_, i) => i % 2 === 0);
  return [...plans, ...zoo];
}

function textFiles(): string[] {
  return [
    ...walk(join(repoRoot, 'fixtures/plans'), (f) => f === 'plan.txt'),
    ...walk(join(repoRoot, 'fixtures/zoo'), (f) => f === 'document.txt'),
  ];
}

function copyInto(dir: string, files: string[], copies = 1): number {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < copies; i++) {
    for (const file of files) copyFileSync(file, join(dir, `${i}-${relative(repoRoot, file).replaceAll('/', '-')}`));
  }
  return files.length * copies;
}

async function bare(files: readonly Uint8Array[]): Promise<{ ms: number; cpuMs: number; pages: number }> {
  await readBare([]);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pages = await readBare(files);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, pages };
}

async function checked(run: Promise<TcRun>, what: string): Promise<TcRun> {
  const done = await run;
  if (done.status !== 0) throw new Error(`${what} exited ${done.status}: ${done.stderr}`);
  return done;
}

// The same reading in a fresh process (start, pdf.js loaded and compiled, code not yet optimised),
// as tc normalise runs: the like-for-like baseline of a one-off batch.
const bareProcess = (dir: string) => checked(runSource(bareScript, [dir]), 'bare-pdfjs.ts');

function normalise(input: string, out: string): Promise<TcRun> {
  rmSync(out, { recursive: true, force: true });
  return checked(runTc(['normalise', input, '--out', out, '--jobs', '1']), `tc normalise ${input}`);
}

function errors(out: string): number {
  return readFileSync(join(out, 'inputs.csv'), 'utf8').split('\n').filter((line) => line.includes(',error,')).length;
}

const s = (ms: number) => Number((ms / 1000).toFixed(2));
const best = (values: number[]) => Math.min(...values);

interface Side {
  what: string;
  documents: number;
  ms: number[];
  cpuMs: number[];
  rssMb?: number;
  errors?: number;
}

function record(side: Side, run: { ms: number; cpuMs: number; peakRssMb?: number }): void {
  side.ms.push(run.ms);
  side.cpuMs.push(run.cpuMs);
  if (run.peakRssMb !== undefined) side.rssMb = Math.max(side.rssMb ?? 0, run.peakRssMb);
}

function row(side: Side, extra: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    what: side.what,
    documents: side.documents,
    'wall s (best)': s(best(side.ms)),
    'wall s, rounds': side.ms.map(s).join(' / '),
    'CPU s (best)': s(best(side.cpuMs)),
    'peak RSS MiB': side.rssMb ?? '',
    errors: side.errors ?? '',
    ...extra,
  };
}

const ratio = (base: Side, ours: Side) =>
  `${(best(base.ms) / best(ours.ms)).toFixed(2)} wall, ${(best(base.cpuMs) / best(ours.cpuMs)).toFixed(2)} CPU`;

export async function run(): Promise<Array<Record<string, string | number>>> {
  const root = mkdtempSync(join(tmpdir(), 'tc-bench-overhead-'));
  const out = join(root, 'out');
  try {
    const pdfs = pdfFiles();
    const pdfDir = join(root, 'pdf');
    copyInto(pdfDir, pdfs);
    const bytes = pdfs.map((f) => new Uint8Array(readFileSync(f)));
    const texts = textFiles();
    const textDir = join(root, 'text');
    const textCount = copyInto(textDir, texts, TEXT_COPIES);
    const oneDir = join(root, 'one');
    copyInto(oneDir, texts.slice(0, 1));

    // Unmeasured: loads pdf.js here, fills the compile cache and warms the page cache for all sides.
    const { pages } = await bare(bytes);
    await normalise(pdfDir, out);
    const warm: Side = { what: `bare pdf.js, warm, in this process: ${pdfs.length} PDFs, ${pages} pages`, documents: pdfs.length, ms: [], cpuMs: [] };
    const cold: Side = { what: 'bare pdf.js in a fresh process, same PDFs', documents: pdfs.length, ms: [], cpuMs: [] };
    const tc: Side = { what: 'tc normalise --jobs 1, same PDFs', documents: pdfs.length, ms: [], cpuMs: [] };
    for (let i = 0; i < ROUNDS; i++) {
      record(warm, await bare(bytes));
      record(cold, await bareProcess(pdfDir));
      record(tc, await normalise(pdfDir, out));
    }
    tc.errors = errors(out);

    // A batch of one plan is tc's fixed cost (start, worker, tables); the rest is per plan.
    const one: Side = { what: 'tc normalise --jobs 1, one text plan (fixed cost)', documents: 1, ms: [], cpuMs: [] };
    const text: Side = { what: `tc normalise --jobs 1, ${textCount} text plans`, documents: textCount, ms: [], cpuMs: [] };
    for (let i = 0; i < ROUNDS; i++) {
      record(one, await normalise(oneDir, out));
      record(text, await normalise(textDir, out));
    }
    text.errors = errors(out);
    const perPlan = (side: keyof Pick<Side, 'ms' | 'cpuMs'>) => ((best(text[side]) - best(one[side])) / (textCount - 1)).toFixed(2);

    return [
      row(warm),
      row(cold),
      row(tc, { 'tc vs bare (warm)': ratio(warm, tc), 'tc vs bare (fresh process)': ratio(cold, tc) }),
      row(one),
      row(text, { 'ms per plan beyond the fixed cost': `${perPlan('ms')} wall, ${perPlan('cpuMs')} CPU` }),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
