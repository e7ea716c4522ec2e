import { tagTopics } from '@tc/themes';
import { indexTexts, similarity } from './text-similarity.ts';

/** A hand-labelled pair of action titles. */
export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
}

/** Precision, recall and F1 of "similar at `threshold`" against the labels. */
export interface PairScore {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Scores the similarity rule on labelled pairs at each threshold. Document frequencies come from
 * the pairs' texts and `corpus` (other action titles), as they come from the sector in a comparison;
 * topics from the topic tagger.
 */
export function evaluatePairs(pairs: readonly LabelledPair[], thresholds: readonly number[], corpus: readonly string[] = []): PairScore[] {
  const texts = [...pairs.flatMap((p) => [p.a, p.b]), ...corpus];
  // Topics as the tagger gives them to actions (Action.topics).
  const index = indexTexts(texts, texts.map((text) => tagTopics(text).map((t) => t.topic)));
  const scores = pairs.map((p, k) => ({ same: p.same, s: similarity(index, 2 * k, 2 * k + 1) }));
  return thresholds.map((threshold) => {
    const tp = scores.filter((x) => x.same && x.s >= threshold).length;
    const fp = scores.filter((x) => !x.same && x.s >= threshold).length;
    const fn = scores.filter((x) => x.same && x.s < threshold).length;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return { threshold, precision: r(precision), recall: r(recall), f1: r(f1), truePositives: tp, falsePositives: fp, falseNegatives: fn };
  });
}
