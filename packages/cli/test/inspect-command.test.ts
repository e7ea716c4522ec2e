// `tc inspect` on every rendition of every fixture: each action's blocks are claimed by a chosen
// reading, the outline has one line per block, and --json gives the same inspection as data.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inspection } from '@tc/recognise';
import { runCli } from './run-cli.ts';

const root = new URL('../../../fixtures/plans/', import.meta.url).pathname;
const renditions = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`${root}${d.name}`).filter((f) => /^plan\.(?:[a-z]+\.)?(?:txt|docx|pdf)$/.test(f)).map((f) => `${d.name}/${f}`));

describe('tc inspect', () => {
  it.each(renditions)('%s: every block claimed or narrative, the winning readings listed', async (rendition) => {
    const run = await runCli(['inspect', `${root}${rendition}`, '--json']);
    expect(run.code).toBe(0);
    const inspection = JSON.parse(run.stdout) as Inspection;
    expect(inspection.chosen.length).toBeGreaterThan(0);
    const chosen = new Set(inspection.chosen.map((r) => r.reader));
    for (const block of inspection.blocks) {
      expect(['context', 'narrative', ...chosen]).toContain(block.claimedBy);
      if (block.reading) expect(block.reading.score).toBeGreaterThan(0);
    }
    const actions = inspection.chosen.reduce((n, r) => n + r.actions, 0);
    expect(actions).toBeGreaterThan(0);
  });

  it('prints an outline with the readings first and one line per block', async () => {
    const run = await runCli(['inspect', `${root}portsmouth/plan.txt`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^readings chosen:\n {2}action-table: 21 action\(s\)/);
    expect(run.stdout).toMatch(/\n {2}records:ref:keyword:action: 21 action\(s\), quality 0\.\d+/);
    const blocks = run.stdout.split('\nblocks:\n')[1]!.trimEnd().split('\n');
    const json = JSON.parse((await runCli(['inspect', `${root}portsmouth/plan.txt`, '--json'])).stdout) as Inspection;
    expect(blocks).toHaveLength(json.blocks.length);
    expect(blocks.find((line) => / Action 1(?:  \[|$)/.test(line))).toMatch(/records:ref:keyword:action \(\d/);
  });
});
