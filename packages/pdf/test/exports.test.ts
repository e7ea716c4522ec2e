import { expect, test } from 'vitest';

test('the public API is parsePdf only', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['parsePdf']);
});
