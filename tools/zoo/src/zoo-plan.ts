// A made-up plan's content, before a family lays it out. Every string here is invented for the
// zoo; none comes from a fixture or a real plan.
import type { ThemeId } from '@tc/model';

export interface ZooAction {
  /** Short imperative title: "Launch a technician mentoring scheme". */
  title: string;
  /** One or two sentences of detail. */
  description: string;
  /** The themes the action serves (1–4), first is the main one. */
  themes: ThemeId[];
  /** The timeframe as printed ("By July 2026", "Q3 2025", "Ongoing", "Year 1"). */
  timeframe: string;
  /** Owners as printed (1–2). */
  owners: string[];
  /** A success measure. */
  measure: string;
  /** A status word or null ("On track", "Green", "Not started"). */
  status: string | null;
  /** Sub-actions (for refs like 1.1 / V1a); usually empty. */
  children: ZooAction[];
}

export interface ZooPlan {
  /** The seed the plan was drawn from. */
  seed: number;
  institution: string;
  /** e.g. "Technician Commitment Action Plan 2025–2028" */
  title: string;
  period: { start: number; end: number };
  /** A few sentences of introduction (narrative, not actions). */
  intro: string[];
  actions: ZooAction[];
}
