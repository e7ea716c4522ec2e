import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildComparison, Comparison, parseInstitutionMap } from '../src/index.ts';
import { FIXTURES, fixturePlan } from './plans.ts';

// compare.json of the five fixture plans (their expected Plans), checked by eye against the plans:
// Chester 35 actions 2021-01..2023-12, Leicester 32 from 2024-01, Plymouth 17, Portsmouth 21, Brighton 15.
it('compares the fixture plans as golden/fixtures.compare.json says', () => {
  const rules = parseInstitutionMap(readFileSync(new URL('fixtures-map.csv', import.meta.url), 'utf8'));
  const inputs = FIXTURES.map((slug) => ({ file: `fixtures/plans/${slug}/plan.txt`, plan: fixturePlan(slug) }));
  const actual = buildComparison(inputs, { institutions: rules });
  const golden = Comparison.parse(JSON.parse(readFileSync(new URL('golden/fixtures.compare.json', import.meta.url), 'utf8')));
  expect(actual).toEqual(golden);
});
