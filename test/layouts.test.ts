// The layout-zoo ratchet: the CI sample (one variant of every family in every format, and every
// not-plan) through the real parsePlan, each family × format cell held to the figures recorded by
// `pnpm eval:layouts` in fixtures/zoo/scoreboard.json. Figures may only go up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Scoreboard, addTally, cellKey, ciSample, compareFigures, emptyTally, evaluateFile, tableOf, zooFiles, type Cells } from '@tc/zoo';

const zoo = fileURLToPath(new URL('../fixtures/zoo/', import.meta.url));
const recorded = Scoreboard.parse(JSON.parse(readFileSync(`${zoo}scoreboard.json`, 'utf8')));
const sample = ciSample(zooFiles(zoo));

describe('layout zoo (CI sample)', () => {
  let measured: ReturnType<typeof tableOf>;
  beforeAll(async () => {
    const cells: Cells = {};
    for (const file of sample) {
      const row = (cells[cellKey(file)] ??= {});
      row[file.format] = addTally(row[file.format] ?? emptyTally(), await evaluateFile(file));
    }
    measured = tableOf(cells);
  }, 120_000);

  it('samples every family in every format, and the not-plans', () => {
    const families = new Set(zooFiles(zoo).filter((f) => f.gold.kind === 'plan').map((f) => f.family));
    expect(families.size).toBeGreaterThanOrEqual(20);
    for (const family of families) expect(Object.keys(recorded.sample[family] ?? {}).sort()).toEqual(['docx', 'md', 'pdf', 'txt']);
    expect(Object.keys(recorded.sample).filter((k) => k.startsWith('not-plans:')).length).toBeGreaterThanOrEqual(5);
  });

  for (const [family, row] of Object.entries(recorded.sample)) {
    it(`${family}: no figure below the recorded one`, () => {
      expect(compareFigures({ [family]: row }, measured)).toEqual([]);
    });
  }
});
