// A batch that always ends (issue 12, part 4): file-system failures on one input become its row,
// the output folder is locked against a second run, and odd paths get rows instead of vanishing.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, repoRoot, runTc } from './cli-process.ts';

const plan = join(repoRoot, 'fixtures/plans/brighton/plan.txt');

function rows(out: string): Array<Record<string, string>> {
  const [header, ...body] = readCsv(readFileSync(join(out, 'inputs.csv'), 'utf8'));
  return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

/** The pid of a process that has exited (its number is free). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('one run over inputs that break file operations', () => {
  const root = mkdtempSync(join(tmpdir(), 'tc-batch-ends-'));
  const input = join(root, 'in');
  const out = join(root, 'out');
  const long = `${'l'.repeat(236)}.txt`;
  const tooLong = `${'t'.repeat(246)}.txt`;
  let result: ReturnType<typeof runTc>;

  beforeAll(() => {
    mkdirSync(input);
    for (const name of ['a-plan.txt', long, tooLong, "'quoted.txt", '=formula.txt', 'new\nline.txt']) copyFileSync(plan, join(input, name));
    symlinkSync(plan, join(input, 'link.txt'));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    result = runTc(['normalise', input, '--out', out, '--jobs', '2'], 100_000);
  }, 120_000);

  it('ends, writes inputs.csv with one row per input, and exits 2', () => {
    expect(result.status, result.stderr).toBe(2);
    const byName = Object.fromEntries(rows(out).map((r) => [r.source!.replace(/^'/, ''), r]));
    expect(Object.keys(byName).sort()).toEqual(["'quoted.txt", '=formula.txt', 'a-plan.txt', long, 'link.txt', 'new\nline.txt', 'pipe.txt', tooLong].sort());
    expect(byName[long]).toMatchObject({ status: 'ok' });
    expect(byName[tooLong]).toMatchObject({ status: 'error', code: 'TC_IO' });
    expect(byName[tooLong]!.message).toContain('ENAMETOOLONG');
    expect(byName['link.txt']).toMatchObject({ status: 'error', code: 'TC_IO', message: expect.stringContaining('symbolic link') });
    expect(byName['pipe.txt']).toMatchObject({ status: 'error', code: 'TC_IO', message: expect.stringContaining('named pipe') });
  });

  it('keeps every source exact: one leading quote comes off a CSV cell, none is added elsewhere', () => {
    const plans = new Set(readdirSync(join(out, 'plans')));
    for (const row of rows(out).filter((r) => r.status !== 'error')) {
      const source = row.source!.startsWith("'") ? row.source!.slice(1) : row.source!;
      expect(plans.has(`${source}.plan.json`), source).toBe(true);
    }
    const sources = new Set(readFileSync(join(out, 'actions.jsonl'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source));
    expect([...sources].sort()).toEqual(["'quoted.txt", '=formula.txt', 'a-plan.txt', long, 'new\nline.txt'].sort());
  });

  it('writes each progress line on one line, control characters escaped', () => {
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('tc: ')), result.stderr).toBe(true);
    expect(result.stderr).toContain('new\\nline.txt');
  });

  it('releases its lock', () => {
    expect(existsSync(join(out, '.tc', 'lock'))).toBe(false);
  });
});

describe('the output folder', () => {
  it('is refused when it is the input folder, before anything is created in it', () => {
    const input = mkdtempSync(join(tmpdir(), 'tc-out-is-in-'));
    copyFileSync(plan, join(input, 'plan.txt'));
    const result = runTc(['normalise', input, '--out', input]);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('TC_USAGE');
    expect(readdirSync(input)).toEqual(['plan.txt']);
  });

  it('is refused with TC_OUT_LOCKED while a live run holds its lock, and taken over from a dead one', () => {
    const root = mkdtempSync(join(tmpdir(), 'tc-lock-'));
    const input = join(root, 'in');
    const out = join(root, 'out');
    mkdirSync(input);
    copyFileSync(plan, join(input, 'plan.txt'));
    mkdirSync(join(out, '.tc'), { recursive: true });
    mkdirSync(join(out, 'plans'));
    const lock = join(out, '.tc', 'lock');

    writeFileSync(lock, JSON.stringify({ host: hostname(), pid: process.pid, token: 'live' }));
    const refused = runTc(['normalise', input, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^tc: TC_OUT_LOCKED: .*process \d+/m);
    expect(readFileSync(lock, 'utf8')).toContain('"live"');
    expect(existsSync(join(out, 'inputs.csv'))).toBe(false);

    // A dead run's lock and temporary file go; a live process's temporary file stays.
    const dead = deadPid();
    writeFileSync(lock, JSON.stringify({ host: hostname(), pid: dead, token: 'dead' }));
    writeFileSync(join(out, 'plans', `.tc-${dead}-0a1b.tc-tmp`), 'half');
    writeFileSync(join(out, 'plans', `.tc-${process.pid}-0a1b.tc-tmp`), 'being written');
    const taken = runTc(['normalise', input, '--out', out]);
    expect(taken.status, taken.stderr).toBe(0);
    expect(rows(out).map((r) => r.status)).toEqual(['ok']);
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(join(out, 'plans')).sort()).toEqual([`.tc-${process.pid}-0a1b.tc-tmp`, 'plan.txt.plan.json']);
  });
});
