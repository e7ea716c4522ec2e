import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CompareInput, SkippedInput } from '@tc/compare';
import { Plan, TcError, isTcError } from '@tc/model';
import type { ParseOptions } from '@tc/parse';
import { collectInputs } from '../normalise/collect-inputs.ts';

/** The plans found under the paths given to `tc compare`, and the inputs that could not be read. */
export interface LoadedInputs {
  inputs: CompareInput[];
  skipped: SkippedInput[];
}

/**
 * Reads what `tc compare` is given: plan documents (parsed as `tc normalise` parses them), Plan JSON
 * files, folders of either, and `tc normalise` output folders (their inputs.csv and plans/). An
 * input that cannot be read is listed in `skipped`; it never stops the others.
 */
export async function loadCompareInputs(paths: readonly string[], options: ParseOptions, outDir: string | null): Promise<LoadedInputs> {
  const loaded: LoadedInputs = { inputs: [], skipped: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) loaded.skipped.push({ file: path, code: 'TC_IO', message: `Cannot read ${path}.` });
    else if (!info.isDirectory()) await addFile(path, options, loaded);
    else if (await isNormaliseOutput(path)) await addNormaliseOutput(path, loaded);
    else await addFolder(path, options, outDir, loaded);
  }
  return loaded;
}

async function isNormaliseOutput(dir: string): Promise<boolean> {
  const [inputs, plans] = await Promise.all([stat(join(dir, 'inputs.csv')).catch(() => null), stat(join(dir, 'plans')).catch(() => null)]);
  return inputs?.isFile() === true && plans?.isDirectory() === true;
}

async function addNormaliseOutput(dir: string, loaded: LoadedInputs): Promise<void> {
  const rows = parse(await readFile(join(dir, 'inputs.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  for (const row of rows) {
    const file = row.path ?? row.source ?? '';
    if (row.status === 'error') loaded.skipped.push({ file, code: row.code ?? 'TC_IO', message: row.message ?? '' });
    else await attempt(file, loaded, () => readPlanJson(join(dir, 'plans', `${row.source}.plan.json`)));
  }
}

async function addFolder(dir: string, options: ParseOptions, outDir: string | null, loaded: LoadedInputs): Promise<void> {
  const planFiles = (await readdir(dir)).filter((n) => n.endsWith('.plan.json')).sort().map((n) => join(dir, n));
  const documents = (await collectInputs([dir], outDir ?? join(dir, '.tc-no-out'))).map((d) => d.path);
  if (planFiles.length + documents.length === 0) loaded.skipped.push({ file: dir, code: 'TC_IO', message: `${dir} holds no plans (*.plan.json, .pdf, .docx, .txt, .md).` });
  for (const file of [...planFiles, ...documents]) await addFile(file, options, loaded);
}

async function addFile(file: string, options: ParseOptions, loaded: LoadedInputs): Promise<void> {
  await attempt(file, loaded, async () => {
    if (file.endsWith('.json')) return readPlanJson(file);
    const { parsePlanFile } = await import('@tc/parse/node');
    return (await parsePlanFile(file, options)).plan;
  });
}

async function attempt(file: string, loaded: LoadedInputs, read: () => Promise<Plan>): Promise<void> {
  try {
    loaded.inputs.push({ file, plan: await read() });
  } catch (error) {
    if (!isTcError(error)) throw error;
    loaded.skipped.push({ file, code: error.code, message: error.message });
  }
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
