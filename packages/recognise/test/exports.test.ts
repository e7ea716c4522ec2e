import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['inspectPlan', 'recognisePlan']);
});
