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
export async function writeTables(out: string, plansDir: string, records: readonly InputRecord[]): Promise<number> {
  const rows: ActionRow[] = [];
  const lines: string[] = [];
  for (const record of records) {
    if (record.status === 'error') continue;
    const plan = await readPlan(join(plansDir, `${record.name}.plan.json`));
    for (const action of plan.actions) {
      rows.push({ source: record.name, plan, action });
      lines.push(JSON.stringify({ source: record.name, institution: plan.institution, ...action }));
    }
  }
  await writeAtomic(join(out, 'actions.jsonl'), lines.map((line) => `${line}\n`).join(''));
  await writeAtomic(join(out, 'actions.csv'), toCsv(ACTION_COLUMNS, rows));
  await writeAtomic(join(out, 'inputs.csv'), toCsv(INPUT_COLUMNS, records));
  return rows.length;
}

async function readPlan(path: string): Promise<Plan> {
  try {
    return Plan.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new TcError('TC_IO', `Cannot read back ${path}; rerun without --resume.`, { cause: error });
  }
}
