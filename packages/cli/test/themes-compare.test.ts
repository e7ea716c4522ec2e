import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Comparison } from '@tc/compare';
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
  it('counts renditions of one plan once, from documents and from Plan JSON, and prints shares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    const parsed = await runCli(['parse', fixture('chester')]);
    writeFileSync(join(dir, 'chester.plan.json'), parsed.stdout);
    const run = await runCli(['compare', join(dir, 'chester.plan.json'), fixture('chester'), fixture('brighton'), '--format', 'json']);
    expect(run.code).toBe(0);
    const comparison = Comparison.parse(JSON.parse(run.stdout));
    expect(comparison.totals).toMatchObject({ institutions: 2, plans: 2, files: 3, actions: 50 });
    expect(comparison.plans.map((p) => [p.institution, p.files.length])).toEqual([['University of Chester', 2], [`unnamed: ${fixture('brighton')}`, 1]]);
    const table = await runCli(['compare', dir]);
    expect(table.stdout).toMatch(/^University of Chester +1 +35 +26% +26% +17% +23% +9% +0% +91% +0% +0\.85$/m);
  });

  it('reads a normalise output folder and writes compare.json and the CSV tables with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    expect((await runCli(['normalise', join(fixture('chester'), '..'), '--out', join(dir, 'norm'), '--jobs', '1'])).code).toBe(0);
    const map = join(dir, 'map.csv');
    writeFileSync(map, 'pattern,institution,period\n**/brighton/*,Example University,2020-2022\n');
    const run = await runCli(['compare', join(dir, 'norm'), fixture('brighton'), '--out', join(dir, 'report'), '--institutions', map, '--format', 'csv']);
    expect(run.code).toBe(0);
    const comparison = Comparison.parse(JSON.parse(readFileSync(join(dir, 'report', 'compare.json'), 'utf8')));
    expect(comparison.plans.map((p) => [p.institution, p.files.length, p.mergedBy])).toEqual([['Example University', 1, []], ['University of Chester', 10, ['actions']]]);
    // The four renditions and the six of the producer matrix: one plan.
    expect(comparison.notes[0]).toMatch(/^University of Chester: 10 files read as one plan/);
    expect(run.stdout).toBe(readFileSync(join(dir, 'report', 'institutions.csv'), 'utf8'));
    expect(run.stdout.split('\n')[0]).toBe('institution,plans,periods,actions,visibility_pct,recognition_pct,career-development_pct,sustainability_pct,unthemed_pct,owner_pct,timeframe_pct,success_measure_pct,topics,confidence');
    expect(readFileSync(join(dir, 'report', 'themes.csv'), 'utf8').split('\n')).toContain('University of Chester,visibility,9,0.2571');
    expect(readFileSync(join(dir, 'report', 'topics.csv'), 'utf8').split('\n').length).toBe(1 + 2 * 26 + 1);
    expect(readFileSync(join(dir, 'report', 'clusters.csv'), 'utf8').split('\n')[0]).toBe('cluster,title,institutions,institution_names,actions,mean_similarity');
    expect(comparison.clusters.every((c) => c.institutions.length >= 2)).toBe(true);
    const html = readFileSync(join(dir, 'report', 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<a href="${relative(join(dir, 'report'), fixture('brighton')).split(sep).join('/')}">`);
    const spec = JSON.parse(readFileSync(join(dir, 'report', 'charts', 'theme-balance.vl.json'), 'utf8')) as { mark: { type: string } };
    expect(spec.mark.type).toBe('bar');
  });

  it('compares what it can read and reports the rest (exit status 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    writeFileSync(join(dir, 'x.plan.json'), '{"hello":1}');
    const run = await runCli(['compare', join(dir, 'x.plan.json'), fixture('brighton'), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tc: ${join(dir, 'x.plan.json')}: TC_INVALID_PLAN: ${join(dir, 'x.plan.json')} is not a valid Plan.\n`);
    expect(Comparison.parse(JSON.parse(run.stdout)).skipped).toEqual([{ file: join(dir, 'x.plan.json'), code: 'TC_INVALID_PLAN', message: `${join(dir, 'x.plan.json')} is not a valid Plan.` }]);
  });

  it('parses documents in workers: a broken one is reported, the others compared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj <<>> garbage');
    const run = await runCli(['compare', join(dir, 'broken.pdf'), fixture('chester'), '--format', 'json']);
    expect(run.code).toBe(2);
    const comparison = Comparison.parse(JSON.parse(run.stdout));
    expect(comparison.skipped.map((s) => [s.file, s.code])).toEqual([[join(dir, 'broken.pdf'), 'TC_PDF_CORRUPT']]);
    expect(comparison.totals).toMatchObject({ plans: 1, actions: 35 });
  });

  it('refuses when nothing can be read, and an unknown --format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    writeFileSync(join(dir, 'x.plan.json'), '{"hello":1}');
    const run = await runCli(['compare', join(dir, 'x.plan.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tc: TC_INVALID_PLAN: /);
    const format = await runCli(['compare', fixture('brighton'), '--format', 'xml']);
    expect([format.code, format.stderr]).toEqual([64, 'tc: TC_USAGE: --format takes table, csv, json, not "xml".\n']);
  });
});
