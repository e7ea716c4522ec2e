import type { Action, ActionTheme, Provenance, ThemeId, ThemeSource } from '@tc/model';
import { stripFootnoteMarks } from './fields/footnote-marks.ts';
import { parseOwners } from './fields/owners.ts';
import { parseStatus } from './fields/status.ts';
import { parseTimeframe } from './fields/timeframe.ts';
import type { FieldRole } from './fields/field-role.ts';
import type { PlanContext } from './context.ts';

/** An action while it is being assembled from one or more rows, sections or paragraphs. */
export interface ActionDraft {
  id: string | null;
  ref: string | null;
  parentRef: string | null;
  title: string;
  description: string[];
  themes: ActionTheme[];
  timeframe: string[];
  owners: string[];
  successMeasures: string[];
  supportingActions: string[];
  status: string[];
  comments: string[];
  footnotes: string[];
  extra: Record<string, string>;
  provenance: Provenance[];
  /** the plan puts the action under no theme ("Overarching", "Evaluating impact"): never classify it */
  themeless: boolean;
  /** themes stated in hedged wording ("Mainly recognition, also visibility"), as printed */
  hedgedThemes: string | null;
}

export function newDraft(init: Partial<ActionDraft> = {}): ActionDraft {
  return {
    id: null,
    ref: null,
    parentRef: null,
    title: '',
    description: [],
    themes: [],
    timeframe: [],
    owners: [],
    successMeasures: [],
    supportingActions: [],
    status: [],
    comments: [],
    footnotes: [],
    extra: {},
    provenance: [],
    themeless: false,
    hedgedThemes: null,
    ...init,
  };
}

// Lower value wins when a theme is stated in more than one way.
const SOURCE_RANK: Record<ThemeSource, number> = { tick: 0, column: 1, label: 2, section: 3, code: 4, classifier: 5 };

export function addTheme(draft: ActionDraft, theme: ThemeId, source: ThemeSource, confidence = 1): void {
  const existing = draft.themes.find((t) => t.theme === theme);
  if (!existing) draft.themes.push({ theme, source, confidence });
  else if (SOURCE_RANK[source] < SOURCE_RANK[existing.source]) Object.assign(existing, { source, confidence });
}

/** Puts one field's text into the draft. */
export function addField(draft: ActionDraft, role: Exclude<FieldRole, 'ref' | 'theme'>, text: string): void {
  const value = text.trim();
  if (value.length === 0) return;
  const fields: Record<typeof role, () => void> = {
    title: () => {
      if (draft.title.length === 0) draft.title = value;
      else draft.description.push(value);
    },
    description: () => draft.description.push(value),
    timeframe: () => draft.timeframe.push(value),
    owner: () => draft.owners.push(value),
    measures: () => draft.successMeasures.push(...splitItems(value)),
    supporting: () => draft.supportingActions.push(...splitItems(value)),
    status: () => draft.status.push(value),
    comments: () => draft.comments.push(value),
  };
  fields[role]();
}

// "a) Support for managers … b) Regular communication …": an inline lettered enumeration is a list.
const INLINE_ENUMERATION = /(?<!\s)\s+(?=[b-h]\)\s)/;

/** Folds `from` into `into`: its title becomes more description, every other field is added. */
export function mergeDraft(into: ActionDraft, from: ActionDraft): void {
  if (from.title) into.description.push(from.title);
  into.description.push(...from.description);
  into.timeframe.push(...from.timeframe);
  into.owners.push(...from.owners);
  into.successMeasures.push(...from.successMeasures);
  into.supportingActions.push(...from.supportingActions);
  into.status.push(...from.status);
  into.comments.push(...from.comments);
  into.footnotes.push(...from.footnotes);
  Object.assign(into.extra, from.extra);
  into.provenance.push(...from.provenance);
  for (const t of from.themes) addTheme(into, t.theme, t.source, t.confidence);
}

function splitItems(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => (/^\s*a\)\s/.test(line) ? line.split(INLINE_ENUMERATION) : [line]))
    .map((s) => s.replace(/^\s*(?:[-•▪◦*]|\d{1,2}[.)])\s+/, '').trim())
    .filter((s) => s.length > 0);
}

function clean(text: string, marks: Set<string>): string {
  const stripped = stripFootnoteMarks(text);
  for (const m of stripped.marks) marks.add(m);
  return stripped.text;
}

/** Turns a finished draft into an Action; footnote marks come out of every text field. */
export function finishDraft(draft: ActionDraft, id: string, context: PlanContext, confidence: number): Action {
  const marks = new Set<string>(draft.footnotes);
  const flatClean = (t: string): string => clean(t, marks).replace(/\s+/g, ' ').trim();
  const blockClean = (t: string): string => clean(t, marks);
  const description = draft.description.map(blockClean).filter(Boolean).join('\n');
  const comments = draft.comments.map(blockClean).filter(Boolean).join('\n');
  const timeframeRaw = draft.timeframe.map(flatClean).filter(Boolean).join(' ');
  const statusRaw = draft.status.map(flatClean).filter(Boolean).join(' ');
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft.extra)) {
    const cleaned = blockClean(value);
    if (cleaned) extra[key] = cleaned;
  }
  return {
    id,
    ref: draft.ref,
    parentRef: draft.parentRef,
    title: flatClean(draft.title),
    description: description.length > 0 ? description : null,
    themes: draft.themes,
    topics: [],
    timeframe: timeframeRaw ? parseTimeframe(timeframeRaw, context) : null,
    owners: draft.owners.flatMap((o) => parseOwners(flatClean(o), context.lookup)),
    successMeasures: draft.successMeasures.map(flatClean).filter(Boolean),
    supportingActions: draft.supportingActions.map(flatClean).filter(Boolean),
    status: statusRaw ? parseStatus(statusRaw) : null,
    comments: comments.length > 0 ? comments : null,
    footnotes: [...marks],
    extra,
    provenance: draft.provenance,
    confidence,
  };
}
