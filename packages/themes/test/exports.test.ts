import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'THEME_DEFINITIONS', 'Taxonomy', 'TopicDefinition', 'applyClassifier', 'applyTopics', 'classifyThemes', 'explainThemes', 'explainTopics',
    'leadingThemeLabel', 'normaliseThemeLabel', 'tagTopics', 'tokenise', 'topicTaxonomy',
  ]);
});
