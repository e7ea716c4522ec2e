// `tc` under a Node.js older than it supports says so in one line, before loading anything that
// would fail later (pdf.js needs Promise.withResolvers). The library's own check is run on the
// packed build, in pack-install.test.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { oldNode } from '../support/old-node.ts';
import { repoRoot } from './cli-process.ts';

it('refuses an old Node.js with one line naming the version needed and the version found', () => {
  const old = oldNode();
  const run = spawnSync(old.node, [join(repoRoot, 'packages/cli/bin/tc.js'), 'parse', 'fixtures/plans/chester/plan.pdf'], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`tc: TC_UNSUPPORTED_RUNTIME: tc needs Node.js ≥ 22.13; this is ${old.version}.\n`);
});
