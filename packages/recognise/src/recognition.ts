import type { Diagnostic, PlanTheme, Provenance, Section, ThemeId } from '@tc/model';
import { leadingThemeLabel, normaliseThemeLabel } from '@tc/themes';
import type { ActionDraft } from './action-draft.ts';
import type { PlanContext } from './context.ts';
import type { Item } from './items.ts';

/** The shared state the region recognisers fill in, in document order. */
export interface Recognition {
  items: Item[];
  context: PlanContext;
  consumed: Set<number>;
  drafts: Array<{ draft: ActionDraft; layout: string; item: number; group: string | null; confidence?: number }>;
  themes: PlanTheme[];
  sections: Array<Section & { item: number }>;
  diagnostics: Diagnostic[];
}

export function addDraft(r: Recognition, draft: ActionDraft, layout: string, item: number, group: string | null = null): void {
  r.drafts.push({ draft, layout, item, group });
}

export function consume(r: Recognition, ...indexes: number[]): void {
  for (const i of indexes) r.consumed.add(i);
}

/** Records how the plan itself defines a theme (the first definition wins; later text extends an empty one). */
export function definePlanTheme(r: Recognition, theme: ThemeId, label: string, definition: string | null): PlanTheme {
  const existing = r.themes.find((t) => t.theme === theme);
  if (existing) {
    if (existing.definition === null && definition) existing.definition = definition;
    return existing;
  }
  const entry: PlanTheme = { theme, label, definition: definition && definition.length > 0 ? definition : null };
  r.themes.push(entry);
  return entry;
}

/**
 * A block that opens with a theme label on its own line(s) followed by the theme's definition:
 * "Visibility / Ensure that …", "CAREER / DEVELOPMENT / Enable …".
 */
export function themeHeading(lines: readonly string[]): { theme: ThemeId | null; kind: 'theme' | 'impact' | 'overarching'; label: string; rest: string[] } | null {
  for (let take = Math.min(2, lines.length); take >= 1; take--) {
    const label = lines.slice(0, take).join(' ');
    if (label.length > 40) continue;
    const meaning = normaliseThemeLabel(label);
    if (!meaning || label.trim().length < 3) continue;
    return { theme: meaning.kind === 'theme' ? meaning.theme : null, kind: meaning.kind, label: label.replace(/:$/, '').trim(), rest: lines.slice(take) };
  }
  const lead = leadingThemeLabel(lines[0] ?? '');
  if (lead && lines.length > 0) {
    const rest = [lead.rest, ...lines.slice(1)].filter((l) => l.length > 0);
    return { theme: lead.label.kind === 'theme' ? lead.label.theme : null, kind: lead.label.kind, label: lead.labelText, rest };
  }
  return null;
}

export function positions(items: readonly Item[]): Provenance[] {
  return items.map((i) => i.position).filter((p): p is Provenance => p !== null);
}
