import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { TcError, isTcError } from '@tc/model';
import { DEFAULT_LIMITS } from '@tc/parse';
import { toolVersion } from '../version.ts';
import { removeStaleTemps, writeAtomic } from './atomic-write.ts';
import { collectInputs, type InputFile } from './collect-inputs.ts';
import { forEachLimited } from './for-each-limited.ts';
import { InputRecord } from './input-record.ts';
import { lockOut } from './out-lock.ts';
import type { PlanTables } from './plan-tables.ts';
import { TableWriter } from './table-writer.ts';
import type { Progress } from './progress.ts';
import { readInput } from './read-input.ts';
import { WorkerPool } from './worker-pool.ts';

/** What `tc normalise` is asked to do. */
export interface NormaliseOptions {
  paths: string[];
  out: string;
  jobs?: number;
  resume?: boolean;
  timeoutMs?: number;
  maxPages?: number;
  classify?: boolean;
}

/** How a normalise run went. */
export interface NormaliseSummary {
  inputs: number;
  ok: number;
  warning: number;
  error: number;
  skipped: number;
  actions: number;
}

// The worker gets this long beyond the parse's own time limit to report TC_TIMEOUT itself
// before it is terminated.
const TERMINATE_GRACE_MS = 1000;

/** Normalises every document under `paths` into `out`; see docs/cli.md for the files it writes. */
export async function runNormalise(options: NormaliseOptions, progress: Progress): Promise<NormaliseSummary> {
  const out = resolve(options.out);
  const inputFolder = options.paths.find((path) => resolve(path) === out);
  if (inputFolder !== undefined) {
    throw new TcError('TC_USAGE', `--out ${options.out} is the input folder ${inputFolder}; write the results to another folder.`);
  }
  const tcDir = join(options.out, '.tc');
  await mkdirOut(tcDir);
  const unlock = await lockOut(tcDir, options.out);
  try {
    return await runLocked(options, progress);
  } finally {
    await unlock();
  }
}

async function mkdirOut(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new TcError('TC_IO', `Cannot create ${dir} (${(error as NodeJS.ErrnoException).code ?? 'write error'}).`, { cause: error });
  }
}

function ioError(error: unknown): { code: string; message: string } {
  if (isTcError(error)) return { code: error.code, message: error.message };
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code === 'string') {
    const where = typeof e.path === 'string' ? ` ${e.path}` : '';
    return { code: 'TC_IO', message: `A file operation failed on${where} (${e.code}).` };
  }
  return { code: 'TC_INTERNAL', message: `Unexpected error: ${e instanceof Error ? e.message : String(error)}` };
}

async function runLocked(options: NormaliseOptions, progress: Progress): Promise<NormaliseSummary> {
  const plansDir = join(options.out, 'plans');
  const stateDir = join(options.out, '.tc', 'inputs');
  await Promise.all([mkdirOut(plansDir), mkdirOut(stateDir)]);
  await Promise.all([options.out, plansDir, stateDir].map(removeStaleTemps));

  const inputs = await collectInputs(options.paths, options.out);
  if (inputs.length === 0) throw new TcError('TC_IO', `No .pdf, .docx, .txt or .md files under ${options.paths.join(', ')}.`);

  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const classify = options.classify !== false;
  const settings = `tc ${toolVersion()}; classify=${classify}; maxPages=${options.maxPages ?? DEFAULT_LIMITS.maxPages}`;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs.length));
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  let pool: WorkerPool | null = null;
  const tables = new TableWriter(options.out, plansDir, inputs.length);
  const order = new Map(inputs.map((input, index) => [input.name, index]));
  let skipped = 0;

  // What handle learnt besides the record: the plan's share of the tables, when it was parsed now.
  const parsed = new Map<string, PlanTables>();
  const handle = async (input: InputFile, started: number): Promise<InputRecord> => {
    const base = { name: input.name, path: input.path, settings, format: null, pages: null, actions: 0, confidence: null, warnings: 0 };
    if (input.skip) return { ...base, sha256: null, status: 'error', code: input.skip.code, message: input.skip.message, ms: elapsed(started) };
    const read = await readInput(input.path);
    if (!read.ok) return { ...base, sha256: null, status: 'error', code: read.code, message: read.message, ms: elapsed(started) };
    if (options.resume) {
      const previous = await loadRecord(stateDir, input.name);
      if (previous && previous.sha256 === read.sha256 && previous.settings === settings && previous.path === input.path) {
        if (previous.status === 'error' || (await exists(join(plansDir, `${input.name}.plan.json`)))) {
          skipped++;
          return previous;
        }
      }
    }
    pool ??= new WorkerPool(jobs, timeoutMs + TERMINATE_GRACE_MS, new URL(`./normalise-worker${ext}`, import.meta.url));
    const result = await pool.run({ name: input.name, bytes: read.bytes, classify, timeoutMs, maxPages: options.maxPages });
    const planPath = join(plansDir, `${input.name}.plan.json`);
    if (!result.ok) {
      await rm(planPath, { force: true });
      return { ...base, sha256: read.sha256, status: 'error', code: result.code, message: result.message, ms: elapsed(started) };
    }
    await writeAtomic(planPath, result.planJson);
    parsed.set(input.name, result.tables);
    return {
      ...base,
      sha256: read.sha256,
      status: result.warnings > 0 ? 'warning' : 'ok',
      code: result.firstWarning?.code ?? '',
      message: result.firstWarning?.message ?? '',
      format: result.format,
      pages: result.pages,
      actions: result.tables.actions,
      confidence: result.confidence,
      warnings: result.warnings,
      ms: elapsed(started),
    };
  };

  progress.start(inputs.length);
  try {
    // Two documents beyond the running ones are read ahead, so a worker that finishes one seldom
    // waits for the main thread to read and hash its next.
    await forEachLimited(inputs, jobs + 2, async (input) => {
      const before = skipped;
      const started = performance.now();
      let record: InputRecord;
      try {
        record = await handle(input, started);
        // The record is written last: an input without one has not finished and is redone by --resume.
        if (skipped === before) await writeAtomic(join(stateDir, `${input.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
      } catch (error) {
        // Any failure on one input (a name too long for the file system, a full disk) is its row.
        const failed = ioError(error);
        const base = { name: input.name, path: input.path, settings, format: null, pages: null, actions: 0, confidence: null, warnings: 0, sha256: null };
        record = { ...base, status: 'error', code: failed.code, message: failed.message, ms: elapsed(started) };
        await rm(join(plansDir, `${input.name}.plan.json`), { force: true }).catch(() => undefined);
      }
      const share = record.status === 'error' ? null : (parsed.get(input.name) ?? null);
      parsed.delete(input.name);
      void tables.add(order.get(input.name)!, record, share);
      progress.done(record, skipped !== before);
    });
  } finally {
    progress.stop();
    await (pool as WorkerPool | null)?.close();
  }

  const { actions, records: ordered } = await tables.finish();
  await removeOthers(plansDir, '.plan.json', inputs).catch(() => undefined);
  await removeOthers(stateDir, '.json', inputs).catch(() => undefined);
  return {
    inputs: inputs.length,
    ok: ordered.filter((r) => r.status === 'ok').length,
    warning: ordered.filter((r) => r.status === 'warning').length,
    error: ordered.filter((r) => r.status === 'error').length,
    skipped,
    actions,
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

async function loadRecord(dir: string, name: string): Promise<InputRecord | null> {
  try {
    const parsed = InputRecord.safeParse(JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

// Results of inputs that are no longer given would disagree with the tables: they go.
async function removeOthers(dir: string, suffix: string, inputs: readonly InputFile[]): Promise<void> {
  const keep = new Set(inputs.map((input) => `${input.name}${suffix}`));
  const names = await readdir(dir);
  await Promise.all(names.filter((n) => n.endsWith(suffix) && !keep.has(n)).map((n) => rm(join(dir, n), { force: true })));
}
