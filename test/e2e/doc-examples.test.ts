// The documented examples that write JSON to a file (README.md, docs/cli.md, packages/cli/README.md)
// are run as written, in a folder of the checkout that holds what they name, and what each writes
// must parse as JSON (or JSON lines): `pnpm tc …` once wrote pnpm's script banner into the file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from './cli-process.ts';

const PAGES = ['README.md', 'docs/cli.md', 'packages/cli/README.md'];
// A command line of a shell block or of inline code that sends tc's standard output into a .json or .jsonl file.
const WRITES_JSON = /^(?:[^`|]*\|\s*)?(?:scripts\/with-node )?pnpm (?:exec )?tc [^`#]*?>\s*(\S+\.jsonl?)\s*(?:#.*)?$/;

function examples(): Array<{ page: string; command: string; file: string }> {
  const found: Array<{ page: string; command: string; file: string }> = [];
  for (const page of PAGES) {
    const text = readFileSync(join(repoRoot, page), 'utf8');
    const candidates = [...text.split('\n'), ...[...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!)];
    for (const line of candidates) {
      const m = WRITES_JSON.exec(line.trim());
      if (m) found.push({ page, command: line.trim(), file: m[1]! });
    }
  }
  return found;
}

// Inside the checkout (so that `pnpm exec tc` finds the workspace's bin), ignored by git.
mkdirSync(join(repoRoot, '.scratch'), { recursive: true });
const work = mkdtempSync(join(repoRoot, '.scratch', 'doc-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('runs every documented example that writes JSON to a file, and each writes valid JSON', { timeout: 240_000 }, () => {
  const found = examples();
  // The examples known today; a new one is picked up by the pattern, and this list says it was seen.
  expect(found.map((e) => e.command).sort()).toEqual(
    [
      'cut -f2 actions.tsv | pnpm exec tc themes --jsonl > themes.jsonl',
      'pnpm exec tc inspect plan.pdf --json > inspection.json',
      'pnpm exec tc parse fixtures/plans/brighton/plan.txt > brighton.plan.json',
      'pnpm exec tc parse fixtures/plans/brighton/plan.txt > brighton.plan.json',
      'pnpm exec tc parse plan.pdf > plan.json',
      'pnpm exec tc schema > plan.schema.json',
    ].sort(),
  );
  // What the examples name, as a reader would have it.
  symlinkSync(join(repoRoot, 'fixtures'), join(work, 'fixtures'), 'dir');
  copyFileSync(join(repoRoot, 'fixtures/plans/chester/plan.pdf'), join(work, 'plan.pdf'));
  writeFileSync(join(work, 'actions.tsv'), 'V1\tRun an annual technical showcase\nCD1\tFund professional registration fees\n');
  for (const { page, command, file } of found) {
    const run = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.status, `${page}: ${command}\n${run.stderr}`).toBe(0);
    const text = readFileSync(join(work, file), 'utf8');
    const values = file.endsWith('.jsonl') ? text.trim().split('\n') : [text];
    for (const value of values) expect(() => JSON.parse(value), `${page}: ${command} wrote ${JSON.stringify(text.slice(0, 80))}`).not.toThrow();
  }
});
