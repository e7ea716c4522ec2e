import { THEME_IDS, type Action, type ThemeId } from '@tc/model';
import type { Share } from './comparison.ts';

/** A share rounded to 4 places, so compare.json is stable across platforms. */
export function share(count: number, of: number): Share {
  return { count, share: of === 0 ? 0 : Math.round((count / of) * 10_000) / 10_000 };
}

/** The figures of a set of actions: shares per theme, unthemed, completeness, topics, confidence. */
export function actionFigures(actions: readonly Action[]) {
  const n = actions.length;
  const count = (test: (a: Action) => boolean) => share(actions.filter(test).length, n);
  const themes = Object.fromEntries(THEME_IDS.map((theme) => [theme, count((a) => a.themes.some((t) => t.theme === theme))])) as Record<ThemeId, Share>;
  const topics: Record<string, number> = {};
  for (const action of actions) for (const t of new Set(action.topics.map((x) => x.topic))) topics[t] = (topics[t] ?? 0) + 1;
  const confidence = n === 0 ? 0 : Math.round((actions.reduce((sum, a) => sum + a.confidence, 0) / n) * 1000) / 1000;
  return {
    actions: n,
    themes,
    unthemed: count((a) => a.themes.length === 0),
    owner: count((a) => a.owners.length > 0),
    timeframe: count((a) => a.timeframe !== null),
    successMeasure: count((a) => a.successMeasures.length > 0),
    topics: Object.fromEntries(Object.entries(topics).sort(([a], [b]) => (a < b ? -1 : 1))),
    confidence,
  };
}
