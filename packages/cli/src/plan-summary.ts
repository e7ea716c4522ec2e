import { THEME_IDS, ThemeSource, type Plan } from '@tc/model';

/** The figures `tc compare` shows for one plan, in display order. */
export type PlanSummary = { label: string; source: string } & Record<string, number | string>;

const counters: Array<[string, (plan: Plan) => number]> = [
  ['actions', (plan) => plan.actions.length],
  ['child actions', (plan) => plan.actions.filter((a) => a.parentRef !== null).length],
  ...THEME_IDS.map((theme): [string, (plan: Plan) => number] => [`theme: ${theme}`, (plan) => plan.actions.filter((a) => a.themes.some((t) => t.theme === theme)).length]),
  ['no theme', (plan) => plan.actions.filter((a) => a.themes.length === 0).length],
  ...ThemeSource.options.map((source): [string, (plan: Plan) => number] => [
    `themes by ${source}`,
    (plan) => plan.actions.reduce((n, a) => n + a.themes.filter((t) => t.source === source).length, 0),
  ]),
  ['with timeframe', (plan) => plan.actions.filter((a) => a.timeframe !== null).length],
  ['with owners', (plan) => plan.actions.filter((a) => a.owners.length > 0).length],
  ['with success measures', (plan) => plan.actions.filter((a) => a.successMeasures.length > 0).length],
  ['warnings', (plan) => plan.diagnostics.filter((d) => d.severity !== 'info').length],
];

/** The names of the figures, in display order. */
export const SUMMARY_ROWS: readonly string[] = ['layout', ...counters.map(([name]) => name)];

/**
 * Counts what one plan contains, for a side-by-side comparison. The column is labelled with the
 * institution, or with where the plan came from when it names none.
 */
export function summarisePlan(plan: Plan, path: string = plan.source.name): PlanSummary {
  const summary: PlanSummary = { label: plan.institution ?? path, source: plan.source.name, layout: plan.layout };
  for (const [name, count] of counters) summary[name] = count(plan);
  return summary;
}
