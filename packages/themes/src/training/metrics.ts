import { THEME_IDS, type ThemeId } from '@tc/model';

/** Matthews correlation coefficient; 0 when a margin is empty. */
export function mcc(tp: number, fp: number, fn: number, tn: number): number {
  const den = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return den === 0 ? 0 : (tp * tn - fp * fn) / den;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** One action's stated themes next to a method's output. */
export interface Prediction {
  institution: string;
  singleLabel: boolean;
  truth: readonly ThemeId[];
  selected: readonly ThemeId[];
  /** Probability per theme in canonical order, or null for methods that give none. */
  probabilities: readonly number[] | null;
  /** The method's single best theme. */
  top: ThemeId;
}

/** Per-theme confusion counts and figures. */
export interface ThemeFigures {
  theme: ThemeId;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
}

/** The figures of one method on a set of predictions. */
export interface Figures {
  n: number;
  perTheme: ThemeFigures[];
  macroF1: number;
  microF1: number;
  macroMcc: number;
  subsetAccuracy: number;
  hammingLoss: number;
  brier: number | null;
  /** Top-1 accuracy against the stated theme, over single-label actions only. */
  top1: { n: number; accuracy: number };
  meanSelected: number;
}

/** Pools predictions and computes the figures (never a mean of fold figures). */
export function figures(predictions: readonly Prediction[]): Figures {
  const n = predictions.length;
  const perTheme = THEME_IDS.map((theme): ThemeFigures => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const p of predictions) {
      const truth = p.truth.includes(theme);
      const pred = p.selected.includes(theme);
      if (truth && pred) tp++;
      else if (pred) fp++;
      else if (truth) fn++;
      else tn++;
    }
    return {
      theme, support: tp + fn, tp, fp, fn, tn,
      precision: tp + fp === 0 ? 0 : tp / (tp + fp),
      recall: tp + fn === 0 ? 0 : tp / (tp + fn),
      f1: f1(tp, fp, fn),
      mcc: mcc(tp, fp, fn, tn),
    };
  });
  const sum = (f: (t: ThemeFigures) => number): number => perTheme.reduce((s, t) => s + f(t), 0);
  let exact = 0, wrong = 0, brier = 0, selected = 0;
  let top1n = 0, top1hit = 0;
  const probabilistic = predictions.every((p) => p.probabilities !== null);
  for (const p of predictions) {
    const same = THEME_IDS.every((t) => p.truth.includes(t) === p.selected.includes(t));
    if (same) exact++;
    for (const [k, t] of THEME_IDS.entries()) {
      const y = p.truth.includes(t) ? 1 : 0;
      if (y !== (p.selected.includes(t) ? 1 : 0)) wrong++;
      if (probabilistic) brier += ((p.probabilities as readonly number[])[k]! - y) ** 2;
    }
    selected += p.selected.length;
    if (p.singleLabel) {
      top1n++;
      if (p.truth.includes(p.top)) top1hit++;
    }
  }
  const cells = n * THEME_IDS.length;
  return {
    n,
    perTheme,
    macroF1: sum((t) => t.f1) / THEME_IDS.length,
    microF1: f1(sum((t) => t.tp), sum((t) => t.fp), sum((t) => t.fn)),
    macroMcc: sum((t) => t.mcc) / THEME_IDS.length,
    subsetAccuracy: n === 0 ? 0 : exact / n,
    hammingLoss: cells === 0 ? 0 : wrong / cells,
    brier: probabilistic && cells > 0 ? brier / cells : null,
    top1: { n: top1n, accuracy: top1n === 0 ? 0 : top1hit / top1n },
    meanSelected: n === 0 ? 0 : selected / n,
  };
}
