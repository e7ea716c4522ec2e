import type { Recognition } from '../recognition.ts';
import type { Proposal } from './reading.ts';

/**
 * Runs a region reader on its own, as if nothing else had read the document: it may take only the
 * blocks in `claimable` (all unread blocks when null), and what it takes and finds is returned as a
 * proposal instead of being written into the shared recognition.
 */
export function proposeInSandbox(r: Recognition, reader: string, claimable: ReadonlySet<number> | null, run: (sandbox: Recognition) => void, structure = 1): Proposal {
  const consumed = new Set(r.consumed);
  if (claimable) for (const item of r.items) if (!claimable.has(item.index)) consumed.add(item.index);
  const before = new Set(consumed);
  const sandbox: Recognition = { items: r.items, context: r.context, consumed, drafts: [], themes: [], sections: [], diagnostics: [] };
  run(sandbox);
  const claims = [...consumed].filter((i) => !before.has(i)).sort((a, b) => a - b);
  return { reader, claims, drafts: sandbox.drafts, sections: sandbox.sections, themes: sandbox.themes, diagnostics: sandbox.diagnostics, structure };
}
