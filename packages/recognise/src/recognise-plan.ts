import type { Action, Diagnostic, LayoutDocument, Plan, PlanSource } from '@tc/model';
import { applyClassifier, applyTopics, normaliseThemeLabel } from '@tc/themes';
import { addTheme, finishDraft, type ActionDraft } from './action-draft.ts';
import { splitBracketThemes } from './fields/bracket-themes.ts';
import { readContext } from './context.ts';
import { refPrefix } from './fields/refs.ts';
import { parsePeriod } from './fields/timeframe.ts';
import { documentItems } from './items.ts';
import type { Recognition } from './recognition.ts';
import { definePlanTheme } from './recognition.ts';
import { recogniseNarrative } from './regions/narrative.ts';
import { recogniseThemeDefinitionTables } from './regions/theme-definitions.ts';
import { mergeOverviews } from './readings/merge-overview.ts';
import { proposeReadings } from './readings/propose-readings.ts';
import type { Reading } from './readings/reading.ts';
import { scoreReading } from './readings/score-reading.ts';
import { selectReadings, type Selection } from './readings/select-readings.ts';
import { uniqueIds } from './unique-ids.ts';

/** Options of {@link recognisePlan}. */
export interface RecogniseOptions {
  /** Give actions whose plan states no theme the classifier's themes (default true). */
  classify?: boolean;
}

/**
 * Finds the plan in a layout document — its layout (tables, tick grids, sections, lists), its
 * actions with their fields and themes, its own theme definitions, key and footnotes — and builds
 * the canonical Plan. Blocks that hold no action are kept as narrative sections. Actions whose plan
 * states no theme get the classifier's, unless the plan puts them under no theme.
 */
export function recognisePlan(doc: LayoutDocument, source: PlanSource, options: RecogniseOptions = {}): Plan {
  const items = documentItems(doc);
  const context = readContext(items, doc.furniture);
  const r: Recognition = {
    items,
    context,
    consumed: new Set(context.consumed),
    drafts: [],
    themes: [],
    sections: [],
    diagnostics: [],
  };
  if (context.titleItem !== null) r.consumed.add(context.titleItem);
  readDocument(r);

  r.drafts.sort((a, b) => a.item - b.item);
  if (!context.periodInfo) periodFromEarlyText(r);
  for (const { draft } of r.drafts) takeBracketedThemes(draft);
  applyCodeThemes(r);
  const actions = assignIds(r);
  r.drafts.forEach(({ draft }, i) => {
    if (!draft.hedgedThemes) return;
    r.diagnostics.push({
      severity: 'warning',
      code: 'theme-wording-hedged',
      message: `action ${actions[i]!.id} states its themes in hedged wording ("${draft.hedgedThemes}"); every theme named was kept`,
      at: actions[i]!.provenance[0] ?? null,
    });
  });
  const layout = dominantLayout(r);

  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...r.diagnostics];
  if (actions.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'no-actions-found', message: 'no actions were found in this document', at: null });
  }
  for (const line of furnitureSummary(doc)) diagnostics.push(line);

  r.sections.sort((a, b) => a.item - b.item);
  const plan: Plan = {
    schemaVersion: '1.0',
    institution: context.institution,
    title: context.title,
    period: context.periodInfo,
    source,
    layout,
    confidence: actions.length === 0 ? 0 : Math.round((actions.reduce((sum, a) => sum + a.confidence, 0) / actions.length) * 1000) / 1000,
    themes: r.themes,
    actions,
    sections: r.sections.map(({ item: _item, ...section }) => section),
    glossary: context.glossary,
    footnotes: context.footnotes,
    diagnostics,
  };
  const tagged = applyTopics(plan);
  if (options.classify === false) return tagged;
  const themeless = new Set(actions.filter((_, i) => r.drafts[i]!.draft.themeless).map((a) => a.id));
  return applyClassifier(tagged, { skip: (action) => themeless.has(action.id) });
}

/**
 * Reads the document's blocks: theme definition tables first (they are the plan's key, not
 * actions), then every reader's proposals, scored alike, the best set that claims no block twice
 * applied; overviews merged with their sections; the rest is narrative.
 */
export function readDocument(r: Recognition): Selection {
  recogniseThemeDefinitionTables(r);
  const selection = selectReadings(proposeReadings(r).map(scoreReading));
  for (const reading of selection.chosen) applyReading(r, reading);
  mergeOverviews(r);
  recogniseNarrative(r);
  return selection;
}

function applyReading(r: Recognition, reading: Reading): void {
  // Each action is as sure as the reading it came from.
  r.drafts.push(...reading.drafts.map((d) => ({ ...d, confidence: Math.round(Math.min(1, reading.quality) * 1000) / 1000 })));
  r.sections.push(...reading.sections);
  for (const t of reading.themes) definePlanTheme(r, t.theme, t.label, t.definition);
  r.diagnostics.push(...reading.diagnostics);
  for (const i of reading.claims) r.consumed.add(i);
}

/**
 * A plan whose title gives no period often states it in a heading or a line over its table
 * ("Action plan 2024 – 2027"): the first short block near the top that names a range of dates.
 */
function periodFromEarlyText(r: Recognition): void {
  const early = [...r.sections]
    .sort((a, b) => a.item - b.item)
    .flatMap((s) => [s.heading ?? '', s.text])
    .filter((t) => t.length > 0 && t.split(/\s+/).length <= 12 && /\b(?:plan|period|programme|strategy)\b/i.test(t))
    .slice(0, 8);
  for (const text of early) {
    const period = parsePeriod(text);
    if (period?.start && period.end) {
      r.context.periodInfo = { ...period, ongoing: false };
      r.context.period = { start: period.start, end: period.end };
      return;
    }
  }
}

/** Themes named in a bracket at the end of an action's title are stated themes (`label`). */
function takeBracketedThemes(draft: ActionDraft): void {
  const found = splitBracketThemes(draft.title);
  if (!found) return;
  for (const theme of found.themes) addTheme(draft, theme, 'label');
  draft.extra['themes as printed'] = found.printed;
  draft.title = found.text;
}

/** Where refs carry theme codes (V1, R3, CD2c, S5) and an action states no theme, the code gives it. */
function applyCodeThemes(r: Recognition): void {
  const prefixes = new Set(r.drafts.flatMap((d) => (d.draft.ref ? [refPrefix(d.draft.ref)] : [])).filter((p): p is string => p !== null));
  if (prefixes.size < 2) return;
  const themeOf = new Map<string, ReturnType<typeof normaliseThemeLabel>>();
  for (const p of prefixes) themeOf.set(p, normaliseThemeLabel(p));
  if ([...themeOf.values()].some((t) => t?.kind !== 'theme')) return;
  for (const { draft } of r.drafts) {
    if (draft.themes.length > 0) continue;
    const ref = draft.ref ?? draft.parentRef;
    const label = ref ? themeOf.get(refPrefix(ref) ?? '') : undefined;
    if (label?.kind === 'theme') addTheme(draft, label.theme, 'code');
  }
}

function assignIds(r: Recognition): Action[] {
  const unique = uniqueIds();
  const counters = new Map<string, number>();
  return r.drafts.map(({ draft, group, confidence }) => {
    let base = draft.id ?? draft.ref;
    if (!base) {
      const prefix = (group ?? 'action').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'action';
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      base = `${prefix}-${n}`;
    }
    return finishDraft(draft, unique(base), r.context, confidence ?? 0);
  });
}

function dominantLayout(r: Recognition): string {
  const votes = new Map<string, number>();
  for (const d of r.drafts) votes.set(d.layout, (votes.get(d.layout) ?? 0) + 1);
  let best = 'none';
  let count = 0;
  for (const [layout, n] of votes) if (n > count) [best, count] = [layout, n];
  return best;
}

function furnitureSummary(doc: LayoutDocument): Diagnostic[] {
  const seen = new Map<string, { count: number; at: Diagnostic['at'] }>();
  for (const f of doc.furniture) {
    const entry = seen.get(f.text);
    if (entry) entry.count++;
    else seen.set(f.text, { count: 1, at: f.position });
  }
  return [...seen].map(([text, { count, at }]) => ({
    severity: 'info' as const,
    code: 'page-furniture',
    message: `page furniture kept out of the plan (${count}×): ${text}`,
    at,
  }));
}
