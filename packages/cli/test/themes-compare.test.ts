import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@tc/model';
import { runCli } from './run-cli.ts';

const fixture = (slug: string) => new URL(`../../../fixtures/plans/${slug}/plan.txt`, import.meta.url).pathname;

describe('tc themes', () => {
  it('prints a score per theme', async () => {
    const run = await runCli(['themes', 'Create a career pathway and apprenticeships for technicians']);
    expect(run.code).toBe(0);
    for (const theme of THEME_IDS) expect(run.stdout).toMatch(new RegExp(`^${theme} +\\d\\.\\d{3}  (yes|no)$`, 'm'));
    expect(run.stdout).toMatch(/^career-pathways +\d\.\d{3} +career pathway$/m);
    expect(run.stdout).toMatch(/^apprenticeships +\d\.\d{3} +apprenticeships$/m);
  });

  it('reads one text per line with --jsonl and writes one JSON line each', async () => {
    const run = await runCli(['themes', '--jsonl'], 'Technician awards ceremony\nSuccession planning for technical roles\n');
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string; themes: Array<{ theme: string; score: number; selected: boolean }> });
    expect(lines.map((l) => l.text)).toEqual(['Technician awards ceremony', 'Succession planning for technical roles']);
    for (const line of lines) expect(line.themes.map((t) => t.theme).sort()).toEqual([...THEME_IDS].sort());
    expect(lines.map((l) => (l as unknown as { topics: Array<{ topic: string }> }).topics.map((t) => t.topic))).toEqual([['recognition-awards'], ['operational-sustainability']]);
  });
});

describe('tc compare', () => {
  it('puts plans side by side, from documents and from Plan JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    const parsed = await runCli(['parse', fixture('chester')]);
    writeFileSync(join(dir, 'chester.plan.json'), parsed.stdout);
    const run = await runCli(['compare', join(dir, 'chester.plan.json'), fixture('brighton'), '--json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, number | string>>;
    expect(rows.map((r) => r.actions)).toEqual([35, 15]);
    expect(rows[1]?.['themes by tick']).toBeGreaterThan(0);
    const table = await runCli(['compare', dir]);
    expect(table.stdout).toMatch(/^actions +35$/m);
  });

  it('refuses a JSON file that is not a Plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    writeFileSync(join(dir, 'x.plan.json'), '{"hello":1}');
    const run = await runCli(['compare', join(dir, 'x.plan.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tc: TC_INVALID_PLAN: /);
  });
});
