// Every reader proposes, none consumes: tables one by one (as an action table, a tick grid, a field
// table), per-action sections, loose tick grids, and every run of records.
import { proposeFlattenedTables } from '../readers/flattened-table.ts';
import { proposeRecords } from '../readers/record-reader.ts';
import type { Recognition } from '../recognition.ts';
import { recogniseActionTables } from '../regions/action-table.ts';
import { recogniseFieldTables } from '../regions/field-tables.ts';
import { recogniseLooseTickGrid } from '../regions/loose-tick-grid.ts';
import type { Proposal } from './reading.ts';
import { proposeInSandbox } from './sandbox.ts';
import { isHeadingLike } from '../items.ts';

/**
 * Field tables one after another (one action each, with at most headings or short lines between
 * them) are one reading of several actions, as a list's items are.
 */
function joinFieldTableRuns(r: Recognition, tables: readonly Proposal[]): Proposal[] {
  const runs: Proposal[] = [];
  for (const table of tables) {
    const last = runs[runs.length - 1];
    const from = last ? last.claims[last.claims.length - 1]! + 1 : 0;
    const to = table.claims[0]!;
    const gap = r.items.slice(from, to);
    if (last && gap.length <= 3 && gap.every((item) => item.kind === 'heading' || isHeadingLike(item))) {
      last.claims.push(...table.claims);
      last.drafts.push(...table.drafts);
      last.sections.push(...table.sections);
      last.diagnostics.push(...table.diagnostics);
    } else runs.push({ ...table, claims: [...table.claims], drafts: [...table.drafts], sections: [...table.sections], diagnostics: [...table.diagnostics] });
  }
  return runs;
}

export function proposeReadings(r: Recognition): Proposal[] {
  const proposals: Proposal[] = [];
  const fieldTables: Proposal[] = [];
  for (const item of r.items) {
    if (item.kind !== 'table' || r.consumed.has(item.index)) continue;
    const only = new Set([item.index]);
    proposals.push(proposeInSandbox(r, 'action-table', only, recogniseActionTables, 1));
    fieldTables.push(proposeInSandbox(r, 'field-tables', only, recogniseFieldTables, 0.9));
  }
  proposals.push(...joinFieldTableRuns(r, fieldTables.filter((p) => p.drafts.length > 0)));
  proposals.push(proposeInSandbox(r, 'loose-tick-grid', null, recogniseLooseTickGrid, 0.9));
  proposals.push(...proposeRecords(r));
  proposals.push(...proposeFlattenedTables(r));
  return proposals.filter((p) => p.claims.length > 0);
}
