// `tc` as a command (`pnpm exec tc`, the workspace's bin): from any folder, paths relative to it,
// and standard output that is the command's alone (a README example pipes it into a file).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '@tc/model';
import { repoRoot } from './cli-process.ts';

const tc = (args: string[], cwd: string) => spawnSync('pnpm', ['exec', 'tc', ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

describe('pnpm exec tc', () => {
  it('parses a file named relative to the folder it is called from, printing only the Plan JSON', () => {
    const run = tc(['parse', 'plan.txt'], join(repoRoot, 'fixtures/plans/chester'));
    expect(run.status).toBe(0);
    const plan = Plan.parse(JSON.parse(run.stdout));
    expect(plan.actions).toHaveLength(35);
    expect(plan.source.name).toBe('plan.txt');
  });

  it('runs the same through npx, with only the Plan JSON on standard output', () => {
    const run = spawnSync('npx', ['--no-install', 'tc', 'parse', 'plan.pdf'], { cwd: join(repoRoot, 'fixtures/plans/chester'), encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.status, run.stderr).toBe(0);
    const plan = Plan.parse(JSON.parse(run.stdout));
    expect([plan.source.name, plan.source.format, plan.actions.length]).toEqual(['plan.pdf', 'pdf', 35]);
  });

  it('reports a missing file as a typed error on standard error, with nothing on standard output', () => {
    const run = tc(['parse', 'no-such-plan.txt'], join(repoRoot, 'fixtures'));
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tc: TC_IO: /m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
