import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '@tc/model';
import { runCli } from './run-cli.ts';

const fixture = (slug: string) => new URL(`../../../fixtures/plans/${slug}/plan.txt`, import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'tc-parse-'));

describe('tc parse', () => {
  it('prints a valid Plan with a 2-space indent', async () => {
    const run = await runCli(['parse', fixture('leicester')]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('{\n  "schemaVersion": "1.0",')).toBe(true);
    const plan = Plan.parse(JSON.parse(run.stdout));
    expect(plan.source).toMatchObject({ name: 'plan.txt', format: 'text' });
    expect(plan.actions).toHaveLength(32);
  });

  it('writes diagnostics to stderr as file:line:col severity code message', async () => {
    const file = join(temp, 'prose.txt');
    writeFileSync(file, 'Minutes of the meeting.\nThe committee met and discussed the weather at some length.\n');
    const run = await runCli(['parse', file]);
    expect(run.code).toBe(0);
    expect(Plan.parse(JSON.parse(run.stdout)).actions).toEqual([]);
    expect(run.stderr).toMatch(new RegExp(`^${file}(:\\d+:\\d+)? warning no-actions-found \\S`, 'm'));
  });

  it('reads standard input for -', async () => {
    const run = await runCli(['parse', '-', '--no-classify'], '1\tRun a technician showcase\n');
    expect(run.code).toBe(0);
    expect(Plan.parse(JSON.parse(run.stdout)).source.name).toBe('stdin');
  });

  it('fails with one typed line for unusable input', async () => {
    const empty = join(temp, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(temp, 'binary.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)));
    const cases: Array<[string, string]> = [
      [empty, 'TC_EMPTY_INPUT'],
      [binary, 'TC_BINARY_INPUT'],
      [join(temp, 'missing.pdf'), 'TC_IO'],
    ];
    for (const [file, code] of cases) {
      const run = await runCli(['parse', file]);
      expect(run.code, file).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^tc: ${code}: [^\\n]+\\n$`));
    }
  });

  it('rejects an unknown --format', async () => {
    const run = await runCli(['parse', fixture('brighton'), '--format', 'rtf']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--format takes pdf, docx, text, markdown');
  });
});
