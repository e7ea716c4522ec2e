import { describe, expect, it } from 'vitest';
import type { Box } from '../src/geometry.ts';
import { boxIndex } from '../src/table-cells.ts';

// A small deterministic generator, so the comparison covers many layouts without randomness.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

// What boxIndex replaces: every item tested against every box by its centre, edges included.
const naive = <T extends { box: Box }>(items: readonly T[], box: Box): T[] =>
  items.filter(({ box: b }) => {
    const x = (b[0] + b[2]) / 2;
    const y = (b[1] + b[3]) / 2;
    return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  });

describe('boxIndex', () => {
  it('finds the items whose centre falls in each box, in their original order, edges included', () => {
    const items = [
      { id: 'c', box: [10, 30, 20, 40] as Box }, // centre (15, 35)
      { id: 'a', box: [10, 0, 20, 10] as Box }, // centre (15, 5): on the top edge
      { id: 'b', box: [40, 10, 60, 20] as Box }, // centre (50, 15): on the right edge
      { id: 'd', box: [60, 10, 80, 20] as Box }, // centre (70, 15): outside
    ];
    const find = boxIndex(items);
    expect(find([0, 5, 50, 35]).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(find([0, 5.1, 49.9, 34.9]).map((i) => i.id)).toEqual([]);
    expect(find([65, 0, 100, 100]).map((i) => i.id)).toEqual(['d']);
  });

  it('leaves out items whose centre is not a finite point', () => {
    const items = [{ box: [Number.NaN, 0, 10, 10] as Box }, { box: [0, 0, Infinity, 10] as Box }, { box: [0, 0, 10, 10] as Box }];
    expect(boxIndex(items)([-1e9, -1e9, 1e9, 1e9])).toEqual([items[2]]);
  });

  it('agrees with testing every item against every box on generated grids', () => {
    const next = lcg(7);
    for (let round = 0; round < 50; round++) {
      // Coordinates on a coarse lattice so that centres often fall exactly on cell edges.
      const at = () => Math.round(next() * 40) * 2.5;
      const items = Array.from({ length: 60 }, (_, i) => {
        const x = at();
        const y = at();
        return { i, box: [x, y, x + Math.round(next() * 4) * 2.5, y + Math.round(next() * 4) * 2.5] as Box };
      });
      const find = boxIndex(items);
      for (let k = 0; k < 20; k++) {
        const x = at();
        const y = at();
        const box: Box = [x, y, x + at(), y + at()];
        expect(find(box)).toEqual(naive(items, box));
      }
    }
  });
});
