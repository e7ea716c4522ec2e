import * as z from 'zod';
import { ThemeId, TopicId } from '@tc/model';
import taxonomyJson from './taxonomy.json' with { type: 'json' };

/** One topic of the taxonomy: what actions about it do, the themes it serves, the phrases that signal it. */
export const TopicDefinition = z.object({
  id: TopicId,
  name: z.string().min(1),
  definition: z.string().min(1),
  themes: z.array(ThemeId).describe('the Commitment themes the topic serves, by their definitions (empty: none of the four)'),
  phrases: z.array(z.tuple([z.string().min(1), z.number().positive()])).describe('a phrase and its weight (2 typical, 1 supporting, 0.5 weak)'),
});
export type TopicDefinition = z.infer<typeof TopicDefinition>;

/** The topic taxonomy file (`taxonomy.json`). */
export const Taxonomy = z
  .object({ version: z.literal(1), topics: z.array(TopicDefinition).min(1) })
  .refine((t) => new Set(t.topics.map((x) => x.id)).size === t.topics.length, 'topic ids must be unique');
export type Taxonomy = z.infer<typeof Taxonomy>;

let loaded: Taxonomy | null = null;

/** The shipped taxonomy, validated on first use. */
export function topicTaxonomy(): Taxonomy {
  loaded ??= Taxonomy.parse(taxonomyJson);
  return loaded;
}
