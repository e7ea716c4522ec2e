// A reading: one reader's proposal of what a stretch of the document is — its actions, its
// narrative, the theme definitions it found — with the evidence for it. Readers propose; one
// scorer (`score-reading.ts`) weighs every proposal alike; `select-readings.ts` keeps the best set
// that claims no block twice.
import type { Diagnostic, PlanTheme } from '@tc/model';
import type { Recognition } from '../recognition.ts';

/** What speaks for a reading, each in [0, 1] except `records`. */
export interface Evidence {
  /** actions the reading finds */
  records: number;
  /** mean action-likeness of their titles */
  actionLikeness: number;
  /** how regularly their refs count up (0.5 where the layout prints no refs) */
  refRegularity: number;
  /** share of actions with a field beyond the title (owner, timeframe, measure, status, stated theme, detail) */
  fields: number;
  /** share of actions with the most common set of fields */
  consistency: number;
  /** the reader's own structural evidence: header words matched, anchors of one kind, an introducing heading */
  structure: number;
}

export interface Reading {
  /** which reader proposed it, and the anchor kind where it has one: "records:list:d0:number" */
  reader: string;
  /** the blocks (item indices) the reading takes, ascending */
  claims: number[];
  drafts: Recognition['drafts'];
  sections: Recognition['sections'];
  themes: PlanTheme[];
  diagnostics: Diagnostic[];
  evidence: Evidence;
  /** in [0, 1]: how much the reading looks like a plan's actions */
  quality: number;
  /** what selection compares: quality weighted by how much the reading explains */
  score: number;
}

/** A reading before it is scored. */
export type Proposal = Omit<Reading, 'evidence' | 'quality' | 'score'> & {
  structure: number;
  /** how likely, before this reading, that the document is a plan at all (1 when it says so) */
  prior?: number;
};
