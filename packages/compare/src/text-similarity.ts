import levenshtein from 'fast-levenshtein';
import { tokenise } from '@tc/themes';

/** TF-IDF vectors of a set of texts, L2-normalised, with an inverted index for finding pairs. */
export interface TextIndex {
  texts: readonly string[];
  vectors: ReadonlyArray<ReadonlyMap<string, number>>;
  folded: readonly string[];
  postings: ReadonlyMap<string, readonly number[]>;
  topics: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * Two actions are similar when the cosine of their TF-IDF vectors (title words, stemmed, stop
 * words out; tf = 1 + ln count, idf = ln((1 + N) / (1 + df)) + 1) reaches this, or when their
 * folded titles are near-duplicates. Chosen on the hand-labelled pairs in
 * packages/compare/test/pairs (docs/compare.md has the figures per threshold).
 */
export const SIMILAR_COSINE = 0.35;

/**
 * Two texts that both have topics but share none are scaled by this: "an awards ceremony" and "a
 * technician conference" share words but not what they are about. On the labelled pairs it cut
 * false matches at 0.35 from 4 to 1 for one true match lost.
 */
export const DIFFERENT_TOPICS_FACTOR = 0.5;

/** Near-duplicate titles: Levenshtein distance of the folded titles at most this share of the longer. */
export const NEAR_DUPLICATE_DISTANCE = 0.15;

// From this many texts on, a word in more than COMMON_WORD of them is not followed to find
// candidate pairs: it links too many pairs to be worth the time, and alone never makes two
// texts similar. Below it every shared word is followed.
const LARGE = 1000;
const COMMON_WORD = 0.25;

/**
 * Builds the TF-IDF index of the texts; document frequencies are counted over these texts.
 * `topics[i]` are the topics of text i (the action's `topics`), used by {@link similarity}.
 */
export function indexTexts(texts: readonly string[], topics: ReadonlyArray<readonly string[]> = []): TextIndex {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const token of tokenise(text)) tf.set(token.stem, (tf.get(token.stem) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = texts.length;
  const vectors = counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [stem, c] of tf) {
      const w = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(stem)!)) + 1);
      v.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [stem, w] of v) v.set(stem, w / norm);
    return v;
  });
  const postings = new Map<string, number[]>();
  const limit = n < LARGE ? Infinity : COMMON_WORD * n;
  vectors.forEach((v, i) => {
    for (const stem of v.keys()) if (df.get(stem)! <= limit) postings.set(stem, [...(postings.get(stem) ?? []), i]);
  });
  return { texts, vectors, folded: texts.map(fold), postings, topics: texts.map((_, i) => new Set(topics[i] ?? [])) };
}

/** The cosine of two texts' vectors. */
export function cosine(index: TextIndex, i: number, j: number): number {
  const [a, b] = [index.vectors[i]!, index.vectors[j]!];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, w] of small) dot += w * (large.get(stem) ?? 0);
  return dot;
}

/** 1 − the Levenshtein distance of the folded texts over the longer's length. */
export function titleLikeness(index: TextIndex, i: number, j: number): number {
  const [a, b] = [index.folded[i]!, index.folded[j]!];
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : 1 - levenshtein.get(a, b) / longer;
}

/**
 * How similar two texts are, 0–1: their cosine, scaled by {@link DIFFERENT_TOPICS_FACTOR} when both
 * have topics and share none; near-duplicate titles score their likeness when that is higher.
 */
export function similarity(index: TextIndex, i: number, j: number): number {
  const [ta, tb] = [index.topics[i]!, index.topics[j]!];
  const disjoint = ta.size > 0 && tb.size > 0 && ![...ta].some((t) => tb.has(t));
  const c = cosine(index, i, j) * (disjoint ? DIFFERENT_TOPICS_FACTOR : 1);
  const like = titleLikeness(index, i, j);
  return like >= 1 - NEAR_DUPLICATE_DISTANCE ? Math.max(c, like) : c;
}

/**
 * The pairs of texts sharing at least one not-too-common word whose similarity reaches `threshold`,
 * among those `allowed` (e.g. from different institutions), each once with i < j.
 */
export function similarPairs(index: TextIndex, threshold: number, allowed: (i: number, j: number) => boolean): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const n = index.texts.length;
  for (let i = 0; i < n; i++) {
    const candidates = new Set<number>();
    for (const stem of index.vectors[i]!.keys()) for (const j of index.postings.get(stem) ?? []) if (j > i) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (!allowed(i, j)) continue;
      const s = similarity(index, i, j);
      if (s >= threshold) out.push([i, j, s]);
    }
  }
  return out;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
