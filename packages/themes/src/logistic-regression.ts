import type { SparseVector } from './features.ts';

/** A fitted linear model: one weight per feature and an unpenalised intercept. */
export interface LinearModel {
  weights: Float64Array;
  intercept: number;
}

/** Settings of the logistic regression fit. */
export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept), per unit of sample weight. */
  lambda: number;
  iterations: number;
}

/** The decision value w·x + b. */
export function decision(model: { weights: ArrayLike<number>; intercept: number }, x: SparseVector): number {
  let z = model.intercept;
  for (let k = 0; k < x.indices.length; k++) z += (model.weights[x.indices[k] as number] as number) * (x.values[k] as number);
  return z;
}

/** The logistic function, safe for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Fits an L2-regularised logistic regression by Nesterov-accelerated gradient descent with a fixed step
 * (1 / Lipschitz bound) and a fixed number of iterations: no randomness, so the same data give the same
 * bits. Minimises Σ sᵢ·logloss(yᵢ, w·xᵢ + b) / Σ sᵢ + λ/2·|w|².
 */
export function fitLogistic(rows: readonly SparseVector[], labels: readonly number[], sampleWeights: readonly number[], dim: number, options: LogisticOptions): LinearModel {
  const n = rows.length;
  let total = 0;
  for (const s of sampleWeights) total += s;
  let maxSq = 1;
  for (const x of rows) {
    let sq = 1;
    for (const v of x.values) sq += v * v;
    if (sq > maxSq) maxSq = sq;
  }
  const step = 1 / (0.25 * maxSq + options.lambda);

  // w, b: current iterate; v, c: the look-ahead point whose gradient is taken.
  const w = new Float64Array(dim);
  const v = new Float64Array(dim);
  const previous = new Float64Array(dim);
  const grad = new Float64Array(dim);
  let b = 0;
  let c = 0;
  let previousB = 0;
  let t = 1;
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const x = rows[i] as SparseVector;
      const r = ((sigmoid(decision({ weights: v, intercept: c }, x)) - (labels[i] as number)) * (sampleWeights[i] as number)) / total;
      for (let k = 0; k < x.indices.length; k++) grad[x.indices[k] as number]! += r * (x.values[k] as number);
      gradB += r;
    }
    previous.set(w);
    previousB = b;
    for (let j = 0; j < dim; j++) w[j] = (v[j] as number) - step * ((grad[j] as number) + options.lambda * (v[j] as number));
    b = c - step * gradB;
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const momentum = (t - 1) / tNext;
    for (let j = 0; j < dim; j++) v[j] = (w[j] as number) + momentum * ((w[j] as number) - (previous[j] as number));
    c = b + momentum * (b - previousB);
    t = tNext;
  }
  return { weights: w, intercept: b };
}
