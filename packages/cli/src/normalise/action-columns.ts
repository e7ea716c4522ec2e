import { THEME_IDS, type Action, type Plan } from '@tc/model';
import type { Column } from './csv.ts';

/** One row of actions.csv: an action and the plan it belongs to. */
export interface ActionRow {
  source: string;
  plan: Plan;
  action: Action;
}

const themeColumns = THEME_IDS.map(
  (theme): Column<ActionRow> => ({
    name: theme.replaceAll('-', '_'),
    description: `1 when the action has the ${theme} theme (stated or classified), else 0`,
    value: ({ action }) => (action.themes.some((t) => t.theme === theme) ? 1 : 0),
  }),
);

/** The columns of actions.csv, in order; the order and names are stable. */
export const ACTION_COLUMNS: readonly Column<ActionRow>[] = [
  { name: 'source', description: 'the input name (as in inputs.csv)', value: ({ source }) => source },
  { name: 'institution', description: 'the institution, when the plan names it', value: ({ plan }) => plan.institution ?? '' },
  { name: 'id', description: 'the action id, unique within the plan', value: ({ action }) => action.id },
  { name: 'ref', description: 'the reference as printed (e.g. 12, V1a), empty when none', value: ({ action }) => action.ref ?? '' },
  { name: 'parent_ref', description: 'the id of the parent action, empty for top-level actions', value: ({ action }) => action.parentRef ?? '' },
  { name: 'title', description: 'the action', value: ({ action }) => action.title },
  { name: 'description', description: 'further detail, when the plan gives it', value: ({ action }) => action.description ?? '' },
  ...themeColumns,
  {
    name: 'theme_source',
    description: 'how the themes were attached (tick, column, section, label, code, classifier), `;`-separated when they differ',
    value: ({ action }) => [...new Set(action.themes.map((t) => t.source))].join(';'),
  },
  {
    name: 'theme_confidence',
    description: 'the lowest confidence among the action\'s themes (1 for stated themes), empty when it has none',
    value: ({ action }) => (action.themes.length === 0 ? '' : round(Math.min(...action.themes.map((t) => t.confidence)))),
  },
  {
    name: 'topics',
    description: 'the topics the action is about (ids of the @tc/themes taxonomy), `;`-separated, most evident first',
    value: ({ action }) => action.topics.map((t) => t.topic).join(';'),
  },
  { name: 'timeframe_raw', description: 'the timeframe as printed', value: ({ action }) => action.timeframe?.raw ?? '' },
  { name: 'timeframe_start', description: 'start month (YYYY-MM) where the text allows', value: ({ action }) => action.timeframe?.start ?? '' },
  { name: 'timeframe_end', description: 'end month (YYYY-MM) where the text allows', value: ({ action }) => action.timeframe?.end ?? '' },
  { name: 'owners', description: 'owners, `; `-separated, expanded from the plan\'s key where it defines them', value: ({ action }) => action.owners.map((o) => o.name ?? o.raw).join('; ') },
  { name: 'success_measures', description: 'success measures, one per line', value: ({ action }) => action.successMeasures.join('\n') },
  { name: 'status', description: 'the status as printed (e.g. a RAG rating)', value: ({ action }) => action.status?.raw ?? '' },
  { name: 'page', description: 'the PDF page the action starts on, empty for other formats', value: ({ action }) => firstPage(action) },
];

function firstPage(action: Action): number | string {
  const pages = action.provenance.flatMap((p) => (p.kind === 'pdf' ? [p.page] : []));
  return pages.length === 0 ? '' : Math.min(...pages);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
