import { THEME_IDS, type ThemeId } from '@tc/model';
import type { ActionCluster, Comparison, InstitutionFigures } from './comparison.ts';

/** A documented column of one of compare's tables. */
export interface TableColumn<Row> {
  name: string;
  description: string;
  value(row: Row): string | number;
}

const pct = (share: number) => Math.round(share * 1000) / 10;

/** institutions.csv: one row per institution. */
export const INSTITUTION_COLUMNS: readonly TableColumn<InstitutionFigures>[] = [
  { name: 'institution', description: 'the institution, as the plan or --institutions names it (`unnamed: <file>` when neither does)', value: (r) => r.institution },
  { name: 'plans', description: 'plans counted (renditions of one plan count once)', value: (r) => r.plans.length },
  { name: 'periods', description: 'the plans\' periods, `;`-separated', value: (r) => r.periods.join('; ') },
  { name: 'actions', description: 'actions in its plans', value: (r) => r.actions },
  ...THEME_IDS.map((theme) => ({ name: `${theme}_pct`, description: `percentage of its actions with the ${theme} theme (an action may have several)`, value: (r: InstitutionFigures) => pct(r.themes[theme]!.share) })),
  { name: 'unthemed_pct', description: 'percentage of its actions with no stated or classified theme', value: (r) => pct(r.unthemed.share) },
  { name: 'owner_pct', description: 'percentage of its actions with an owner', value: (r) => pct(r.owner.share) },
  { name: 'timeframe_pct', description: 'percentage of its actions with a timeframe', value: (r) => pct(r.timeframe.share) },
  { name: 'success_measure_pct', description: 'percentage of its actions with a success measure', value: (r) => pct(r.successMeasure.share) },
  { name: 'topics', description: 'topics with at least one of its actions', value: (r) => Object.keys(r.topics).length },
  { name: 'confidence', description: 'recognition confidence, 0–1: the mean of its actions\' (below 0.6: check by eye)', value: (r) => r.confidence },
];

/** A row of themes.csv: one institution and one theme. */
export interface ThemeRow {
  institution: string;
  theme: ThemeId;
  actions: number;
  share: number;
}

/** themes.csv: one row per institution and theme. */
export const THEME_COLUMNS: readonly TableColumn<ThemeRow>[] = [
  { name: 'institution', description: 'the institution', value: (r) => r.institution },
  { name: 'theme', description: 'visibility, recognition, career-development or sustainability', value: (r) => r.theme },
  { name: 'actions', description: 'its actions with the theme', value: (r) => r.actions },
  { name: 'share', description: 'those actions / its actions, 0–1', value: (r) => r.share },
];

/** The rows of themes.csv. */
export function themeRows(comparison: Comparison): ThemeRow[] {
  return comparison.institutions.flatMap((i) => THEME_IDS.map((theme) => ({ institution: i.institution, theme, actions: i.themes[theme]!.count, share: i.themes[theme]!.share })));
}

/** A row of topics.csv: one institution and one topic of the taxonomy. */
export interface TopicRow {
  institution: string;
  topic: string;
  name: string;
  actions: number;
  share: number;
  sectorInstitutions: number;
  sectorShare: number;
}

/** topics.csv: one row per institution and topic. */
export const TOPIC_COLUMNS: readonly TableColumn<TopicRow>[] = [
  { name: 'institution', description: 'the institution', value: (r) => r.institution },
  { name: 'topic', description: 'the topic id of the @tc/themes taxonomy', value: (r) => r.topic },
  { name: 'name', description: 'the topic\'s name', value: (r) => r.name },
  { name: 'actions', description: 'its actions on the topic', value: (r) => r.actions },
  { name: 'share', description: 'those actions / its actions, 0–1', value: (r) => r.share },
  { name: 'sector_institutions', description: 'institutions with at least one action on the topic', value: (r) => r.sectorInstitutions },
  { name: 'sector_share', description: 'sector frequency: those institutions / all institutions, 0–1', value: (r) => r.sectorShare },
];

/** The rows of topics.csv. */
export function topicRows(comparison: Comparison): TopicRow[] {
  return comparison.institutions.flatMap((i) =>
    comparison.topics.map((t) => {
      const actions = i.topics[t.topic] ?? 0;
      return { institution: i.institution, topic: t.topic, name: t.name, actions, share: i.actions === 0 ? 0 : Math.round((actions / i.actions) * 10_000) / 10_000, sectorInstitutions: t.institutions, sectorShare: t.share };
    }),
  );
}

/** clusters.csv: one row per cluster of similar actions across institutions (common actions). */
export const CLUSTER_COLUMNS: readonly TableColumn<ActionCluster>[] = [
  { name: 'cluster', description: 'the cluster id (c1 has the most institutions)', value: (r) => r.id },
  { name: 'title', description: 'the representative action\'s title: the member most similar to the others', value: (r) => r.title },
  { name: 'institutions', description: 'institutions with an action in the cluster', value: (r) => r.institutions.length },
  { name: 'institution_names', description: 'those institutions, `;`-separated', value: (r) => r.institutions.join('; ') },
  { name: 'actions', description: 'actions in the cluster', value: (r) => r.actions.length },
  { name: 'mean_similarity', description: 'mean similarity (0–1) of the pairs of actions that link the cluster', value: (r) => r.meanSimilarity },
];
