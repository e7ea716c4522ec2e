import { normaliseThemeLabel } from '@tc/themes';
import { newDraft } from '../action-draft.ts';
import { addDraft, consume, positions, type Recognition } from '../recognition.ts';

/**
 * A tick grid whose columns were lost (text extracted from a designed PDF): a run of theme labels
 * (the column headers), then action paragraphs each followed by loose tick symbols. The actions
 * are read; which column each tick was in cannot be, and a diagnostic says so.
 */
export function recogniseLooseTickGrid(r: Recognition): void {
  const { items } = r;
  for (let i = 0; i < items.length; i++) {
    const headerEnd = themeHeaderRun(r, i);
    if (headerEnd < 0) continue;
    let j = headerEnd;
    const found: number[] = [];
    while (j < items.length) {
      const item = items[j]!;
      const next = items[j + 1];
      if (item.kind !== 'paragraph' || r.consumed.has(j) || next?.kind !== 'symbol') break;
      let k = j + 1;
      while (items[k]?.kind === 'symbol') k++;
      const draft = newDraft({ title: item.text, provenance: positions([item]) });
      addDraft(r, draft, 'tick-grid', j);
      consume(r, ...Array.from({ length: k - j }, (_, n) => j + n));
      found.push(j);
      j = k;
    }
    if (found.length === 0) continue;
    consume(r, ...Array.from({ length: headerEnd - i }, (_, n) => i + n));
    r.diagnostics.push({
      severity: 'warning',
      code: 'ticks-unresolved',
      message: `${found.length} action(s) have tick marks whose theme columns cannot be read from this text; their themes are not stated`,
      at: items[i]!.position,
    });
    i = j - 1;
  }
}

/** Index after a run of at least three distinct theme labels starting at `start`, or -1. */
function themeHeaderRun(r: Recognition, start: number): number {
  const seen = new Set<string>();
  let i = start;
  while (i < r.items.length) {
    const item = r.items[i]!;
    if (r.consumed.has(i) || (item.kind !== 'paragraph' && item.kind !== 'heading')) break;
    const label = item.text.length <= 40 ? normaliseThemeLabel(item.text) : null;
    if (label?.kind !== 'theme' || seen.has(label.theme)) break;
    seen.add(label.theme);
    i++;
  }
  return seen.size >= 3 ? i : -1;
}
