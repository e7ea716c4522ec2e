// The candidate theme methods `pnpm eval:themes` compares, each run leave-one-institution-out: for
// every fold, whatever a method learns or chooses is fitted on the training institutions' rows only,
// then it predicts the held-out institution's rows.
import { THEME_IDS, type ThemeId } from '../packages/themes/src/training/examples.ts';
import { analyse } from '../packages/themes/src/features.ts';
import { fitLogistic, sigmoid } from '../packages/themes/src/logistic-regression.ts';
import { loadModel, scoreAnalysis } from '../packages/themes/src/predict.ts';
import type { ThemeScore, TrainingOptions } from '../packages/themes/src/model-schema.ts';
import { selectOptions, trainThemeModel } from '../packages/themes/src/training/fit-model.ts';
import { figures, type Prediction } from '../packages/themes/src/training/metrics.ts';
import { chooseThemes } from '../packages/themes/src/select-themes.ts';
import { foldRows, type Fold, type Row } from './themes-eval-data.ts';

/** What a method says of one row. */
export interface Guess {
  selected: readonly ThemeId[];
  top: ThemeId;
  probabilities: readonly number[] | null;
}
/** A method: guesses for the held-out rows, given the training rows and the fold. */
export type Method = (held: readonly Row[], train: readonly Row[], fold: Fold) => Guess[];

/** Runs a method over the folds and returns its predictions in row order. */
export function crossValidate(rows: readonly Row[], rawSimilarity: readonly number[][], folds: readonly Fold[], method: Method): Prediction[] {
  const out = new Array<Prediction>(rows.length);
  for (const fold of folds) {
    const seen = foldRows(rows, rawSimilarity, fold);
    const held = seen.filter((r) => r.e.institution === fold.held);
    const train = seen.filter((r) => r.e.institution !== fold.held);
    method(held, train, fold).forEach((g, k) => {
      const r = held[k]!;
      out[r.index] = { institution: r.e.institution, singleLabel: r.e.singleLabel, truth: r.e.themes, ...g };
    });
  }
  return out;
}

const argmax = (xs: readonly number[]): number => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
const themeAt = (i: number): ThemeId => THEME_IDS[i]!;
const add = (...vs: ReadonlyArray<readonly number[]>): number[] => THEME_IDS.map((_, k) => vs.reduce((s, v) => s + v[k]!, 0));
const scale = (v: readonly number[], w: number): number[] => v.map((x) => x * w);
const single = (r: Row): boolean => r.perAction === 1;

/** Every theme scoring at least `cut`, else the strongest when any scores above zero. */
function atLeast(scores: readonly number[], cut: number): Guess {
  let selected = THEME_IDS.filter((_, k) => scores[k]! >= cut);
  if (selected.length === 0 && Math.max(...scores) > 0) selected = [themeAt(argmax(scores))];
  return { selected, top: themeAt(argmax(scores)), probabilities: null };
}

/** The `k` best-ranked themes that have evidence (those after the first: `further` evidence), at least the best. */
function topK(ranking: readonly number[], k: number, evident: (i: number) => boolean, further: (i: number) => boolean = evident): ThemeId[] {
  const order = THEME_IDS.map((_, i) => i)
    .filter(evident)
    .sort((a, b) => ranking[b]! - ranking[a]! || a - b)
    .filter((i, rank) => rank === 0 || further(i));
  const chosen = order.slice(0, k);
  return (chosen.length > 0 ? chosen : [argmax(ranking)]).map(themeAt);
}

const classifierScores = (fold: Fold, r: Row): ThemeScore[] => fold.scores.get(r.index)!;
function classifierGuess(fold: Fold, r: Row): Guess {
  const s = classifierScores(fold, r);
  const probabilities = s.map((x) => x.score);
  return { selected: s.filter((x) => x.selected).map((x) => x.theme), top: themeAt(argmax(probabilities)), probabilities };
}

/** The plan's convention applied to another method: one theme (its best) where the plan gives one per action. */
export const conventional = (method: Method): Method => (held, train, fold) =>
  method(held, train, fold).map((g, k) => (single(held[k]!) ? { ...g, selected: [g.top] } : g));

/** Baseline: every theme for every action. */
export const predictAll: Method = (held) => held.map(() => ({ selected: THEME_IDS, top: THEME_IDS[0]!, probabilities: null }));
/** Baseline: every theme whose lexicon phrases weigh 1 or more, else the strongest. */
export const lexiconAlone: Method = (held) => held.map((r) => atLeast(r.lexicon, 1));
/** Themes through topics: every theme with half a topic vote or more, else the strongest. */
export const viaTopics: Method = (held) => held.map((r) => atLeast(r.votes, 0.5));
/** Lexicon weights and twice the topic votes added up: every theme at 1.5 or more, else the strongest. */
export const lexiconPlusTopics: Method = (held) => held.map((r) => atLeast(add(r.lexicon, scale(r.votes, 2)), 1.5));
/** The trained classifier of the fold: its selected themes. */
export const classifier: Method = (held, _train, fold) => held.map((r) => classifierGuess(fold, r));

/** The classifier without its lexicon features, trained per fold with its own settings choice. */
export const classifierWithoutLexicon = (options: TrainingOptions): Method => (held, train) => {
  const base = { ...options, lexicon: false };
  const model = loadModel(trainThemeModel(train.map((r) => r.e), selectOptions(train.map((r) => r.e), base)));
  return held.map((r) => {
    const s = scoreAnalysis(model, analyse(r.e.text)).scores;
    const probabilities = s.map((x) => x.score);
    return { selected: s.filter((x) => x.selected).map((x) => x.theme), top: themeAt(argmax(probabilities)), probabilities };
  });
};

/** What shipped before: the lexicon's themes (≥ 1) where a phrase hits, the classifier where none does, one theme where the plan gives one. */
export const previousShipped: Method = (held, _train, fold) =>
  held.map((r) => {
    if (Math.max(...r.lexicon) > 0) {
      const g = atLeast(r.lexicon, 1);
      return single(r) ? { ...g, selected: [g.top] } : g;
    }
    const g = classifierGuess(fold, r);
    return single(r) ? { ...g, selected: [g.top] } : g;
  });

/** The plan's count convention on the lexicon alone: one theme, or the plan's number of themes, by lexicon weight. */
export const lexiconCount: Method = (held, _train, fold) =>
  held.map((r) => {
    if (Math.max(...r.lexicon) === 0) return conventionalGuess(r, classifierGuess(fold, r));
    const top = themeAt(argmax(r.lexicon));
    return { selected: single(r) ? [top] : topK(r.lexicon, r.perAction, (i) => r.lexicon[i]! > 0), top, probabilities: null };
  });

function conventionalGuess(r: Row, g: Guess): Guess {
  if (single(r)) return { ...g, selected: [g.top] };
  return { ...g, selected: g.selected.slice(0, r.perAction) };
}

/**
 * What ships: `chooseThemes` itself, with the fold's classifier as its fallback and the plan's
 * convention; the options give its ablations (the plan's count replaced, no classifier fallback).
 */
export const shipped = (ablation: { count?: number; fallback?: boolean } = {}): Method => (held, _train, fold) =>
  held.map((r) => {
    const none = (): ThemeScore[] => THEME_IDS.map((theme) => ({ theme, score: 0, selected: false }));
    const perAction = r.perAction === 1 ? 1 : (ablation.count ?? r.perAction);
    const chosen = chooseThemes(r.e.text, perAction, ablation.fallback === false ? none : () => classifierScores(fold, r));
    const best = chosen.reduce((a, b) => (b.confidence > a.confidence ? b : a), chosen[0] ?? { theme: classifierGuess(fold, r).top, confidence: 0 });
    return { selected: chosen.map((c) => c.theme), top: best.theme, probabilities: null };
  });

/** Settings a fold chose, by method and held-out institution, for the report. */
export const choices = new Map<string, Map<string, string>>();
function note(method: string, held: string, what: string): void {
  const m = choices.get(method) ?? new Map<string, string>();
  m.set(held, what);
  choices.set(method, m);
}

const macroF1 = (rows: readonly Row[], guesses: readonly Guess[]): number =>
  figures(rows.map((r, k) => ({ institution: r.e.institution, singleLabel: r.e.singleLabel, truth: r.e.themes, ...guesses[k]! }))).macroF1;
const top1 = (rows: readonly Row[], guesses: readonly Guess[]): number => rows.filter((r, k) => r.e.themes.includes(guesses[k]!.top)).length / Math.max(1, rows.length);

/** Picks the grid value whose guesses score best on the training rows (first of equals). */
function choose<T>(grid: readonly [T, ...T[]], score: (value: T) => number): T {
  let best: T = grid[0];
  let bestScore = -Infinity;
  for (const v of grid) {
    const s = score(v);
    if (s > bestScore + 1e-9) [best, bestScore] = [v, s];
  }
  return best;
}

/** Zero-shot word-vector similarity to the theme definitions: the best theme and those within δ of it (δ chosen on the training rows). */
export const zeroShot: Method = (held, train, fold) => {
  const guess = (r: Row, delta: number): Guess => {
    const best = Math.max(...r.similarity);
    return { selected: THEME_IDS.filter((_, k) => r.similarity[k]! >= best - delta), top: themeAt(argmax(r.similarity)), probabilities: null };
  };
  const delta = choose([0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2], (d) => macroF1(train, train.map((r) => guess(r, d))));
  note('zero-shot', fold.held, `δ = ${delta}`);
  return held.map((r) => guess(r, delta));
};

/** Zero-shot similarity with the plan's convention: the best theme, or the plan's number of themes. */
export const zeroShotCount: Method = (held) =>
  held.map((r) => {
    const top = themeAt(argmax(r.similarity));
    return { selected: single(r) ? [top] : topK(r.similarity, r.perAction, () => true), top, probabilities: null };
  });

const WEIGHTS: [number, ...number[]] = [0, 1, 2, 5, 10, 20];

/**
 * Lexicon and topics as shipped, with word-vector similarity added to the ranking: one theme by
 * lexicon + w₁·similarity, several by topic votes + w₂·similarity; w₁ and w₂ chosen on the training rows.
 */
export const withVectors: Method = (held, train, fold) => {
  const oneGuess = (r: Row, w: number): Guess => {
    const s = add(r.lexicon, scale(r.similarity, w));
    if (w === 0 && Math.max(...r.lexicon) === 0) return conventionalGuess(r, classifierGuess(fold, r));
    return { selected: [themeAt(argmax(s))], top: themeAt(argmax(s)), probabilities: null };
  };
  const severalGuess = (r: Row, w: number): Guess => {
    const evident = (i: number): boolean => r.votes[i]! > 0 || r.lexicon[i]! > 0;
    if (!THEME_IDS.some((_, i) => evident(i))) return conventionalGuess(r, classifierGuess(fold, r));
    const ranking = add(r.votes, scale(r.similarity, w), scale(r.lexicon, 1e-3));
    return { selected: topK(ranking, r.perAction, evident, (i) => r.votes[i]! > 0 || r.lexicon[i]! >= 1), top: themeAt(argmax(ranking)), probabilities: null };
  };
  const ones = train.filter(single);
  const several = train.filter((r) => !single(r));
  const w1 = choose(WEIGHTS, (w) => top1(ones, ones.map((r) => oneGuess(r, w))));
  const w2 = choose(WEIGHTS, (w) => macroF1(several, several.map((r) => severalGuess(r, w))));
  note('vectors', fold.held, `w₁ = ${w1}, w₂ = ${w2}`);
  return held.map((r) => (single(r) ? oneGuess(r, w1) : severalGuess(r, w2)));
};

/** Which signals a stacked model reads. */
export interface StackParts {
  lexicon: boolean;
  topics: boolean;
  vectors: boolean;
  classifier: boolean;
}

/**
 * Stacking: one L2 logistic regression over per-theme signals (log lexicon weight, topic votes,
 * similarity, the classifier's out-of-fold probability) with one intercept per theme, weights shared
 * by the themes, fitted on the training rows; the plan's convention on top (one theme: the most
 * probable; several: up to the plan's number at or above a cut chosen on the training rows).
 */
export const stacked = (parts: StackParts, label: string): Method => (held, train, fold) => {
  const features = (r: Row, k: number): number[] => [
    ...(parts.lexicon ? [Math.log1p(r.lexicon[k]!)] : []),
    ...(parts.topics ? [r.votes[k]!] : []),
    ...(parts.vectors ? [10 * r.similarity[k]!] : []),
    ...(parts.classifier ? [classifierScores(fold, r)[k]!.score] : []),
    ...THEME_IDS.map((_, j) => (j === k ? 1 : 0)),
  ];
  const dense = (x: number[]): { indices: number[]; values: number[] } => ({ indices: x.map((_, i) => i), values: x });
  const xs = train.flatMap((r) => THEME_IDS.map((_, k) => dense(features(r, k))));
  const ys = train.flatMap((r) => THEME_IDS.map((t) => (r.e.themes.includes(t) ? 1 : 0)));
  const model = fitLogistic(xs, ys, ys.map(() => 1), xs[0]!.values.length, { lambda: 0.01, iterations: 1500 });
  const probabilitiesOf = (r: Row): number[] => THEME_IDS.map((_, k) => sigmoid(features(r, k).reduce((s, x, i) => s + x * model.weights[i]!, model.intercept)));
  const guess = (r: Row, cut: number): Guess => {
    const p = probabilitiesOf(r);
    const top = themeAt(argmax(p));
    return { selected: single(r) ? [top] : topK(p, r.perAction, (i) => p[i]! >= cut), top, probabilities: p };
  };
  const several = train.filter((r) => !single(r));
  const cut = choose([0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6], (c) => macroF1(several, several.map((r) => guess(r, c))));
  note(label, fold.held, `cut ${cut}`);
  return held.map((r) => guess(r, cut));
};

/** A ceiling, not a method: the topics a person gave each action, through the taxonomy's theme map, with the plan's convention. */
export const handTopics: Method = (held) =>
  held.map((r) => {
    const ranking = add(r.handVotes, scale(r.lexicon, 1e-3));
    const top = themeAt(argmax(ranking));
    return { selected: single(r) ? [top] : topK(ranking, r.perAction, (i) => r.handVotes[i]! > 0), top, probabilities: null };
  });
