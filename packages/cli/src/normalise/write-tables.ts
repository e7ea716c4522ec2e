import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Plan, TcError } from '@tc/model';
import { ACTION_COLUMNS } from './action-columns.ts';
import { writeAtomic } from './atomic-write.ts';
import { toCsv } from './csv.ts';
import { INPUT_COLUMNS } from './input-columns.ts';
import type { InputRecord } from './input-record.ts';
import { planTables, type PlanTables } from './plan-tables.ts';

/**
 * Writes actions.jsonl, actions.csv and inputs.csv from the records, in the order of `records`
 * (sorted by name), so the tables never depend on which worker finished first. A plan parsed in
 * this run brings its tables in `tables`; one kept from an earlier run (--resume) is read back.
 */
export async function writeTables(
  out: string,
  plansDir: string,
  given: readonly InputRecord[],
  tables: ReadonlyMap<string, PlanTables>,
): Promise<{ actions: number; records: InputRecord[] }> {
  const jsonl: string[] = [];
  const csv: string[] = [toCsv(ACTION_COLUMNS, [])];
  const records: InputRecord[] = [];
  let actions = 0;
  for (const record of given) {
    if (record.status === 'error') {
      records.push(record);
      continue;
    }
    let table = tables.get(record.name);
    if (!table) {
      try {
        table = planTables(record.name, await readPlan(join(plansDir, `${record.name}.plan.json`)));
      } catch (error) {
        // A plan that cannot be read back (removed or damaged since) makes its input's row an error.
        records.push({ ...record, status: 'error', code: 'TC_IO', message: (error as Error).message, actions: 0 });
        continue;
      }
    }
    records.push(record);
    actions += table.actions;
    jsonl.push(table.jsonl);
    csv.push(table.csv);
  }
  await writeAtomic(join(out, 'actions.jsonl'), jsonl.join(''));
  await writeAtomic(join(out, 'actions.csv'), csv.join(''));
  await writeAtomic(join(out, 'inputs.csv'), toCsv(INPUT_COLUMNS, records));
  return { actions, records };
}

async function readPlan(path: string): Promise<Plan> {
  try {
    return Plan.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new TcError('TC_IO', `Cannot read back ${path}; rerun without --resume.`, { cause: error });
  }
}
