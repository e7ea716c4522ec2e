// tc turns on Node's compile cache for itself and for its worker threads (docs/cli.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, tcCommand } from './cli-process.ts';

const root = mkdtempSync(join(tmpdir(), 'tc-compile-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>): number | null {
  const [node, ...rest] = tcCommand(args);
  const { NODE_DISABLE_COMPILE_CACHE: _off, NODE_COMPILE_CACHE: _dir, ...inherited } = process.env;
  return spawnSync(node!, rest, { cwd: repoRoot, env: { ...inherited, ...env }, encoding: 'utf8' }).status;
}

// The cache's entries, by the folder they sit in below `dir`.
function entries(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (at: string, rel: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(at, e.name), rel ? `${rel}/${e.name}` : e.name);
      else found.set(rel, [...(found.get(rel) ?? []), join(at, e.name)]);
    }
  };
  walk(dir, '');
  return found;
}

it('caches the modules a normalise worker compiles (the recogniser\'s readings are loaded only there), in one folder per Node version', () => {
  // Without NODE_COMPILE_CACHE the cache is in the temporary folder; the worker must be told where.
  const temp = join(root, 'tmp');
  mkdirSync(temp);
  expect(run(['normalise', 'fixtures/plans/leicester/plan.txt', '--out', join(root, 'out')], { TMPDIR: temp })).toBe(0);
  const cache = join(temp, 'node-compile-cache');
  const byFolder = entries(cache);
  expect([...byFolder.keys()]).toHaveLength(1);
  const files = [...byFolder.values()][0]!;
  expect(files.some((file) => readFileSync(file).includes('proposeReadings'))).toBe(true);
});

it('writes no cache when NODE_DISABLE_COMPILE_CACHE is set', () => {
  const cache = join(root, 'off');
  expect(run(['--help'], { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(0);
  expect(() => readdirSync(cache)).toThrow();
});
