import * as z from 'zod';
import { ThemeId, Timeframe, TopicId } from '@tc/model';

/** A count and its share of the institution's actions (0–1). */
export const Share = z.object({ count: z.int().min(0), share: z.number().min(0).max(1) });
export type Share = z.infer<typeof Share>;

/** Where an action is in its plan file: the file and a page (PDF), line (text) or block (Word). */
export const Place = z.object({
  file: z.string(),
  kind: z.enum(['page', 'line', 'block']).nullable(),
  at: z.int().min(0).nullable(),
});
export type Place = z.infer<typeof Place>;

/** One plan counted once: the rendition read, and every file that was merged into it. */
export const ComparedPlan = z.object({
  id: z.string().describe('p1, p2, … in the order of the institutions'),
  institution: z.string(),
  institutionFrom: z.enum(['plan', 'map', 'file']).describe('named by the plan, by --institutions, or labelled by its file'),
  period: Timeframe.nullable(),
  file: z.string().describe('the rendition whose actions are counted'),
  files: z.array(z.string()).describe('every file read as this plan, the counted one first'),
  mergedBy: z.array(z.enum(['actions', 'institution-period'])).describe('why files were merged: same actions, or same institution and period'),
  layout: z.string(),
  actions: z.int().min(0),
  confidence: z.number().min(0).max(1),
});
export type ComparedPlan = z.infer<typeof ComparedPlan>;

/** One institution's figures. */
export const InstitutionFigures = z.object({
  institution: z.string(),
  named: z.boolean().describe('false when neither the plan nor --institutions names it'),
  plans: z.array(z.string()),
  periods: z.array(z.string()),
  actions: z.int().min(0),
  themes: z.record(ThemeId, Share),
  unthemed: Share,
  distinctive: z.int().min(0).describe('actions no other institution has a similar one of'),
  owner: Share,
  timeframe: Share,
  successMeasure: Share,
  topics: z.record(TopicId, z.int().min(0)).describe('actions per topic; topics with none left out'),
  confidence: z.number().min(0).max(1).describe('recognition confidence: the mean of the actions\''),
  gaps: z
    .object({ themes: z.array(ThemeId), topics: z.array(TopicId) })
    .describe('themes and topics at least half of the other institutions have an action on and this one has none; most covered first'),
});
export type InstitutionFigures = z.infer<typeof InstitutionFigures>;

/** One topic across the sector. */
export const TopicFigures = z.object({
  topic: TopicId,
  name: z.string(),
  themes: z.array(ThemeId),
  actions: z.int().min(0),
  institutions: z.int().min(0).describe('institutions with at least one action on the topic'),
  share: z.number().min(0).max(1).describe('sector frequency: institutions with the topic / institutions'),
});
export type TopicFigures = z.infer<typeof TopicFigures>;

/** One action as the report lists it. */
export const ComparedAction = z.object({
  institution: z.string(),
  plan: z.string(),
  id: z.string(),
  ref: z.string().nullable(),
  title: z.string(),
  themes: z.array(ThemeId),
  topics: z.array(TopicId),
  timeframe: Timeframe.nullable(),
  owners: z.int().min(0),
  successMeasures: z.int().min(0),
  place: Place,
  cluster: z.string().nullable().describe('the cluster of similar actions of other institutions; null: distinctive, no other institution has a similar one'),
});
export type ComparedAction = z.infer<typeof ComparedAction>;

/** Similar actions of two or more institutions. */
export const ActionCluster = z.object({
  id: z.string().describe('c1, c2, … most institutions first'),
  title: z.string().describe('the representative action\'s title: the member most similar to the others'),
  representative: z.object({ plan: z.string(), id: z.string() }),
  institutions: z.array(z.string()),
  actions: z.array(z.object({ institution: z.string(), plan: z.string(), id: z.string(), title: z.string() })),
  meanSimilarity: z.number().min(0).max(1).describe('mean similarity of the pairs that link the cluster'),
});
export type ActionCluster = z.infer<typeof ActionCluster>;

/** How many of an institution's actions fall due in a year (`YYYY`), are `ongoing`, or have no date (`none`). */
export const TimelineRow = z.object({ institution: z.string(), due: z.string(), actions: z.int().min(1) });
export type TimelineRow = z.infer<typeof TimelineRow>;

/** An input that could not be compared, and why. */
export const SkippedInput = z.object({ file: z.string(), code: z.string(), message: z.string() });
export type SkippedInput = z.infer<typeof SkippedInput>;

/** Everything `tc compare` shows: the content of compare.json. */
export const Comparison = z.object({
  version: z.literal(1),
  totals: z.object({
    institutions: z.int().min(0),
    plans: z.int().min(0),
    files: z.int().min(0),
    actions: z.int().min(0),
    periods: z.array(z.string()),
  }),
  notes: z.array(z.string()).describe('what the reader should know: merged renditions, plans without an institution'),
  plans: z.array(ComparedPlan),
  institutions: z.array(InstitutionFigures),
  topics: z.array(TopicFigures),
  clusters: z.array(ActionCluster).describe('common actions: similar actions across institutions'),
  timeline: z.array(TimelineRow).describe('when actions fall due, per institution'),
  actions: z.array(ComparedAction),
  skipped: z.array(SkippedInput),
});
export type Comparison = z.infer<typeof Comparison>;
