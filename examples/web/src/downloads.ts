// The Plan as JSON and its actions as the CSV `tc normalise` writes (the CLI's own columns and writer).
import type { Plan } from '@tc/model';
import { ACTION_COLUMNS } from '../../../packages/cli/src/normalise/action-columns.ts';
import { toCsv } from '../../../packages/cli/src/normalise/csv.ts';

const urls: string[] = [];

/** Points the two download links at the plan's JSON and CSV (the previous plan's are released). */
export function offerDownloads(plan: Plan, json: HTMLAnchorElement, csv: HTMLAnchorElement): void {
  urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
  const stem = plan.source.name.replace(/\.[^.]+$/, '') || 'plan';
  const rows = plan.actions.map((action) => ({ source: plan.source.name, plan, action }));
  link(json, `${stem}.plan.json`, `${JSON.stringify(plan, null, 2)}\n`, 'application/json');
  link(csv, `${stem}.actions.csv`, toCsv(ACTION_COLUMNS, rows), 'text/csv');
}

function link(anchor: HTMLAnchorElement, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  anchor.href = url;
  anchor.download = name;
}
