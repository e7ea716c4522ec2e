import { THEME_IDS, type ThemeId } from '@tc/model';
import { analyse, buildFeatureSpace, dimension, vectorise, type FeatureSpace, type SparseVector, type TextAnalysis } from '../features.ts';
import { decision, fitLogistic, type LinearModel } from '../logistic-regression.ts';
import type { ThemeModelFile, TrainingOptions } from '../model-schema.ts';
import { calibrate, fitPlatt } from '../platt.ts';
import type { Example } from './examples.ts';
import { mcc } from './metrics.ts';
import { chooseThreshold } from './thresholds.ts';

/** The settings the shipped model is trained with. */
export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  lambda: 0.01,
  iterations: 1500,
  minDf: 2,
  lexicon: true,
  textScale: 0.5,
  singleLabelNegativeWeight: 1,
};

interface Analysed {
  example: Example;
  analysis: TextAnalysis;
}

interface Weights {
  space: FeatureSpace;
  models: Record<ThemeId, LinearModel>;
}

function fitWeights(data: readonly Analysed[], options: TrainingOptions): Weights {
  const space = buildFeatureSpace(data.map((d) => d.analysis), options.minDf, options.lexicon, options.textScale);
  const rows = data.map((d) => vectorise(d.analysis, space));
  const models = {} as Record<ThemeId, LinearModel>;
  for (const theme of THEME_IDS) {
    const labels = data.map((d) => (d.example.themes.includes(theme) ? 1 : 0));
    const weights = data.map((d, i) => (labels[i] === 0 && d.example.singleLabel ? options.singleLabelNegativeWeight : 1));
    models[theme] = fitLogistic(rows, labels, weights, dimension(space), options);
  }
  return { space, models };
}

function decide(weights: Weights, analysis: TextAnalysis): Record<ThemeId, number> {
  const x: SparseVector = vectorise(analysis, weights.space);
  const out = {} as Record<ThemeId, number>;
  for (const theme of THEME_IDS) out[theme] = decision(weights.models[theme], x);
  return out;
}

// Leave one institution out inside the training data, so calibration and thresholds are fitted on
// decisions the weights did not see.
function heldOutDecisions(data: readonly Analysed[], options: TrainingOptions): Array<Record<ThemeId, number>> {
  const institutions = [...new Set(data.map((d) => d.example.institution))].sort();
  const out = new Array<Record<ThemeId, number>>(data.length);
  for (const held of institutions) {
    const train = data.filter((d) => d.example.institution !== held);
    const weights = fitWeights(train, options);
    data.forEach((d, i) => {
      if (d.example.institution === held) out[i] = decide(weights, d.analysis);
    });
  }
  return out;
}

const round = (x: number): number => Number(x.toPrecision(6));

/** The settings training chooses among, inside the training data only. */
export const OPTION_GRID: ReadonlyArray<Pick<TrainingOptions, 'textScale' | 'lambda'>> = [0, 0.25, 0.5, 1].flatMap((textScale) =>
  [0.01, 0.1].map((lambda) => ({ textScale, lambda })),
);

// How well a setting does on institutions it was not fitted on: per theme, the MCC of calibrated
// held-out decisions at their best threshold, averaged over the themes.
function heldOutScore(data: readonly Analysed[], options: TrainingOptions): number {
  const held = heldOutDecisions(data, options);
  let total = 0;
  for (const theme of THEME_IDS) {
    const labels = data.map((d) => d.example.themes.includes(theme));
    const decisions = held.map((h) => h[theme]);
    const platt = fitPlatt(decisions, labels);
    const probabilities = decisions.map((d) => calibrate(platt, d));
    const threshold = chooseThreshold(probabilities, labels);
    let tp = 0, fp = 0, fn = 0, tn = 0;
    probabilities.forEach((p, i) => {
      if (p >= threshold) labels[i] ? tp++ : fp++;
      else labels[i] ? fn++ : tn++;
    });
    total += mcc(tp, fp, fn, tn);
  }
  return total / THEME_IDS.length;
}

/**
 * Chooses the text-feature weight and the regularisation from {@link OPTION_GRID} by
 * leave-one-institution-out within `examples` alone; the first of equal scores wins.
 */
export function selectOptions(examples: readonly Example[], base: TrainingOptions = DEFAULT_TRAINING_OPTIONS): TrainingOptions {
  const data = examples.map((example) => ({ example, analysis: analyse(example.text) }));
  let best = base;
  let bestScore = -Infinity;
  for (const candidate of OPTION_GRID) {
    const options = { ...base, ...candidate };
    const score = heldOutScore(data, options);
    if (score > bestScore + 1e-9) [best, bestScore] = [options, score];
  }
  return best;
}

/**
 * Trains the classifier: TF-IDF + lexicon features, one L2 logistic regression per theme, Platt
 * calibration and MCC-best thresholds from leave-one-institution-out decisions within `examples`.
 * Deterministic: the same examples and options give the same file, bit for bit.
 */
export function trainThemeModel(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): ThemeModelFile {
  const institutions = [...new Set(examples.map((e) => e.institution))].sort();
  if (institutions.length < 2) throw new Error('training needs actions from at least two institutions');
  const data = examples.map((example) => ({ example, analysis: analyse(example.text) }));
  const held = heldOutDecisions(data, options);
  const final = fitWeights(data, options);
  const themes = {} as ThemeModelFile['themes'];
  for (const theme of THEME_IDS) {
    const labels = data.map((d) => d.example.themes.includes(theme));
    const decisions = held.map((h) => h[theme]);
    const platt = fitPlatt(decisions, labels);
    const threshold = chooseThreshold(decisions.map((d) => calibrate(platt, d)), labels);
    const model = final.models[theme];
    themes[theme] = {
      intercept: round(model.intercept),
      weights: Array.from(model.weights, round),
      platt: { a: round(platt.a), b: round(platt.b) },
      threshold,
    };
  }
  return {
    format: 'tc-themes-model/1',
    training: { institutions, actions: examples.length, options },
    vocabulary: [...final.space.vocabulary],
    idf: final.space.idf.map(round),
    themes,
  };
}

/** The model file as written to disk: stable key order, one line per array. */
export function serialiseModel(model: ThemeModelFile): string {
  return `${JSON.stringify(model)}\n`;
}

/** Chooses the settings within `examples` ({@link selectOptions}), then trains with them. */
export function trainSelectedModel(examples: readonly Example[], base: TrainingOptions = DEFAULT_TRAINING_OPTIONS): ThemeModelFile {
  return trainThemeModel(examples, selectOptions(examples, base));
}
