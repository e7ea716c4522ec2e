import { describe, expect, it } from 'vitest';
import { cohenKappa, readerPredictions, type Label } from '../scripts/themes-reannotation.ts';
import type { Row } from '../scripts/themes-eval-data.ts';

const row = (index: number, institution: string, themes: Row['e']['themes'], singleLabel: boolean): Row => ({
  e: { institution, ref: null, text: 't', themes, singleLabel },
  index, id: String(index), perAction: singleLabel ? 1 : 2, lexicon: [0, 0, 0, 0], votes: [0, 0, 0, 0], similarity: [], handVotes: [0, 0, 0, 0], handTopics: [],
});

describe('blind re-annotation figures', () => {
  it("computes Cohen's kappa", () => {
    // 10 items, observed agreement 0.8, both say "a" half of the time: expected 0.5, so κ = 0.6.
    const a = ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b'];
    const b = ['a', 'a', 'a', 'a', 'b', 'a', 'b', 'b', 'b', 'b'];
    expect(cohenKappa(a, b)).toBeCloseTo(0.6, 10);
    expect(cohenKappa(a, a)).toBe(1);
    expect(cohenKappa([true, true], [true, true])).toBe(1);
    expect(() => cohenKappa([], [])).toThrow();
  });

  it("judges the reader by the plan's convention: the primary where the plan gives one theme, the set where it ticks several", () => {
    const labels = new Map<string, Label>([
      ['x/0', { institution: 'x', action: '0', primary: 'recognition', themes: ['visibility', 'recognition'], note: '' }],
      ['y/1', { institution: 'y', action: '1', primary: 'recognition', themes: ['recognition', 'visibility'], note: '' }],
    ]);
    const out = readerPredictions([row(0, 'x', ['recognition'], true), row(1, 'y', ['visibility'], false), row(2, 'y', ['sustainability'], false)], labels);
    expect(out.map((j) => j.prediction.selected)).toEqual([['recognition'], ['visibility', 'recognition']]);
    expect(out.map((j) => j.prediction.top)).toEqual(['recognition', 'recognition']);
  });
});
