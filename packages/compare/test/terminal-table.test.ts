import { describe, expect, it } from 'vitest';
import { buildComparison, renderTable } from '../src/index.ts';
import { FIXTURES, fixturePlan, variant } from './plans.ts';

const long = 'The Royal Institute of Very Long Institute Names for Technical Excellence and Applied Sciences';
const comparison = buildComparison([
  ...FIXTURES.map((slug) => ({ file: `fixtures/plans/${slug}/plan.txt`, plan: fixturePlan(slug) })),
  { file: 'x.txt', plan: variant(fixturePlan('chester'), { institution: long, actions: fixturePlan('chester').actions.slice(0, 7) }) },
]);

describe('renderTable', () => {
  it.each([40, 60, 80, 132])('keeps every line within %i characters', (width) => {
    const lines = renderTable(comparison, width).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width);
  });

  it('shows shares per theme and completeness, one row per institution', () => {
    const table = renderTable(comparison, 132);
    expect(table).toMatch(/^institution +plans actions +V +R +CD +S none owner time meas\. conf\.$/m);
    expect(table).toMatch(/^University of Leicester +1 +32 +31% +25% +28% +16% +0% +81% +81% +84% +0\.78$/m);
    expect(table).toMatch(/^The Royal Institute of Very Long Institute Names for Technical +1 +7 +100% /m);
    expect(table).toMatch(/^Excellence and Applied Sciences$/m);
  });

  it('wraps names and splits the figures into blocks on a narrow terminal', () => {
    const table = renderTable(comparison, 40);
    expect(table.match(/^institution /gm)).toHaveLength(3);
    expect(table).toMatch(/^The Royal /m);
    const block = table.split('\n\n')[1]!.split('\n');
    const nameLines = block.slice(block.findIndex((l) => l.startsWith('The Royal')), block.findIndex((l) => l.startsWith('University')));
    expect(nameLines.map((l) => l.split(/ {2,}/)[0]).join(' ')).toBe(long);
  });
});
