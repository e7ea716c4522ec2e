import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/command-table.ts';
import { runCli } from './run-cli.ts';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('tc', () => {
  it('lists every command in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
  });

  it('prints one command\'s options with <command> --help', async () => {
    const run = await runCli(['normalise', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: tc normalise \[options\] PATH\.\.\./);
    for (const option of ['--out DIR', '--jobs N', '--resume', '--timeout MS']) expect(run.stdout).toContain(option);
  });

  it('prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('answers usage errors with one typed line and status 64', async () => {
    for (const argv of [['frobnicate'], ['parse', '--nope', 'x'], ['parse'], ['normalise', 'fixtures'], ['parse', 'a', 'b']]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(64);
      expect(run.stderr).toMatch(/^tc: TC_USAGE: [^\n]+\n$/);
    }
  });

  it('rejects a bad number for --jobs', async () => {
    const run = await runCli(['normalise', 'x', '--out', 'y', '--jobs', 'many']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--jobs takes a whole number');
  });

  it('prints the Plan JSON Schema', async () => {
    const { planJsonSchema } = await import('@tc/model');
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(planJsonSchema());
    expect(run.stdout).toContain('\n  "title"');
  });
});
