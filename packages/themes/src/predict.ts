import { THEME_IDS, type ThemeId } from '@tc/model';
import { analyse, dimension, spaceFrom, vectorise, type FeatureSpace, type SparseVector, type TextAnalysis } from './features.ts';
import { decision } from './logistic-regression.ts';
import type { ThemeModelFile, ThemeScore } from './model-schema.ts';
import { calibrate } from './platt.ts';

/** A model file with its feature space rebuilt, ready to score. */
export interface LoadedModel {
  file: ThemeModelFile;
  space: FeatureSpace;
}

/** Rebuilds the feature space of a (validated) model file. */
export function loadModel(file: ThemeModelFile): LoadedModel {
  const { lexicon, textScale } = file.training.options;
  const space = spaceFrom(file.vocabulary, file.idf, lexicon, textScale);
  for (const theme of THEME_IDS) {
    if (file.themes[theme].weights.length !== dimension(space)) throw new Error(`model weights for ${theme} do not match its vocabulary`);
  }
  return { file, space };
}

/** Everything scoring one text produced, kept for explanations. */
export interface Scored {
  analysis: TextAnalysis;
  vector: SparseVector;
  decisions: Record<ThemeId, number>;
  scores: ThemeScore[];
}

// Environmental sustainability (carbon, energy, recycling) is not the Sustainability theme: in such a
// text the theme needs its own lexicon evidence (succession, apprentices, skills …) to be selected.
function selectable(theme: ThemeId, analysis: TextAnalysis): boolean {
  return analysis.hasWords && !(theme === 'sustainability' && analysis.environmental && analysis.lexicon.sustainability.length === 0);
}

/**
 * Scores each theme and selects those at or above their threshold. A text without a letter or digit selects
 * nothing; any other text selects at least the theme that clears its threshold by the most (or misses
 * it by the least). In an environmental text, Sustainability is selected only on its own lexicon evidence.
 */
export function scoreAnalysis(model: LoadedModel, analysis: TextAnalysis): Scored {
  const vector = vectorise(analysis, model.space);
  const decisions = {} as Record<ThemeId, number>;
  const scores: ThemeScore[] = THEME_IDS.map((theme) => {
    const params = model.file.themes[theme];
    const d = decision(params, vector);
    decisions[theme] = d;
    const score = calibrate(params.platt, d);
    return { theme, score, selected: selectable(theme, analysis) && score >= params.threshold };
  });
  if (analysis.hasWords && !scores.some((s) => s.selected)) {
    let best = scores[0] as ThemeScore;
    let bestMargin = -Infinity;
    for (const s of scores) {
      if (!selectable(s.theme, analysis)) continue;
      const margin = s.score - model.file.themes[s.theme].threshold;
      if (margin > bestMargin) {
        bestMargin = margin;
        best = s;
      }
    }
    best.selected = true;
  }
  return { analysis, vector, decisions, scores };
}

/** Scores one text with a given model. */
export function scoreText(model: LoadedModel, text: string): Scored {
  return scoreAnalysis(model, analyse(text));
}
