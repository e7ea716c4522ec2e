// A layout family: one way the sector lays out an action plan. A family turns a plan's content
// into a neutral document and records, as gold, exactly what it printed.
import type { Gold, GoldAction } from './gold.ts';
import type { Random } from './random.ts';
import type { ZooDocument } from './zoo-doc.ts';
import type { ZooPlan } from './zoo-plan.ts';

export interface FamilyOutput {
  doc: ZooDocument;
  gold: GoldAction[];
  /** The dimension values this rendering chose (ref style, lead-in, field labels, …). */
  dimensions: Record<string, string>;
}

export interface LayoutFamily {
  /** kebab-case id, used as the folder prefix: "tick-grid", "ref-led-paragraphs". */
  id: string;
  /** One or two sentences: the layout in words. */
  description: string;
  /** Which real shape it stands for, in our own words (no institution names). */
  realShape: string;
  /**
   * Lays out `plan`; `variant` (0, 1, 2, …) selects the covering-design row of dimension values,
   * `random` breaks remaining ties deterministically.
   */
  render(plan: ZooPlan, variant: number, random: Random): FamilyOutput;
}

export type { Gold };
