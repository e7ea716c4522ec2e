import levenshtein from 'fast-levenshtein';
import type { Recognition } from '../recognition.ts';

function similar(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  const y = b.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  if (x.includes(y) || y.includes(x)) return true;
  return levenshtein.get(x, y) / Math.max(x.length, y.length, 1) <= 0.5;
}

/**
 * Per-action sections and an overview of the same actions (a numbered table or list before them)
 * are one set of actions: each section merges into the overview entry with its number, which
 * keeps its statement as `extra["overview statement"]` where the wording differs.
 */
export function mergeOverviews(r: Recognition): void {
  const sections = r.drafts.filter((d) => d.layout === 'sections' && d.draft.ref);
  if (sections.length === 0) return;
  const firstSection = Math.min(...sections.map((d) => d.item));
  const overview = new Map(r.drafts.filter((d) => d.draft.ref && d.layout !== 'sections' && d.item < firstSection).map((d) => [d.draft.ref!, d]));
  let mismatches = 0;
  const merged = new Set<object>();
  for (const entry of sections) {
    const earlier = overview.get(entry.draft.ref!);
    if (!earlier || merged.has(earlier)) continue;
    merged.add(earlier);
    const draft = entry.draft;
    const statement = earlier.draft.title;
    if (!similar(statement, draft.title)) mismatches++;
    if (statement && statement.toLowerCase() !== draft.title.toLowerCase()) draft.extra['overview statement'] = statement;
    draft.provenance.unshift(...earlier.draft.provenance);
    draft.themes.unshift(...earlier.draft.themes.filter((t) => !draft.themes.some((d) => d.theme === t.theme)));
    earlier.draft = draft;
    earlier.layout = 'sections';
    earlier.confidence = Math.max(earlier.confidence ?? 0, entry.confidence ?? 0);
    r.drafts = r.drafts.filter((d) => d !== entry);
  }
  if (mismatches > 0) {
    r.diagnostics.push({
      severity: 'warning',
      code: 'overview-mismatch',
      message: `${mismatches} action section(s) have a title unlike the overview statement with the same number; merged by number`,
      at: null,
    });
  }
}
