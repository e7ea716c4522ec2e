import type { Plan } from '@tc/model';
import { ACTION_COLUMNS } from './action-columns.ts';
import { toCsvRows } from './csv.ts';

/** One plan's lines of actions.jsonl and its rows of actions.csv (no header). */
export interface PlanTables {
  actions: number;
  jsonl: string;
  csv: string;
}

/**
 * A plan's share of the action tables. Made where the plan is parsed (the worker), so the main
 * thread joins text instead of reading, validating and walking every plan again at the end.
 */
export function planTables(source: string, plan: Plan): PlanTables {
  let jsonl = '';
  for (const action of plan.actions) jsonl += `${JSON.stringify({ source, institution: plan.institution, ...action })}\n`;
  return { actions: plan.actions.length, jsonl, csv: toCsvRows(ACTION_COLUMNS, plan.actions.map((action) => ({ source, plan, action }))) };
}
