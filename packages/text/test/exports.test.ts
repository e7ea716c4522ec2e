import { expect, it } from 'vitest';

it('exports the curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['decodeText', 'detectTextFlavour', 'parseText']);
});
