import { THEME_IDS, type ThemeId } from '@tc/model';
import type { InstitutionFigures, TopicFigures } from './comparison.ts';

/**
 * A theme or topic is a gap of an institution when it has no action on it while at least this
 * share of the other institutions has one ("most of the sector covers it").
 */
export const GAP_SECTOR_SHARE = 0.5;

/** The themes and topics most of the other institutions cover that this one does not, most covered first. */
export function findGaps(
  institution: Pick<InstitutionFigures, 'institution' | 'themes' | 'topics'>,
  all: ReadonlyArray<Pick<InstitutionFigures, 'institution' | 'themes' | 'topics'>>,
  topics: readonly TopicFigures[],
): { themes: ThemeId[]; topics: string[] } {
  const others = all.filter((i) => i.institution !== institution.institution);
  if (others.length === 0) return { themes: [], topics: [] };
  const coveredBy = (has: (i: (typeof others)[number]) => boolean) => others.filter(has).length / others.length;
  const themes = THEME_IDS.map((theme) => ({ theme, share: coveredBy((i) => i.themes[theme]!.count > 0) }))
    .filter((t) => institution.themes[t.theme]!.count === 0 && t.share >= GAP_SECTOR_SHARE)
    .sort((a, b) => b.share - a.share)
    .map((t) => t.theme);
  const topicGaps = topics
    .map((t) => ({ topic: t.topic, share: coveredBy((i) => (i.topics[t.topic] ?? 0) > 0) }))
    .filter((t) => (institution.topics[t.topic] ?? 0) === 0 && t.share >= GAP_SECTOR_SHARE)
    .sort((a, b) => b.share - a.share || (a.topic < b.topic ? -1 : 1))
    .map((t) => t.topic);
  return { themes, topics: topicGaps };
}
