// The pitch of lines inside a cell, told from the pitch between rows, in a table without rulings.
import { describe, expect, it } from 'vitest';
import type { AtomLine } from '../src/table-atoms.ts';
import type { TextRun } from '../src/text-runs.ts';
import { above, continuationPitch } from '../src/table-rows.ts';

// One column of one-atom lines at the given baselines, 10 pt text.
function column(baselines: number[]): AtomLine[] {
  return baselines.map((baseline, index) => {
    const box: [number, number, number, number] = [50, baseline - 8, 150, baseline + 2];
    return { index, baseline, size: 10, box, atoms: [{ box, runs: [], ticks: [], text: 'x', size: 10, line: index, tick: false, bold: false }] };
  });
}

describe('the pitch of lines inside a cell', () => {
  it('lies between the pitch of wrapped lines and the pitch between rows', () => {
    // Rows of three wrapped lines 11.25 pt apart, rows 20.25 pt apart.
    const baselines: number[] = [];
    for (let r = 0, y = 100; r < 8; r++, y += 20.25 - 11.25) for (let l = 0; l < 3; l++, y += 11.25) baselines.push(y);
    const pitch = continuationPitch(column(baselines), 10);
    expect(pitch).toBeGreaterThan(11.25);
    expect(pitch).toBeLessThan(20.25);
  });

  it('is not thrown off by one stray tighter pitch among many', () => {
    const baselines = [91];
    for (let r = 0, y = 100; r < 8; r++, y += 20.25 - 11.25) for (let l = 0; l < 3; l++, y += 11.25) baselines.push(y);
    // The stray line 9 pt above the first row (a header set tight over the body).
    const pitch = continuationPitch(column(baselines), 10);
    expect(pitch).toBeGreaterThan(11.25);
    expect(pitch).toBeLessThan(20.25);
  });
});

describe('a line carrying on the cell above', () => {
  it('is found by the atoms\' own baselines when its line gathered runs set lower (a list with space before it)', () => {
    const atom = (line: number, baseline: number) => {
      const box: [number, number, number, number] = [50, baseline - 8, 150, baseline + 2];
      const run = { text: 'x', box, baseline, size: 10 } as unknown as TextRun;
      return { box, runs: [run], ticks: [], text: 'x', size: 10, line, tick: false, bold: false };
    };
    const top = atom(0, 100);
    // The wrapped line of this cell sits 11.5 pt below; its line was given the baseline of a list
    // item in the next cell, 3 pt lower.
    const wrapped = atom(1, 111.5);
    const lines: AtomLine[] = [
      { index: 0, baseline: 100, size: 10, box: top.box, atoms: [top] },
      { index: 1, baseline: 114.5, size: 10, box: [50, 103.5, 400, 116.5], atoms: [wrapped, { ...atom(1, 114.5), box: [200, 106.5, 400, 116.5] }] },
    ];
    expect(above(lines, 1, wrapped, 13)).toBe(top);
    expect(above(lines, 1, lines[1]!.atoms[1]!, 13)).toBeNull();
  });
});
