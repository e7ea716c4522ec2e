import { THEME_IDS } from '@tc/model';
import type { Comparison } from '../comparison.ts';

/** A chart of the report: its Vega-Lite spec, a text alternative, and the data table shown beside it. */
export interface ChartSpec {
  name: string;
  title: string;
  description: string;
  spec: Record<string, unknown>;
  table: { columns: string[]; rows: Array<Array<string | number>> };
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const THEME_NAMES: Record<string, string> = { visibility: 'Visibility', recognition: 'Recognition', 'career-development': 'Career development', sustainability: 'Sustainability' };
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The report's charts, in page order. */
export function chartSpecs(comparison: Comparison): ChartSpec[] {
  return [themeBalance(comparison), topicCoverage(comparison), timeline(comparison)];
}

function themeBalance(c: Comparison): ChartSpec {
  const values = c.institutions.flatMap((i) => THEME_IDS.map((theme) => ({ institution: i.institution, theme: THEME_NAMES[theme]!, share: i.themes[theme]!.share })));
  const leaders = THEME_IDS.map((theme) => {
    const top = [...c.institutions].sort((a, b) => b.themes[theme]!.share - a.themes[theme]!.share)[0];
    return top ? `${THEME_NAMES[theme]}: highest ${top.institution} (${pct(top.themes[theme]!.share)})` : '';
  }).filter(Boolean);
  return {
    name: 'theme-balance',
    title: 'Theme balance: share of each institution\'s actions per theme',
    description: `Bars per institution and theme, the share of the institution's actions with the theme (an action may have several). ${leaders.join('; ')}.`,
    spec: {
      $schema: SCHEMA,
      data: { values },
      mark: { type: 'bar', tooltip: true },
      width: 420,
      encoding: {
        y: { field: 'institution', type: 'nominal', title: null, sort: null },
        yOffset: { field: 'theme', sort: THEME_IDS.map((t) => THEME_NAMES[t]) },
        x: { field: 'share', type: 'quantitative', title: 'share of actions', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
        color: { field: 'theme', type: 'nominal', sort: THEME_IDS.map((t) => THEME_NAMES[t]), title: 'theme' },
      },
    },
    table: { columns: ['institution', ...THEME_IDS.map((t) => THEME_NAMES[t]!)], rows: c.institutions.map((i) => [i.institution, ...THEME_IDS.map((t) => pct(i.themes[t]!.share))]) },
  };
}

function topicCoverage(c: Comparison): ChartSpec {
  const label = (t: Comparison['topics'][number]) => `${t.name} (${pct(t.share)})`;
  const order = [...c.topics].sort((a, b) => b.share - a.share || (a.name < b.name ? -1 : 1));
  const values = c.institutions.flatMap((i) => order.map((t) => ({ institution: i.institution, topic: label(t), actions: i.topics[t.topic] ?? 0, share: i.actions === 0 ? 0 : (i.topics[t.topic] ?? 0) / i.actions })));
  const common = order.filter((t) => t.share >= 0.5).map((t) => t.name);
  const none = order.filter((t) => t.institutions === 0).map((t) => t.name);
  return {
    name: 'topic-coverage',
    title: 'Topic coverage: share of each institution\'s actions per topic, with the sector frequency of each topic',
    description: `Heatmap of institutions by the ${order.length} topics of the taxonomy, ordered by sector frequency (the share of institutions with an action on the topic, in brackets). At least half of the institutions cover: ${common.join(', ') || 'none'}. No institution covers: ${none.join(', ') || 'none'}.`,
    spec: {
      $schema: SCHEMA,
      data: { values },
      mark: { type: 'rect', tooltip: true },
      encoding: {
        x: { field: 'topic', type: 'nominal', sort: order.map(label), title: 'topic (sector frequency)', axis: { labelAngle: -50, labelLimit: 220 } },
        y: { field: 'institution', type: 'nominal', title: null, sort: null },
        color: { field: 'share', type: 'quantitative', title: 'share of actions', legend: { format: '.0%' }, scale: { scheme: 'blues', domainMin: 0 } },
      },
      config: { view: { step: 22 } },
    },
    table: { columns: ['topic', 'sector frequency', 'institutions', 'actions'], rows: order.map((t) => [t.name, pct(t.share), t.institutions, t.actions]) },
  };
}

function timeline(c: Comparison): ChartSpec {
  // Years in order, then ongoing, then undated, across all institutions.
  const rank = (due: string) => (due === 'ongoing' ? 1 : due === 'none' ? 2 : 0);
  const dues = [...new Set(c.timeline.map((r) => r.due))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const byDue = dues.map((due) => [due, c.timeline.filter((r) => r.due === due).reduce((n, r) => n + r.actions, 0)] as const);
  return {
    name: 'timeline',
    title: 'Timeline: when actions fall due',
    description: `Stacked bars of actions per year they fall due, by institution, then ongoing actions and actions without a date. ${byDue.map(([due, n]) => `${due}: ${n}`).join('; ')}.`,
    spec: {
      $schema: SCHEMA,
      data: { values: c.timeline },
      mark: { type: 'bar', tooltip: true },
      width: 420,
      encoding: {
        x: { field: 'due', type: 'ordinal', sort: dues, title: 'falls due' },
        y: { field: 'actions', type: 'quantitative', stack: 'zero', title: 'actions' },
        color: { field: 'institution', type: 'nominal', title: 'institution' },
      },
    },
    table: {
      columns: ['institution', ...dues],
      rows: c.institutions.map((i) => [i.institution, ...dues.map((due) => c.timeline.find((r) => r.institution === i.institution && r.due === due)?.actions ?? 0)]),
    },
  };
}
