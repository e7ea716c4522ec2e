import { readFile, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CompareInput, SkippedInput } from '@tc/compare';
import { Plan, TcError, isTcError } from '@tc/model';
import { DEFAULT_LIMITS, type ParseOptions } from '@tc/parse';
import { collectInputs } from '../normalise/collect-inputs.ts';
import { forEachLimited } from '../normalise/for-each-limited.ts';
import { readInput } from '../normalise/read-input.ts';
import { WorkerPool } from '../normalise/worker-pool.ts';

/** The plans found under the paths given to `tc compare`, and the inputs that could not be read. */
export interface LoadedInputs {
  inputs: CompareInput[];
  skipped: SkippedInput[];
}

// One plan file to read: a Plan JSON, or a document parsed in a worker as `tc normalise` parses it.
interface Task {
  file: string;
  kind: 'json' | 'document';
  json?: string;
}

/**
 * Reads what `tc compare` is given: plan documents (parsed in a pool of worker threads, as
 * `tc normalise` parses them, each with its time limit), Plan JSON files, folders of either, and
 * `tc normalise` output folders (their inputs.csv and plans/). An input that cannot be read is
 * listed in `skipped`; it never stops the others. Plans come back in the order found.
 */
export async function loadCompareInputs(paths: readonly string[], options: ParseOptions, outDir: string | null): Promise<LoadedInputs> {
  const skipped: SkippedInput[] = [];
  const tasks: Task[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) skipped.push({ file: path, code: 'TC_IO', message: `Cannot read ${path}.` });
    else if (!info.isDirectory()) tasks.push(fileTask(path));
    else if (await isNormaliseOutput(path)) await addNormaliseOutput(path, tasks, skipped);
    else await addFolder(path, outDir, tasks, skipped);
  }
  const results: Array<CompareInput | SkippedInput> = new Array(tasks.length);
  const documents = tasks.filter((t) => t.kind === 'document').length;
  const jobs = Math.max(1, Math.min(availableParallelism(), documents));
  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const pool = documents > 0 ? new WorkerPool(jobs, timeoutMs + TERMINATE_GRACE_MS, new URL(`../normalise/normalise-worker${ext}`, import.meta.url)) : null;
  try {
    await forEachLimited(tasks.map((task, index) => ({ task, index })), jobs * 2, async ({ task, index }) => {
      results[index] = await readTask(task, pool, options, timeoutMs);
    });
  } finally {
    await pool?.close();
  }
  const inputs = results.filter((r): r is CompareInput => 'plan' in r);
  return { inputs, skipped: [...skipped, ...results.filter((r): r is SkippedInput => !('plan' in r))] };
}

// As in `tc normalise`: the worker gets this long beyond the parse's own limit to report TC_TIMEOUT.
const TERMINATE_GRACE_MS = 1000;

function fileTask(file: string): Task {
  return file.endsWith('.json') ? { file, kind: 'json', json: file } : { file, kind: 'document' };
}

async function readTask(task: Task, pool: WorkerPool | null, options: ParseOptions, timeoutMs: number): Promise<CompareInput | SkippedInput> {
  try {
    if (task.kind === 'json') return { file: task.file, plan: await readPlanJson(task.json!) };
    const read = await readInput(task.file);
    if (!read.ok) return { file: task.file, code: read.code, message: read.message };
    const result = await pool!.run({ name: basename(task.file), bytes: read.bytes, classify: options.classify !== false, timeoutMs, maxPages: options.maxPages });
    if (!result.ok) return { file: task.file, code: result.code, message: result.message };
    return { file: task.file, plan: Plan.parse(JSON.parse(result.planJson)) };
  } catch (error) {
    if (!isTcError(error)) throw error;
    return { file: task.file, code: error.code, message: error.message };
  }
}

async function isNormaliseOutput(dir: string): Promise<boolean> {
  const [inputs, plans] = await Promise.all([stat(join(dir, 'inputs.csv')).catch(() => null), stat(join(dir, 'plans')).catch(() => null)]);
  return inputs?.isFile() === true && plans?.isDirectory() === true;
}

async function addNormaliseOutput(dir: string, tasks: Task[], skipped: SkippedInput[]): Promise<void> {
  const rows = parse(await readFile(join(dir, 'inputs.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  for (const row of rows) {
    const file = row.path ?? row.source ?? '';
    if (row.status === 'error') skipped.push({ file, code: row.code ?? 'TC_IO', message: row.message ?? '' });
    else tasks.push({ file, kind: 'json', json: join(dir, 'plans', `${row.source}.plan.json`) });
  }
}

async function addFolder(dir: string, outDir: string | null, tasks: Task[], skipped: SkippedInput[]): Promise<void> {
  const planFiles = (await readdir(dir)).filter((n) => n.endsWith('.plan.json')).sort().map((n) => join(dir, n));
  const documents = (await collectInputs([dir], outDir ?? join(dir, '.tc-no-out'))).map((d) => d.path);
  if (planFiles.length + documents.length === 0) skipped.push({ file: dir, code: 'TC_IO', message: `${dir} holds no plans (*.plan.json, .pdf, .docx, .txt, .md).` });
  for (const file of [...planFiles, ...documents]) tasks.push(fileTask(file));
}

async function readPlanJson(file: string): Promise<Plan> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new TcError('TC_IO', `Cannot read ${file} as JSON.`, { cause: error });
  }
  const parsed = Plan.safeParse(data);
  if (!parsed.success) throw new TcError('TC_INVALID_PLAN', `${file} is not a valid Plan.`, { cause: parsed.error });
  return parsed.data;
}
