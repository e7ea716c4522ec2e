import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'ActionCluster', 'CLUSTER_COLUMNS', 'ComparedAction', 'ComparedPlan', 'Comparison', 'INSTITUTION_COLUMNS', 'InstitutionFigures', 'Place',
    'SIMILAR_COSINE', 'Share', 'SkippedInput', 'THEME_COLUMNS', 'TOPIC_COLUMNS', 'TopicFigures', 'actionsHash', 'buildComparison', 'matchInstitution',
    'parseInstitutionMap', 'parsePeriod', 'periodLabel', 'renderTable', 'themeRows', 'topicRows',
  ]);
});
