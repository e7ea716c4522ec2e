import { sigmoid } from './logistic-regression.ts';

/** Platt scaling: probability = σ(a·decision + b). */
export interface Platt {
  a: number;
  b: number;
}

/** A calibrated probability from a decision value. */
export function calibrate(platt: Platt, decisionValue: number): number {
  return sigmoid(platt.a * decisionValue + platt.b);
}

/**
 * Fits Platt's sigmoid to held-out decision values by Newton's method, with Platt's smoothed targets
 * ((N₊+1)/(N₊+2) and 1/(N₋+2)) so a small sample cannot yield probabilities of exactly 0 or 1.
 */
export function fitPlatt(decisions: readonly number[], labels: readonly boolean[]): Platt {
  let positives = 0;
  for (const y of labels) if (y) positives++;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const targets = labels.map((y) => (y ? hi : lo));
  let a = 1;
  let b = Math.log((positives + 1) / (negatives + 1));
  const loss = (pa: number, pb: number): number => {
    let sum = 0;
    decisions.forEach((f, i) => {
      const p = Math.min(Math.max(sigmoid(pa * f + pb), 1e-12), 1 - 1e-12);
      const t = targets[i] as number;
      sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
    });
    return sum;
  };
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    decisions.forEach((f, i) => {
      const p = sigmoid(a * f + b);
      const d = p - (targets[i] as number);
      const w = p * (1 - p);
      ga += d * f;
      gb += d;
      haa += w * f * f;
      hab += w * f;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(ga) + Math.abs(gb) < 1e-10 || det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let stepSize = 1;
    let next = loss(a - stepSize * da, b - stepSize * db);
    while (next > current && stepSize > 1e-6) {
      stepSize /= 2;
      next = loss(a - stepSize * da, b - stepSize * db);
    }
    if (next > current) break;
    a -= stepSize * da;
    b -= stepSize * db;
    current = next;
  }
  return { a, b };
}
