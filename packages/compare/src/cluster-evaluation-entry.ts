// What scripts/eval-clusters.ts needs from inside the package, without widening the public API.
export { evaluatePairs, type LabelledPair } from './pair-evaluation.ts';
export { SIMILAR_COSINE } from './text-similarity.ts';
