import { mcc } from './metrics.ts';

/**
 * The decision threshold with the best MCC on held-out probabilities, searched on a 0.01 grid.
 * Ties go to the middle of the tied thresholds, away from the edge of the plateau.
 */
export function chooseThreshold(probabilities: readonly number[], labels: readonly boolean[]): number {
  let best = -Infinity;
  let tied: number[] = [];
  for (let k = 5; k <= 95; k++) {
    const threshold = k / 100;
    let tp = 0, fp = 0, fn = 0, tn = 0;
    probabilities.forEach((p, i) => {
      const predicted = p >= threshold;
      if (predicted && labels[i]) tp++;
      else if (predicted) fp++;
      else if (labels[i]) fn++;
      else tn++;
    });
    const score = mcc(tp, fp, fn, tn);
    if (score > best + 1e-12) {
      best = score;
      tied = [threshold];
    } else if (Math.abs(score - best) <= 1e-12) tied.push(threshold);
  }
  return tied[Math.floor((tied.length - 1) / 2)] ?? 0.5;
}
