// The gold file of one zoo document: what a perfect reader finds. Written by the generator from
// what the family actually printed (a family that prints no refs records null refs).
import { ThemeId } from '@tc/model';
import * as z from 'zod';

export const GoldAction = z.object({
  /** The ref exactly as printed, or null when the layout prints none. */
  ref: z.string().nullable(),
  /** The action's title as printed (for a one-sentence action, the whole sentence). */
  title: z.string(),
  /** Further text printed for the action (helps matching; not scored). */
  description: z.string().nullable(),
  /** Themes the document states for this action; null when it states none (classifier's job). */
  themes: z.array(ThemeId).nullable(),
  /** The timeframe as printed, or null when not printed. */
  timeframe: z.string().nullable(),
  /** Owners as printed, or null when not printed. */
  owners: z.array(z.string()).nullable(),
  /** The parent's ref, for sub-actions. */
  parentRef: z.string().nullable(),
});
export type GoldAction = z.infer<typeof GoldAction>;

export const Gold = z.object({
  /** "plan" or "not-plan" (on a not-plan every action found is a false positive). */
  kind: z.enum(['plan', 'not-plan']),
  family: z.string(),
  /** The layout dimensions this document combines, for the report. */
  dimensions: z.record(z.string(), z.string()),
  institution: z.string().nullable(),
  actions: z.array(GoldAction),
});
export type Gold = z.infer<typeof Gold>;
