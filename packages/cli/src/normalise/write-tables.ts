import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Plan, TcError } from '@tc/model';
import { ACTION_COLUMNS, type ActionRow } from './action-columns.ts';
import { writeAtomic } from './atomic-write.ts';
import { toCsv } from './csv.ts';
import { INPUT_COLUMNS } from './input-columns.ts';
import type { InputRecord } from './input-record.ts';

/**
 * Writes actions.jsonl, actions.csv and inputs.csv from the records and plan files, in the order of
 * `records` (sorted by name), so the tables never depend on which worker finished first.
 */
export async function writeTables(out: string, plansDir: string, given: readonly InputRecord[]): Promise<{ actions: number; records: InputRecord[] }> {
  const rows: ActionRow[] = [];
  const lines: string[] = [];
  const records: InputRecord[] = [];
  for (const record of given) {
    if (record.status === 'error') {
      records.push(record);
      continue;
    }
    let plan: Plan;
    try {
      plan = await readPlan(join(plansDir, `${record.name}.plan.json`));
    } catch (error) {
      // A plan that cannot be read back (removed or damaged since) makes its input's row an error.
      records.push({ ...record, status: 'error', code: 'TC_IO', message: (error as Error).message, actions: 0 });
      continue;
    }
    records.push(record);
    for (const action of plan.actions) {
      rows.push({ source: record.name, plan, action });
      lines.push(JSON.stringify({ source: record.name, institution: plan.institution, ...action }));
    }
  }
  await writeAtomic(join(out, 'actions.jsonl'), lines.map((line) => `${line}\n`).join(''));
  await writeAtomic(join(out, 'actions.csv'), toCsv(ACTION_COLUMNS, rows));
  await writeAtomic(join(out, 'inputs.csv'), toCsv(INPUT_COLUMNS, records));
  return { actions: rows.length, records };
}

async function readPlan(path: string): Promise<Plan> {
  try {
    return Plan.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new TcError('TC_IO', `Cannot read back ${path}; rerun without --resume.`, { cause: error });
  }
}
