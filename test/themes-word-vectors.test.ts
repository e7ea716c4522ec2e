import { describe, expect, it } from 'vitest';
import { decodeWordVectors, definitionSimilarity, VECTOR_SCALE } from '../scripts/themes-word-vectors.ts';

// Four words of the four theme definitions, each on its own axis; "shown" leans towards "visible".
const axes: Record<string, number[]> = {
  visible: [1, 0, 0, 0], awards: [0, 1, 0, 0], pathways: [0, 0, 1, 0], expertise: [0, 0, 0, 1], shown: [0.8, 0.1, 0, 0],
};
const table = JSON.stringify({
  source: 'test', dimensions: 4, scale: VECTOR_SCALE, words: 5,
  vectors: Object.fromEntries(Object.entries(axes).map(([w, v]) => {
    const n = Math.hypot(...v);
    return [w, Buffer.from(Int8Array.from(v, (x) => Math.round((x / n) * VECTOR_SCALE)).buffer).toString('base64')];
  })),
});

describe('word vectors for the evaluation', () => {
  it('decodes signed bytes to unit vectors', () => {
    const vectors = decodeWordVectors(table);
    expect([...vectors.keys()].sort()).toEqual(['awards', 'expertise', 'pathways', 'shown', 'visible']);
    for (const v of vectors.values()) expect(Math.hypot(...v)).toBeCloseTo(1, 6);
  });

  it('refuses a vector of the wrong length', () => {
    const bad = JSON.stringify({ source: 'test', dimensions: 5, scale: VECTOR_SCALE, words: 1, vectors: { visible: Buffer.from(Int8Array.from([127, 0, 0, 0]).buffer).toString('base64') } });
    expect(() => decodeWordVectors(bad)).toThrow(/4 values, not 5/);
  });

  it('scores a text highest against the definition whose words are nearest', () => {
    const { similarity, coverage } = definitionSimilarity(decodeWordVectors(table));
    const [v, r, cd, s] = similarity('Technicians shown at open days');
    expect(v).toBeGreaterThan(0.9);
    expect(Math.max(r!, cd!, s!)).toBeLessThan(0.2);
    expect(similarity('')).toEqual([0, 0, 0, 0]);
    expect(coverage(['shown to all', 'unknown words'])).toEqual({ words: 3, found: 1 });
  });
});
