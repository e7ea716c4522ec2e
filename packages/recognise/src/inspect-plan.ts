// What the recogniser saw and why it chose as it did: every block in reading order with the
// reading that claimed it (its score and evidence) and the best reading that wanted it and lost.
import type { LayoutDocument, Provenance } from '@tc/model';
import { readContext } from './context.ts';
import { documentItems } from './items.ts';
import { readDocument } from './recognise-plan.ts';
import type { Evidence, Reading } from './readings/reading.ts';
import type { Recognition } from './recognition.ts';

/** A reading as `tc inspect` shows it. */
export interface ReadingSummary {
  reader: string;
  actions: number;
  quality: number;
  score: number;
  evidence: Evidence;
}

/** One block of the document with what claimed it. */
export interface InspectedBlock {
  index: number;
  kind: string;
  /** list depth or heading level */
  depth: number;
  marker: string | null;
  text: string;
  position: Provenance | null;
  /** "context" (title, key), "theme-definitions", "narrative", or a chosen reading's reader */
  claimedBy: string;
  reading: ReadingSummary | null;
  /** the best rejected reading that wanted this block, and why it lost */
  runnerUp: (ReadingSummary & { why: 'quality' | 'overlap' }) | null;
}

export interface Inspection {
  blocks: InspectedBlock[];
  chosen: ReadingSummary[];
  rejected: Array<ReadingSummary & { why: 'quality' | 'overlap'; lostTo: string | null }>;
}

const summary = (r: Reading): ReadingSummary => ({
  reader: r.reader, actions: r.drafts.length, quality: round(r.quality), score: round(r.score), evidence: roundEvidence(r.evidence),
});
const round = (x: number): number => Math.round(x * 1000) / 1000;
function roundEvidence(e: Evidence): Evidence {
  return { records: e.records, actionLikeness: round(e.actionLikeness), refRegularity: round(e.refRegularity), fields: round(e.fields), consistency: round(e.consistency), structure: round(e.structure) };
}

/** Recognises `doc` and reports, block by block, which reading claimed what. */
export function inspectPlan(doc: LayoutDocument): Inspection {
  const items = documentItems(doc);
  const context = readContext(items, doc.furniture);
  const r: Recognition = { items, context, consumed: new Set(context.consumed), drafts: [], themes: [], sections: [], diagnostics: [] };
  const before = new Set(r.consumed);
  if (context.titleItem !== null) before.add(context.titleItem);
  r.consumed = new Set(before);
  const selection = readDocument(r);
  const claimedBy = new Map<number, Reading>();
  for (const reading of selection.chosen) for (const i of reading.claims) claimedBy.set(i, reading);
  const runnerUp = new Map<number, (typeof selection.rejected)[number]>();
  for (const entry of selection.rejected) {
    for (const i of entry.reading.claims) {
      const seen = runnerUp.get(i);
      if (!seen || seen.reading.score < entry.reading.score) runnerUp.set(i, entry);
    }
  }
  const blocks = items.map((item): InspectedBlock => {
    const reading = claimedBy.get(item.index) ?? null;
    const lost = runnerUp.get(item.index);
    return {
      index: item.index,
      kind: item.kind,
      depth: item.kind === 'heading' ? item.level : item.depth,
      marker: item.marker,
      text: item.kind === 'table' ? `[table ${item.table?.rows.length ?? 0} × ${item.table?.rows[0]?.cells.length ?? 0}]` : item.text,
      position: item.position,
      claimedBy: reading ? reading.reader : before.has(item.index) ? 'context' : 'narrative',
      reading: reading ? summary(reading) : null,
      runnerUp: lost ? { ...summary(lost.reading), why: lost.why } : null,
    };
  });
  return {
    blocks,
    chosen: selection.chosen.map(summary),
    rejected: selection.rejected.map((e) => ({ ...summary(e.reading), why: e.why, lostTo: e.lostTo?.reader ?? null })),
  };
}
