import { THEME_IDS, type Plan, type ThemeId } from '@tc/model';
import type { ThemeScore } from './model-schema.ts';
import { classifyThemes } from './classify.ts';
import { analyse } from './features.ts';

/** A theme chosen for an action the plan leaves unthemed, and how strongly. */
export interface ChosenTheme {
  theme: ThemeId;
  confidence: number;
}

// The measured best method (docs/themes-evaluation.md): the domain lexicon's phrases where any hit
// (every theme whose phrases weigh 1 or more, else the strongest), the trained classifier where none
// does, and the plan's own convention on top.
const LEXICON_CUT = 1;

/** True when the plan states one theme per action (a section, code or theme column), judged from the actions whose themes it states. */
export function statesOneThemePerAction(plan: Plan): boolean {
  const stated = plan.actions.filter((a) => a.themes.length > 0 && a.themes.every((t) => t.source !== 'classifier'));
  if (stated.length < 3) return false;
  return stated.filter((a) => new Set(a.themes.map((t) => t.theme)).size === 1).length >= 0.9 * stated.length;
}

/**
 * The themes of an action text the plan leaves unthemed: lexicon first, classifier as the
 * fallback (`classify`, the shipped model unless an evaluation passes a held-out one); only the
 * strongest where the plan gives one theme per action. Empty for text without words.
 */
export function chooseThemes(text: string, oneTheme: boolean, classify: (text: string) => ThemeScore[] = classifyThemes): ChosenTheme[] {
  const { lexicon } = analyse(text);
  const sums = THEME_IDS.map((t) => lexicon[t].reduce((s, h) => s + h.weight, 0));
  const best = Math.max(...sums);
  if (best > 0) {
    const strength = (sum: number): number => round(1 - Math.exp(-sum / 2));
    let chosen = THEME_IDS.flatMap((theme, i) => ((sums[i] as number) >= LEXICON_CUT ? [{ theme, confidence: strength(sums[i]!) }] : []));
    if (chosen.length === 0 || oneTheme) chosen = [{ theme: THEME_IDS[sums.indexOf(best)]!, confidence: strength(best) }];
    return chosen;
  }
  const scores = classify(text);
  let selected = scores.filter((s) => s.selected);
  if (oneTheme && selected.length > 1) selected = [selected.reduce((a, b) => (b.score > a.score ? b : a))];
  return selected.map((s) => ({ theme: s.theme, confidence: round(s.score) }));
}

/** A score as Plans record it: in [0, 1], three decimals. */
export function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
