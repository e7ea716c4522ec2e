import { THEME_IDS, type Action, type ActionTopic, type ThemeId } from '@tc/model';
import type { ThemeScore } from './model-schema.ts';
import { classifyThemes } from './classify.ts';
import { matchLexicon } from './lexicon.ts';
import { openingClause } from './opening-clause.ts';
import { tokenise } from './tokenise.ts';
import { tagTopics } from './topics/tag-topics.ts';
import { topicTaxonomy } from './topics/taxonomy.ts';

/** A theme chosen for an action the plan leaves unthemed, and how strongly. */
export interface ChosenTheme {
  theme: ThemeId;
  confidence: number;
}

/**
 * Themes per action for a plan that states none of its own: the plans that tick several themes per
 * action tick 2.1 to 2.4 on average (docs/themes-evaluation.md), so two.
 */
export const DEFAULT_THEMES_PER_ACTION = 2;
const MAX_THEMES_PER_ACTION = THEME_IDS.length;

/**
 * How many themes the plan gives an action, read from the actions whose themes it states: 1 when
 * one theme on 90 % of them or more (a section, code or theme column), else their mean count
 * rounded, at least 2; {@link DEFAULT_THEMES_PER_ACTION} when fewer than three actions state themes.
 * `except` leaves one action out, so an evaluation can read the plan's convention without the
 * action's own themes.
 */
export function planThemesPerAction(plan: { actions: ReadonlyArray<Pick<Action, 'id' | 'themes'>> }, except?: string): number {
  const stated = plan.actions.filter((a) => a.id !== except && a.themes.length > 0 && a.themes.every((t) => t.source !== 'classifier'));
  if (stated.length < 3) return DEFAULT_THEMES_PER_ACTION;
  const counts = stated.map((a) => new Set(a.themes.map((t) => t.theme)).size);
  if (counts.filter((n) => n === 1).length >= 0.9 * counts.length) return 1;
  const mean = counts.reduce((s, n) => s + n, 0) / counts.length;
  return Math.min(MAX_THEMES_PER_ACTION, Math.max(2, Math.round(mean)));
}

const strength = (sum: number): number => 1 - Math.exp(-sum / 2);
/** Lexicon weight that selects a theme by itself (one typical phrase). */
const LEXICON_CUT = 1;

let topicThemes: Map<string, readonly ThemeId[]> | null = null;
function themesOfTopic(topic: string): readonly ThemeId[] {
  topicThemes ??= new Map(topicTaxonomy().topics.map((t) => [t.id, t.themes]));
  return topicThemes.get(topic) ?? [];
}

/** Each theme's votes from the topics of a text (tagged here unless given), through the taxonomy's theme map, in canonical order. */
export function topicVotes(text: string, topics: readonly ActionTopic[] = tagTopics(text)): number[] {
  const votes = THEME_IDS.map(() => 0);
  for (const t of topics) for (const theme of themesOfTopic(t.topic)) votes[THEME_IDS.indexOf(theme)]! += t.confidence;
  return votes;
}

/** The summed lexicon phrase weight of each theme in a text, in canonical order. */
export function lexiconSums(text: string): number[] {
  const { themes } = matchLexicon(tokenise(text));
  return THEME_IDS.map((t) => themes[t].reduce((s, h) => s + h.weight, 0));
}

// How much more a lexicon phrase counts, when one theme is chosen, for standing in the action's
// opening clause: every leave-one-institution-out fold chose 0.5 (docs/themes-evaluation.md).
const OPENING_CLAUSE_WEIGHT = 0.5;

// One theme per action: the lexicon's strongest theme, phrases of the opening clause counting
// 1 + OPENING_CLAUSE_WEIGHT times. Sectioned plans file an action under the theme its words name
// most, and by its aim more than its means; topic votes spread over the several themes a topic serves.
function oneTheme(text: string, lexicon: readonly number[]): ChosenTheme[] {
  const head = openingClause(text);
  // A text of one clause: the weight scales every theme alike, so the lexicon already ranks.
  const opening = head.length === text.length ? lexicon : lexiconSums(head);
  const ranking = lexicon.map((x, k) => x + OPENING_CLAUSE_WEIGHT * opening[k]!);
  const best = ranking.indexOf(Math.max(...ranking));
  return [{ theme: THEME_IDS[best]!, confidence: round(strength(lexicon[best]!)) }];
}

// Several themes per action: the themes of the action's topics, most votes first (the lexicon
// breaks ties), up to the plan's count. A tick grid marks every theme an action serves, which is
// what the taxonomy's theme map says of each topic. The first needs any evidence; each further one
// a topic's vote or the lexicon weight that selects a theme on its own (1).
function severalThemes(votes: readonly number[], lexicon: readonly number[], count: number): ChosenTheme[] {
  const order = THEME_IDS.map((_, i) => i)
    .filter((i) => votes[i]! > 0 || lexicon[i]! > 0)
    .sort((a, b) => votes[b]! - votes[a]! || lexicon[b]! - lexicon[a]! || a - b)
    .filter((i, rank) => rank === 0 || votes[i]! > 0 || lexicon[i]! >= LEXICON_CUT);
  return order.slice(0, count).map((i) => ({ theme: THEME_IDS[i]!, confidence: round(1 - (1 - strength(2 * votes[i]!)) * (1 - strength(lexicon[i]!))) }));
}

/**
 * The themes of an action text the plan leaves unthemed, by the method that measured best
 * (docs/themes-evaluation.md). Where the plan gives one theme per action (`themesPerAction` 1): the
 * domain lexicon's strongest theme, phrases of the opening clause counting more. Where it gives several: the themes of the action's topics,
 * through the taxonomy's theme map, up to `themesPerAction`. Where neither lexicon nor topics have
 * any evidence, the trained classifier (`classify`: the shipped model unless an evaluation passes a
 * held-out one). `topics` are the text's topics when the caller has tagged them already. Empty for
 * text without words.
 */
export function chooseThemes(text: string, themesPerAction: number, classify: (text: string) => ThemeScore[] = classifyThemes, topics?: readonly ActionTopic[]): ChosenTheme[] {
  const lexicon = lexiconSums(text);
  const votes = themesPerAction > 1 ? topicVotes(text, topics) : THEME_IDS.map(() => 0);
  const evident = Math.max(...lexicon, ...votes) > 0;
  let chosen: ChosenTheme[];
  if (evident) chosen = themesPerAction > 1 ? severalThemes(votes, lexicon, themesPerAction) : oneTheme(text, lexicon);
  else {
    chosen = classify(text)
      .filter((s) => s.selected)
      .sort((a, b) => b.score - a.score)
      .slice(0, Math.max(1, themesPerAction))
      .map((s) => ({ theme: s.theme, confidence: round(s.score) }));
  }
  return chosen.sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
}

/** A score as Plans record it: in [0, 1], three decimals. */
export function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
