// Every regular expression in the packages, fed strings built to show a super-linear worst case
// (issue 12, part 2). A quadratic or exponential expression takes minutes on them; the run must
// end within a generous deadline, and names the expression it was on if it does not.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { findRegexes } from './find-regexes.ts';
import { attackStrings } from './attack-strings.ts';
import { parseText } from '../../packages/text/src/index.ts';
import { recognisePlan } from '../../packages/recognise/src/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regexes = findRegexes(root);
// Long enough that a quadratic expression needs ~10^9 steps per string (minutes over its strings)
// and an exponential one never ends, while a linear one is done with all of its strings in well
// under a second. Each expression must end within a generous limit of its own.
const SIZE = 30_000;
const PER_EXPRESSION_MS = 15_000;

it('finds the expressions of every package, with attack strings for each', () => {
  expect(regexes.length).toBeGreaterThan(300);
  expect(new Set(regexes.map((r) => r.file.split('/')[1])).size).toBeGreaterThanOrEqual(7);
  expect(attackStrings('\\s+to\\s+.*$', 10)).toContain(`${' '.repeat(10)}\u0000`);
});

it('runs every expression over its attack strings to the end', async () => {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { regexes, size: SIZE } });
  let current = -1;
  const outcome = await new Promise<string>((resolve) => {
    let timer = setTimeout(() => resolve('did not start'), PER_EXPRESSION_MS);
    worker.on('message', (m: { started?: number; done?: number }) => {
      clearTimeout(timer);
      if (m.done !== undefined) return resolve('done');
      current = m.started ?? current;
      timer = setTimeout(() => resolve('did not end'), PER_EXPRESSION_MS);
    });
    worker.on('error', (error) => (clearTimeout(timer), resolve(`error: ${error.message}`)));
  });
  await worker.terminate();
  const at = regexes[current];
  expect(outcome, at ? `${at.file}:${at.line} /${at.source}/${at.flags}` : '').toBe('done');
}, 10 * 60_000);

it("reads 'a-' x 100 000 (the institution pattern backtracked for 86 s) to the end", () => {
  const text = 'a-'.repeat(100_000);
  const plan = recognisePlan(parseText(text), { name: 'x', format: 'text', sha256: '0'.repeat(64), pages: null }, { classify: false });
  expect(plan.actions).toEqual([]);
});
