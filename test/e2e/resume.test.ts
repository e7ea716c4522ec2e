// A run killed halfway and finished with --resume gives the same output as one uninterrupted run.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { readCsv, repoRoot, runTc, startTc } from './cli-process.ts';

const COPIES = 8;

function corpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tc-resume-')), 'in');
  mkdirSync(dir);
  for (const slug of readdirSync(join(repoRoot, 'fixtures/plans'))) {
    for (let i = 0; i < COPIES; i++) copyFileSync(join(repoRoot, 'fixtures/plans', slug, 'plan.txt'), join(dir, `${slug}-${i}.txt`));
  }
  return dir;
}

function outputs(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['actions.csv', 'actions.jsonl']) files[name] = readFileSync(join(out, name), 'utf8');
  for (const name of readdirSync(join(out, 'plans'))) files[`plans/${name}`] = readFileSync(join(out, 'plans', name), 'utf8');
  // Times differ between runs; everything else in inputs.csv must not.
  const rows = readCsv(readFileSync(join(out, 'inputs.csv'), 'utf8'));
  const ms = rows[0]!.indexOf('ms');
  files['inputs.csv'] = rows.map((row) => row.filter((_, i) => i !== ms).join(',')).join('\n');
  return files;
}

it('finishes a killed run with --resume, identical to an uninterrupted run', async () => {
  const input = corpus();
  const total = readdirSync(input).length;
  const whole = join(input, '..', 'whole');
  expect(runTc(['normalise', input, '--out', whole, '--jobs', '1']).status).toBe(0);

  const out = join(input, '..', 'out');
  const records = join(out, '.tc', 'inputs');
  const child = startTc(['normalise', input, '--out', out, '--jobs', '1']);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  while ((existsSync(records) ? readdirSync(records).filter((f) => f.endsWith('.json')).length : 0) < 3) await sleep(2);
  child.kill('SIGKILL');
  await exited;
  const done = readdirSync(records).filter((f) => f.endsWith('.json')).length;
  expect(done, 'the run was killed before it finished').toBeLessThan(total);
  expect(existsSync(join(out, 'inputs.csv'))).toBe(false);

  const resumed = runTc(['normalise', input, '--out', out, '--jobs', '1', '--resume']);
  expect(resumed.status, resumed.stderr).toBe(0);
  expect(resumed.stderr).toContain(`(${done} unchanged, skipped)`);
  expect(outputs(out)).toEqual(outputs(whole));
  const leftovers = [out, join(out, 'plans'), records].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.tc-tmp')));
  expect(leftovers).toEqual([]);
}, 300_000);
