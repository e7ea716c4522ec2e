import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Plan, TcError } from '@tc/model';
import type { CommandContext } from '../command-spec.ts';
import { parseOptions } from '../options.ts';
import { SUMMARY_ROWS, summarisePlan, type PlanSummary } from '../plan-summary.ts';

/** `tc compare PLAN_OR_DOC...`. */
export async function run(context: CommandContext): Promise<number> {
  const files = (await Promise.all(context.positionals.map(expand))).flat();
  const summaries: PlanSummary[] = [];
  for (const file of files) summaries.push(summarisePlan(await loadPlan(file, context), file));
  context.io.stdout.write(context.values.json === true ? `${JSON.stringify(summaries, null, 2)}\n` : sideBySide(summaries));
  return 0;
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new TcError('TC_IO', `Cannot read ${path}.`, { cause: error });
  });
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith('.plan.json')).sort();
  if (names.length === 0) throw new TcError('TC_IO', `${path} holds no *.plan.json files.`);
  return names.map((n) => join(path, n));
}

async function loadPlan(file: string, context: CommandContext): Promise<Plan> {
  if (!file.endsWith('.json')) {
    const { parsePlanFile } = await import('@tc/parse/node');
    return (await parsePlanFile(file, parseOptions(context))).plan;
  }
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

function sideBySide(summaries: PlanSummary[]): string {
  const header = ['', ...summaries.map((s) => s.label)];
  const rows = SUMMARY_ROWS.map((name) => [name, ...summaries.map((s) => String(s[name] ?? ''))]);
  const table = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd();
  return `${table.map(line).join('\n')}\n`;
}
