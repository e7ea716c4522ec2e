import { THEME_IDS } from '@tc/model';
import { analyse, type FeatureSpace } from './features.ts';
import type { ThemeExplanation, ThemeTerm } from './model-schema.ts';
import { scoreAnalysis, type Scored } from './predict.ts';
import { shippedModel } from './shipped-model.ts';

function termsFor(scored: Scored, space: FeatureSpace, weights: readonly number[]): ThemeTerm[] {
  const terms: ThemeTerm[] = [];
  const { indices, values } = scored.vector;
  const base = space.vocabulary.length;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const contribution = (weights[i] as number) * (values[k] as number);
    if (contribution === 0) continue;
    if (i < base) {
      const stem = space.vocabulary[i] as string;
      terms.push({ term: scored.analysis.surface.get(stem) ?? stem, source: 'text', contribution });
      continue;
    }
    // A lexicon feature sums several phrases: share its contribution out by phrase weight.
    const lexiconTheme = THEME_IDS[i - base]!;
    const hits = scored.analysis.lexicon[lexiconTheme];
    const total = hits.reduce((s, h) => s + h.weight, 0);
    for (const h of hits) terms.push({ term: h.phrase, source: `lexicon:${lexiconTheme}`, contribution: (contribution * h.weight) / total });
  }
  return terms.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * Explains `classifyThemes(text)`: for each theme, its score, threshold, decision value and the terms
 * (words and bigrams of the text, and lexicon phrases) that moved it most, largest first.
 */
export function explainThemes(text: string, options: { limit?: number } = {}): ThemeExplanation[] {
  const limit = options.limit ?? 12;
  const model = shippedModel();
  const scored = scoreAnalysis(model, analyse(typeof text === 'string' ? text : ''));
  return scored.scores.map((s) => {
    const params = model.file.themes[s.theme];
    return {
      ...s,
      threshold: params.threshold,
      decision: scored.decisions[s.theme],
      intercept: params.intercept,
      terms: termsFor(scored, model.space, params.weights).slice(0, Math.max(0, limit)),
    };
  });
}
