import { THEME_IDS, type ThemeId } from '@tc/model';
import { matchLexicon, type LexiconHit } from './lexicon.ts';
import { tokenise } from './tokenise.ts';

/** What the classifier reads from one text: its n-gram counts and its lexicon hits. */
export interface TextAnalysis {
  /** Unigram and bigram stems ("a b") with their counts, in order of first occurrence. */
  terms: Map<string, number>;
  /** The words as written for each term, for explanations. */
  surface: Map<string, string>;
  lexicon: Record<ThemeId, LexiconHit[]>;
  environmental: boolean;
  /** Number of content words (stop words and numbers left out). */
  words: number;
  /** Whether the text has any letter or digit at all. */
  hasWords: boolean;
}

/** A sparse feature vector: parallel arrays of feature index and value. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** The vocabulary with its IDF; lexicon features follow the vocabulary, one per theme. */
export interface FeatureSpace {
  vocabulary: readonly string[];
  idf: readonly number[];
  index: ReadonlyMap<string, number>;
  lexicon: boolean;
  textScale: number;
}

/** The names of the lexicon features, in the order they follow the vocabulary. */
export const LEXICON_FEATURES: readonly string[] = THEME_IDS.map((t) => `lexicon:${t}`);

// In a text about carbon or energy, "sustainable" means environmental: give it its own term so the
// Sustainability theme's word weights do not fire.
const SUSTAIN = /^sustain/;

/** Tokenises, stems and matches the lexicon once, for both training and classifying. */
export function analyse(text: string): TextAnalysis {
  const tokens = tokenise(text);
  const { themes, environmental } = matchLexicon(tokens);
  const stems = tokens.map((t) => (environmental && SUSTAIN.test(t.stem) ? `${t.stem}~env` : t.stem));
  const terms = new Map<string, number>();
  const surface = new Map<string, string>();
  for (let i = 0; i < stems.length; i++) {
    const uni = stems[i] as string;
    terms.set(uni, (terms.get(uni) ?? 0) + 1);
    if (!surface.has(uni)) surface.set(uni, tokens[i]!.surface);
    if (i + 1 < stems.length) {
      const bi = `${uni} ${stems[i + 1]}`;
      terms.set(bi, (terms.get(bi) ?? 0) + 1);
      if (!surface.has(bi)) surface.set(bi, `${tokens[i]!.surface} ${tokens[i + 1]!.surface}`);
    }
  }
  return { terms, surface, lexicon: themes, environmental, words: tokens.length, hasWords: /[\p{L}\p{N}]/u.test(text) };
}

/** The summed weight of a theme's lexicon hits, squashed so repeats help less and less. */
export function lexiconStrength(hits: readonly LexiconHit[]): number {
  let sum = 0;
  for (const h of hits) sum += h.weight;
  return Math.log1p(sum);
}

/** Builds a feature space: terms seen in at least `minDf` texts, with smoothed IDF. */
export function buildFeatureSpace(analyses: readonly TextAnalysis[], minDf: number, lexicon: boolean, textScale: number): FeatureSpace {
  const df = new Map<string, number>();
  for (const a of analyses) for (const term of a.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = [...df.entries()].filter(([, n]) => n >= minDf).map(([t]) => t).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = analyses.length;
  const idf = vocabulary.map((t) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
  return spaceFrom(vocabulary, idf, lexicon, textScale);
}

/** Rebuilds a feature space from a stored vocabulary and IDF. */
export function spaceFrom(vocabulary: readonly string[], idf: readonly number[], lexicon: boolean, textScale: number): FeatureSpace {
  return { vocabulary, idf, index: new Map(vocabulary.map((t, i) => [t, i])), lexicon, textScale };
}

/** Number of features in a space. */
export function dimension(space: FeatureSpace): number {
  return space.vocabulary.length + (space.lexicon ? LEXICON_FEATURES.length : 0);
}

/** Sublinear TF-IDF over known terms, L2-normalised and scaled by `textScale`, then the lexicon strengths. */
export function vectorise(analysis: TextAnalysis, space: FeatureSpace): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [term, count] of analysis.terms) {
    const i = space.index.get(term);
    if (i === undefined) continue;
    const v = (1 + Math.log(count)) * (space.idf[i] as number);
    indices.push(i);
    values.push(v);
    norm += v * v;
  }
  if (norm > 0) {
    const scale = space.textScale / Math.sqrt(norm);
    for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * scale;
  }
  if (space.lexicon) {
    const base = space.vocabulary.length;
    THEME_IDS.forEach((theme, k) => {
      const strength = lexiconStrength(analysis.lexicon[theme]);
      if (strength > 0) {
        indices.push(base + k);
        values.push(strength);
      }
    });
  }
  return { indices, values };
}
