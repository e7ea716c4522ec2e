// The fuzzing loop: seeded inputs per format (mutated fixtures, and now and then a hostile shape),
// parsed in tc normalise's worker pool, outcomes counted by code. `pnpm fuzz` and the CI sample
// test both run it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerHeap } from '@tc/parse/node';
import { WorkerPool } from '../../packages/cli/src/normalise/worker-pool.ts';
import { PDF_SHAPES, TEXT_SHAPES, WORD_SHAPES, type Shape } from './hostile-shapes.ts';
import { mutateDocx } from './mutate-docx.ts';
import { mutatePdf, mutateText } from './mutate.ts';
import { Random } from '../../tools/zoo/src/random.ts';

export type FuzzFormat = 'docx' | 'pdf' | 'text';

export interface FuzzOptions {
  perFormat: number;
  seed: number;
  jobs: number;
  timeoutMs: number;
  formats?: FuzzFormat[];
  /** Share of inputs that are hostile shapes rather than mutated fixtures. */
  shapeShare?: number;
}

export interface FuzzFormatResult {
  format: FuzzFormat;
  inputs: number;
  seconds: number;
  execsPerSecond: number;
  byCode: Record<string, number>;
  /** TC_INTERNAL or TC_INVALID_PLAN: a failure tc did not type. */
  untyped: Array<{ input: string; code: string; message: string }>;
  /** Runs whose wall time passed the time limit plus the pool's grace. */
  pastLimit: number;
  slowestMs: number;
  /** The five slowest inputs, slowest first, with how they ended. */
  slowest: Array<{ input: string; code: string; ms: number }>;
  /**
   * The highest reading of any one worker's memory, in MiB, from the pool's memory watch (every
   * 100 ms while a worker parses): `used` is live heap plus external memory, what the cap limits;
   * `resident` is resident heap pages, V8's malloc and external memory, what a worker adds to RSS.
   */
  peakWorkerMb: { used: number; resident: number };
  /** Peak RSS of the whole process while this format ran: the main thread and every worker. */
  peakRssMb: number;
}

export interface FuzzResult {
  formats: FuzzFormatResult[];
  peakRssMb: number;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const UNTYPED = new Set(['TC_INTERNAL', 'TC_INVALID_PLAN']);
const GRACE_MS = 1000;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

const SEED_FILES: Record<FuzzFormat, RegExp> = { docx: /\.docx$/, pdf: /\.pdf$/, text: /^(?!readme).*\.(txt|md)$/i };
const SHAPES: Record<FuzzFormat, Record<string, Shape>> = { docx: WORD_SHAPES, pdf: PDF_SHAPES, text: TEXT_SHAPES };

function makeInput(format: FuzzFormat, r: Random, seeds: string[], shapeShare: number): { name: string; bytes: Uint8Array } {
  const shapes = SHAPES[format];
  if (r.chance(shapeShare)) {
    const name = r.pick(Object.keys(shapes));
    const made = shapes[name]!(r);
    return { name: `shape:${name}`, bytes: typeof made === 'string' ? new TextEncoder().encode(made) : made };
  }
  const seed = r.pick(seeds);
  const original = new Uint8Array(readFileSync(seed));
  let bytes: Uint8Array = original;
  const rounds = 1 + r.below(3);
  for (let i = 0; i < rounds; i++) {
    if (format === 'docx') bytes = mutateDocx(r, bytes);
    else if (format === 'pdf') bytes = mutatePdf(r, bytes);
    else bytes = new TextEncoder().encode(mutateText(r, new TextDecoder().decode(bytes)));
  }
  return { name: `mutant:${seed.slice(root.length)}`, bytes };
}

/** The fuzzer's inputs for one format and seed, in the order it parses them (`pnpm fuzz --dump` writes one out). */
export function* fuzzInputs(format: FuzzFormat, seed: number, shapeShare = 0.03): Generator<{ name: string; bytes: Uint8Array }, never> {
  const seeds = filesUnder(join(root, 'fixtures'), SEED_FILES[format]);
  const r = new Random(seed * 31 + format.length);
  for (;;) yield makeInput(format, r, seeds, shapeShare);
}

/** Runs the fuzzer; `progress` is told of every finished input. */
export async function runFuzz(options: FuzzOptions, progress: (format: FuzzFormat, done: number) => void = () => undefined): Promise<FuzzResult> {
  const shapeShare = options.shapeShare ?? 0.03;
  const workerUrl = new URL('../../packages/cli/src/normalise/normalise-worker.ts', import.meta.url);
  let peak = 0;
  let formatPeak = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    formatPeak = Math.max(formatPeak, rss);
  }, 100);
  const formats: FuzzFormatResult[] = [];
  try {
    for (const format of options.formats ?? (['docx', 'pdf', 'text'] as const)) {
      const inputs = fuzzInputs(format, options.seed, shapeShare);
      let used = 0;
      let resident = 0;
      const onMemory = (heap: WorkerHeap) => {
        const external = heap.external_memory ?? 0;
        used = Math.max(used, heap.used_heap_size + external);
        resident = Math.max(resident, heap.total_physical_size + heap.malloced_memory + external);
      };
      formatPeak = process.memoryUsage().rss;
      const pool = new WorkerPool(options.jobs, options.timeoutMs + GRACE_MS, workerUrl, { onMemory });
      const result: FuzzFormatResult = { format, inputs: 0, seconds: 0, execsPerSecond: 0, byCode: {}, untyped: [], pastLimit: 0, slowestMs: 0, slowest: [], peakWorkerMb: { used: 0, resident: 0 }, peakRssMb: 0 };
      const started = performance.now();
      let next = 0;
      const lane = async () => {
        while (next < options.perFormat) {
          const index = next++;
          const input = inputs.next().value;
          const t = performance.now();
          const outcome = await pool.run({ name: `fuzz-${index}`, bytes: input.bytes, classify: true, timeoutMs: options.timeoutMs, maxPages: undefined });
          const ms = performance.now() - t;
          const code = outcome.ok ? 'ok' : outcome.code;
          result.byCode[code] = (result.byCode[code] ?? 0) + 1;
          if (!outcome.ok && UNTYPED.has(outcome.code)) result.untyped.push({ input: `${index} ${input.name}`, code: outcome.code, message: outcome.message });
          if (ms > options.timeoutMs + 2 * GRACE_MS) result.pastLimit++;
          result.slowestMs = Math.max(result.slowestMs, Math.round(ms));
          result.slowest = [...result.slowest, { input: `${index} ${input.name}`, code, ms: Math.round(ms) }].sort((a, b) => b.ms - a.ms).slice(0, 5);
          result.inputs++;
          progress(format, result.inputs);
        }
      };
      try {
        // One lane per worker, so that an input's time is its own parse, never time spent queued.
        await Promise.all(Array.from({ length: options.jobs }, lane));
      } finally {
        await pool.close();
      }
      result.seconds = Math.round((performance.now() - started) / 100) / 10;
      result.execsPerSecond = Math.round((result.inputs / result.seconds) * 10) / 10;
      result.peakWorkerMb = { used: Math.round(used / 2 ** 20), resident: Math.round(resident / 2 ** 20) };
      result.peakRssMb = Math.round(formatPeak / 2 ** 20);
      formats.push(result);
    }
  } finally {
    clearInterval(sampler);
  }
  return { formats, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
}
