// The frame every list/section family shares: the title lines, the intro, how the actions are
// split into groups under a lead-in (one list, or one group per theme), and where decoy lists go.
// Kept apart so each family file is only about how its own actions look.
import type { ThemeId } from '@tc/model';
import { decoyBlocks, fillLeadIn, leadInBlock, pickLeadIn, type DecoyStyle, type LeadInKind } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { RefPlace } from '../ref-styles.ts';
import type { ZooBlock, ZooDocument } from '../zoo-doc.ts';
import type { ZooAction, ZooPlan } from '../zoo-plan.ts';

export type TitleForm = 'heading' | 'paragraph';
export const TITLE_FORMS = ['heading', 'paragraph'] as const;

export type DecoyPlace = 'none' | 'before' | 'after';
export const DECOY_PLACES = ['none', 'before', 'after'] as const;

/**
 * A covering row where the `slow` dimensions advance every second variant. Two-valued dimensions
 * in one coveringRow move in lockstep (always equal or always opposite); a slow one against a
 * fast one meets all four pairings within five variants.
 */
export function pairedCoveringRow<const F extends Record<string, readonly string[]>, const S extends Record<string, readonly string[]>>(
  variant: number,
  fast: F,
  slow: S,
): { [K in keyof F]: F[K][number] } & { [K in keyof S]: S[K][number] } {
  return { ...coveringRow(variant, fast), ...coveringRow(Math.floor(variant / 2), slow) };
}

export const periodText = (plan: ZooPlan): string => `${plan.period.start}–${plan.period.end}`;

/** Institution and plan title, as a heading (one or two) or as a plain first line. */
export function titleBlocks(plan: ZooPlan, form: TitleForm, random: Random): ZooBlock[] {
  const shape = random.int(0, 2);
  if (form === 'paragraph') {
    const text = shape === 0 ? `${plan.institution} ${plan.title}` : `${plan.institution} – ${plan.title}`;
    return [{ kind: 'paragraph', runs: [shape === 2 ? { text, bold: true } : text] }];
  }
  if (shape === 2) return [{ kind: 'heading', level: 1, text: plan.institution }, { kind: 'heading', level: 2, text: plan.title }];
  return [{ kind: 'heading', level: 1, text: shape === 0 ? `${plan.institution}: ${plan.title}` : `${plan.institution} ${plan.title}` }];
}

/** The plan's intro sentences: one paragraph, or one paragraph each. */
export function introBlocks(plan: ZooPlan, random: Random): ZooBlock[] {
  if (random.chance(0.5)) return [{ kind: 'paragraph', runs: [plan.intro.join(' ')] }];
  return plan.intro.map((s) => ({ kind: 'paragraph', runs: [s] }));
}

export interface ActionGroup {
  /** The lead-in blocks printed before this group's actions (may be empty). */
  lead: ZooBlock[];
  /** The theme the lead states for every action of the group, or null. */
  theme: ThemeId | null;
  /** 1-based group number (the action's main-theme group, whether or not it is printed). */
  group: number;
  actions: Array<{ action: ZooAction; place: RefPlace }>;
}

/** Splits the plan by main theme, numbering each action in the plan and inside its theme. */
export function themeGroups(plan: ZooPlan): Array<{ theme: ThemeId; group: number; actions: Array<{ action: ZooAction; place: RefPlace }> }> {
  const groups: Array<{ theme: ThemeId; group: number; actions: Array<{ action: ZooAction; place: RefPlace }> }> = [];
  let index = 0;
  for (const action of plan.actions) {
    const theme = action.themes[0]!;
    let last = groups.at(-1);
    if (!last || last.theme !== theme) {
      last = { theme, group: groups.length + 1, actions: [] };
      groups.push(last);
    }
    index++;
    last.actions.push({ action, place: { index, inGroup: last.actions.length + 1, group: last.group, theme } });
  }
  return groups;
}

export interface GroupOptions {
  /** Heading level of an 'actions-heading' / 'theme-heading' lead. */
  headingLevel?: 1 | 2 | 3;
  /** Lead-in templates to avoid (e.g. "We will:" before "We will …" items). */
  avoid?: readonly string[];
}

/**
 * The action groups for one way of introducing the list: per theme for theme headings or words
 * (the theme is then stated for its actions), otherwise one group with a heading, a sentence or
 * nothing before it.
 */
export function groupActions(plan: ZooPlan, kind: LeadInKind, random: Random, options: GroupOptions = {}): ActionGroup[] {
  const groups = themeGroups(plan);
  const level = options.headingLevel ?? 2;
  let template = pickLeadIn(kind, random);
  for (let i = 0; i < 5 && template && options.avoid?.includes(template); i++) template = pickLeadIn(kind, random);
  if (kind === 'theme-heading' || kind === 'theme-word') {
    return groups.map((g) => ({
      lead: [leadInBlock(kind, fillLeadIn(template!, { theme: g.theme, n: g.group, period: periodText(plan) }), level)],
      theme: g.theme,
      group: g.group,
      actions: g.actions,
    }));
  }
  const lead = template ? [leadInBlock(kind, fillLeadIn(template, { period: periodText(plan), count: plan.actions.length }), level)] : [];
  return [{ lead, theme: null, group: 1, actions: groups.flatMap((g) => g.actions) }];
}

/** Title, intro, decoys before or after the body, as one document. */
export function frameDocument(plan: ZooPlan, opts: { titleForm: TitleForm; decoys: DecoyPlace; decoyStyle: DecoyStyle; body: ZooBlock[] }, random: Random): ZooDocument {
  const head = [...titleBlocks(plan, opts.titleForm, random), ...introBlocks(plan, random)];
  const decoys = opts.decoys === 'none' ? [] : decoyBlocks(random, opts.decoyStyle, { sets: random.int(1, 2), headingLevel: 2 });
  const blocks = opts.decoys === 'before' ? [...head, ...decoys, ...opts.body] : [...head, ...opts.body, ...decoys];
  return { title: `${plan.institution} ${plan.title}`, blocks, text: {} };
}

/** A gold action with everything the family did not print set to null. */
export function goldAction(fields: Pick<GoldAction, 'title'> & Partial<GoldAction>): GoldAction {
  return { ref: null, description: null, themes: null, timeframe: null, owners: null, parentRef: null, ...fields };
}

/** Themes stated for an action: an explicit themes field wins, else the group's theme, else none. */
export function statedThemes(group: ActionGroup, printedField: readonly ThemeId[] | null): ThemeId[] | null {
  if (printedField) return [...printedField];
  return group.theme ? [group.theme] : null;
}

/** Lower-cases the first letter, for titles used inside a sentence ("We will publish …"). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
