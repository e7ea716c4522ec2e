// Candidates of `pnpm eval:themes` that read more than the bag of lexicon phrases (round 3): where in
// the action a phrase stands (its opening clause, a purpose clause such as "to support career
// progression"), a discriminative model over lexicon and topic features, and cut-off sets on
// multi-label plans. Each is run leave-one-institution-out: weights, models and cuts are fitted on
// the training institutions' rows of the fold only.
import { THEME_IDS, type ThemeId } from '../packages/themes/src/training/examples.ts';
import { fitLogistic, sigmoid } from '../packages/themes/src/logistic-regression.ts';
import { figures } from '../packages/themes/src/training/metrics.ts';
import { lexiconSums } from '../packages/themes/src/select-themes.ts';
import { openingClause } from '../packages/themes/src/opening-clause.ts';
import { tagTopics } from '../packages/themes/src/topics/tag-topics.ts';
import { topicTaxonomy } from '../packages/themes/src/index.ts';
import { choices, shipped, type Guess, type Method } from './themes-candidates.ts';
import type { Row } from './themes-eval-data.ts';

// Words that introduce what an action is for; the words after them name its aim.
const PURPOSE = /\b(?:to support|in support of|to facilitate|to enable|to aid|to improve|to ensure|to increase|to encourage|(?:would )?contribute to(?:wards)?|thus|so that|in order to|to help|for the benefit of|to promote)\b/gi;

/** The lexicon sums of an action's opening clause and of its purpose clauses. */
export interface ClauseSums {
  first: number[];
  purpose: number[];
}

/** The opening clause and the purpose clauses of a text, as lexicon sums. */
export function clauseSums(text: string): ClauseSums {
  const purpose: string[] = [];
  for (const m of text.matchAll(PURPOSE)) purpose.push(openingClause(text.slice(m.index + m[0].length)));
  return { first: lexiconSums(openingClause(text)), purpose: lexiconSums(purpose.join('\n')) };
}

const clauseCache = new Map<string, ClauseSums>();
const clausesOf = (r: Row): ClauseSums => {
  let c = clauseCache.get(r.e.text);
  if (!c) clauseCache.set(r.e.text, (c = clauseSums(r.e.text)));
  return c;
};

const argmax = (xs: readonly number[]): number => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
const themeAt = (i: number): ThemeId => THEME_IDS[i]!;
const single = (r: Row): boolean => r.perAction === 1;
const hitRate = (rows: readonly Row[], top: (r: Row) => ThemeId): number => rows.filter((r) => r.e.themes.includes(top(r))).length / Math.max(1, rows.length);
const macroF1 = (rows: readonly Row[], guesses: readonly Guess[]): number =>
  figures(rows.map((r, k) => ({ institution: r.e.institution, singleLabel: r.e.singleLabel, truth: r.e.themes, ...guesses[k]! }))).macroF1;

function note(method: string, held: string, what: string): void {
  const m = choices.get(method) ?? new Map<string, string>();
  m.set(held, what);
  choices.set(method, m);
}

const CLAUSE_WEIGHTS = [0, 0.5, 1, 2, 4] as const;

/** One theme by the lexicon with its opening and purpose clauses weighted a and b more (a, b chosen on the training single-label rows); several as shipped. */
export const clauseWeighted = (which: { first: boolean; purpose: boolean }, label: string): Method => (held, train, fold) => {
  const base = shipped();
  const score = (r: Row, a: number, b: number): number[] => {
    const c = clausesOf(r);
    return r.lexicon.map((x, k) => x + a * c.first[k]! + b * c.purpose[k]!);
  };
  const ones = train.filter(single);
  let best = { a: 0, b: 0, rate: -1 };
  for (const a of which.first ? CLAUSE_WEIGHTS : [0]) for (const b of which.purpose ? CLAUSE_WEIGHTS : [0]) {
    const rate = hitRate(ones, (r) => themeAt(argmax(score(r, a, b))));
    if (rate > best.rate + 1e-9) best = { a, b, rate };
  }
  note(label, fold.held, `a = ${best.a}, b = ${best.b}`);
  const fallback = base(held, train, fold);
  return held.map((r, k) => {
    if (!single(r) || Math.max(...r.lexicon) === 0) return fallback[k]!;
    const top = themeAt(argmax(score(r, best.a, best.b)));
    return { selected: [top], top, probabilities: null };
  });
};

const topicIds = (): string[] => topicTaxonomy().topics.map((t) => t.id);
const topicCache = new Map<string, number[]>();
function topicVector(r: Row): number[] {
  let v = topicCache.get(r.e.text);
  if (!v) {
    const ids = topicIds();
    v = ids.map(() => 0);
    for (const t of tagTopics(r.e.text)) v[ids.indexOf(t.topic)] = t.confidence;
    topicCache.set(r.e.text, v);
  }
  return v;
}

/**
 * A discriminative model: per theme, an L2 logistic regression over every theme's log lexicon weight
 * (whole text, opening clause, purpose clauses) and every topic's confidence, fitted on the training
 * rows. One theme: the most probable; several: up to the plan's number at or above a cut chosen on
 * the training multi-label rows.
 */
export const discriminative = (lambda: number, label: string): Method => (held, train, fold) => {
  const features = (r: Row): number[] => {
    const c = clausesOf(r);
    return [...r.lexicon, ...c.first, ...c.purpose].map((x) => Math.log1p(x)).concat(topicVector(r));
  };
  const dense = (x: number[]): { indices: number[]; values: number[] } => ({ indices: x.map((_, i) => i), values: x });
  const xs = train.map((r) => dense(features(r)));
  const models = THEME_IDS.map((t) => fitLogistic(xs, train.map((r) => (r.e.themes.includes(t) ? 1 : 0)), train.map(() => 1), xs[0]!.values.length, { lambda, iterations: 1500 }));
  const probabilities = (r: Row): number[] => {
    const x = features(r);
    return models.map((m) => sigmoid(x.reduce((s, v, i) => s + v * m.weights[i]!, m.intercept)));
  };
  const guess = (r: Row, cut: number): Guess => {
    const p = probabilities(r);
    const top = themeAt(argmax(p));
    if (single(r)) return { selected: [top], top, probabilities: p };
    const order = THEME_IDS.map((_, i) => i).sort((a, b) => p[b]! - p[a]!).filter((i, rank) => rank === 0 || p[i]! >= cut);
    return { selected: order.slice(0, r.perAction).map(themeAt), top, probabilities: p };
  };
  const several = train.filter((r) => !single(r));
  let cut = 0.5;
  let bestF1 = -1;
  for (const c of [0.2, 0.3, 0.4, 0.5, 0.6]) {
    const f = macroF1(several, several.map((r) => guess(r, c)));
    if (f > bestF1 + 1e-9) [cut, bestF1] = [c, f];
  }
  note(label, fold.held, `cut ${cut}`);
  return held.map((r) => guess(r, cut));
};

/**
 * Shipped, but on multi-label plans a cut on a signal (chosen on the training multi-label rows)
 * decides the set: `votes`, every theme whose topic votes reach it (at least the shipped first
 * theme) instead of the plan's count; `lexicon`, the shipped set plus every theme whose lexicon
 * weight reaches it (∞: none added).
 */
export const multiCut = (signal: 'votes' | 'lexicon'): Method => (held, train, fold) => {
  const base = shipped();
  const guessAll = (rows: readonly Row[], cut: number): Guess[] => {
    const b = base(rows, [], fold);
    return rows.map((r, k) => {
      if (single(r) || (signal === 'votes' && Math.max(...r.votes) === 0)) return b[k]!;
      const chosen = new Set<ThemeId>(signal === 'votes' ? [b[k]!.selected[0] ?? b[k]!.top] : b[k]!.selected);
      const values = signal === 'votes' ? r.votes : r.lexicon;
      THEME_IDS.forEach((t, i) => values[i]! >= cut && chosen.add(t));
      return { ...b[k]!, selected: THEME_IDS.filter((t) => chosen.has(t)) };
    });
  };
  const several = train.filter((r) => !single(r));
  const grid = signal === 'votes' ? [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.2, 1.5] : [Infinity, 1, 1.5, 2, 3, 4, 6, 8];
  let cut = grid[0]!;
  let bestF1 = -1;
  for (const c of grid) {
    const f = macroF1(several, guessAll(several, c));
    if (f > bestF1 + 1e-9) [cut, bestF1] = [c, f];
  }
  note(`multi-label ${signal} cut`, fold.held, `${signal} ≥ ${cut === Infinity ? '∞' : cut}`);
  return guessAll(held, cut);
};

/** Single-label top-1 of lexicon + a·opening + b·purpose tuned on the very rows scored (an upper bound, not a method). */
export function clauseOracle(rows: readonly Row[]): { accuracy: number; a: number; b: number; n: number } {
  const ones = rows.filter(single);
  let best = { accuracy: -1, a: 0, b: 0, n: ones.length };
  for (const a of CLAUSE_WEIGHTS) for (const b of CLAUSE_WEIGHTS) {
    const accuracy = hitRate(ones, (r) => {
      const c = clausesOf(r);
      return themeAt(argmax(r.lexicon.map((x, k) => x + a * c.first[k]! + b * c.purpose[k]!)));
    });
    if (accuracy > best.accuracy + 1e-9) best = { accuracy, a, b, n: ones.length };
  }
  return best;
}


/**
 * Plan order (measured, not shipped): one theme by the action's own ranking (lexicon, opening clause
 * as shipped) plus w times the summed theme shares of its neighbours' rankings, up to `window`
 * actions either side in the plan's order; no label read, only the text of nearby actions. w and the
 * window chosen on the training single-label rows; several as shipped.
 */
export const planOrder: Method = (held, train, fold) => {
  const base = shipped();
  const own = (r: Row): number[] => {
    const c = clausesOf(r);
    return r.lexicon.map((x, k) => x + 0.5 * c.first[k]!);
  };
  const score = (rows: readonly Row[], i: number, w: number, window: number): number[] => {
    const r = rows[i]!;
    const near = THEME_IDS.map(() => 0);
    for (let d = -window; d <= window; d++) {
      const o = rows[i + d];
      if (d === 0 || !o || o.e.institution !== r.e.institution) continue;
      const s = own(o);
      const total = s.reduce((a, b) => a + b, 0) || 1;
      s.forEach((x, k) => (near[k]! += x / total));
    }
    return own(r).map((x, k) => x + w * near[k]!);
  };
  const ones = train.filter(single);
  let best = { w: 0, window: 1, rate: -1 };
  for (const w of [0, 0.25, 0.5, 1, 2]) for (const window of [1, 2]) {
    const rate = ones.filter((r, i) => r.e.themes.includes(themeAt(argmax(score(ones, i, w, window))))).length / Math.max(1, ones.length);
    if (rate > best.rate + 1e-9) best = { w, window, rate };
  }
  note('plan order', fold.held, `w = ${best.w}, ±${best.window}`);
  const b = base(held, train, fold);
  const heldOnes = held.filter(single);
  return held.map((r, k) => {
    if (!single(r) || Math.max(...r.lexicon) === 0) return b[k]!;
    const top = themeAt(argmax(score(heldOnes, heldOnes.indexOf(r), best.w, best.window)));
    return { selected: [top], top, probabilities: null };
  });
};
