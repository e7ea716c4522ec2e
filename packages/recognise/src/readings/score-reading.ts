// The one scorer: every proposal, whichever reader made it, is weighed on the same evidence.
import { actionLikeness } from '../action-likeness.ts';
import type { ActionDraft } from '../action-draft.ts';
import { readLeadingRef, readMarkerRef, sequenceRegularity, type RefShape } from '../fields/ref-grammar.ts';
import type { Evidence, Proposal, Reading } from './reading.ts';

/** Weights of the evidence in a reading's quality (they add up to 1). */
export const QUALITY_WEIGHTS = { actionLikeness: 0.35, fields: 0.2, refRegularity: 0.1, consistency: 0.1, structure: 0.25 } as const;

/** Readings of lower quality are not plans' actions (a list of needs, a job's duties). */
export const MIN_QUALITY = 0.5;

function shapeOfRef(ref: string): { ref: string; shape: RefShape; prefix: string | null } | null {
  const marker = readMarkerRef(ref);
  if (marker) return { ...marker, prefix: /^[A-Z]+/.exec(ref)?.[0] ?? null };
  const lead = readLeadingRef(`${ref} x`);
  return lead ? { ref: lead.ref, shape: lead.shape, prefix: lead.prefix } : null;
}

function fieldKeys(d: ActionDraft): string {
  const keys: string[] = [];
  if (d.timeframe.length > 0) keys.push('timeframe');
  if (d.owners.length > 0) keys.push('owner');
  if (d.successMeasures.length > 0) keys.push('measures');
  if (d.status.length > 0) keys.push('status');
  // A theme from the heading above is the layout's, not the record's own field.
  if (d.themes.some((t) => t.source !== 'classifier' && t.source !== 'section')) keys.push('themes');
  if (d.description.length > 0) keys.push('description');
  if (d.ref) keys.push('ref');
  return keys.join(',');
}

export function evidenceOf(proposal: Proposal): Evidence {
  const drafts = proposal.drafts.map((d) => d.draft);
  const n = drafts.length;
  if (n === 0) return { records: 0, actionLikeness: 0, refRegularity: 0, fields: 0, consistency: 0, structure: proposal.structure };
  const likeness = drafts.reduce((s, d) => s + actionLikeness(d.title || d.description[0] || ''), 0) / n;
  const refs = drafts.flatMap((d) => (d.ref ? [shapeOfRef(d.ref)] : [])).filter((x) => x !== null);
  const refRegularity = refs.length >= 2 ? sequenceRegularity(refs) * (refs.length / n) : 0.5;
  const keys = drafts.map(fieldKeys);
  const withFields = keys.filter((k) => k.split(',').some((key) => key !== 'ref' && key !== 'description' && key !== '')).length / n;
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const consistency = Math.max(...counts.values()) / n;
  return { records: n, actionLikeness: likeness, refRegularity, fields: withFields, consistency, structure: proposal.structure };
}

/** Scores a proposal: quality from the evidence, score = quality × what it explains. */
export function scoreReading(proposal: Proposal): Reading {
  const evidence = evidenceOf(proposal);
  const w = QUALITY_WEIGHTS;
  const quality = evidence.records === 0
    ? 0
    : w.actionLikeness * evidence.actionLikeness + w.fields * evidence.fields + w.refRegularity * evidence.refRegularity
      + w.consistency * evidence.consistency + w.structure * evidence.structure;
  // Whatever else speaks for it, a run of records none of which reads as an action is not a plan's.
  const floor = Math.min(1, evidence.actionLikeness / 0.2);
  // One record is weak evidence of a layout; the score grows with the records and the blocks explained.
  const size = evidence.records + 0.25 * proposal.claims.length;
  // One record with no field, under nothing that says it is an action, is weak evidence indeed.
  const single = evidence.records > 1 ? 1 : evidence.fields > 0 || evidence.structure >= 0.75 ? 0.85 : 0.6;
  const { structure: _structure, prior = 1, ...rest } = proposal;
  const q = quality * single * floor * prior;
  return { ...rest, evidence, quality: q, score: q * size };
}
