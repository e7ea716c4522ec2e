import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'THEME_DEFINITIONS', 'applyClassifier', 'classifyThemes', 'explainThemes', 'leadingThemeLabel', 'normaliseThemeLabel',
  ]);
});
