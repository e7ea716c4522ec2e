import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'ActionCluster', 'CLUSTER_COLUMNS', 'ComparedAction', 'ComparedPlan', 'Comparison', 'GAP_SECTOR_SHARE', 'INSTITUTION_COLUMNS', 'InstitutionFigures', 'Place',
    'SIMILAR_COSINE', 'Share', 'SkippedInput', 'THEME_COLUMNS', 'TOPIC_COLUMNS', 'TimelineRow', 'TopicFigures', 'actionsHash', 'buildComparison', 'matchInstitution',
    'parseInstitutionMap', 'parsePeriod', 'periodLabel', 'renderReport', 'renderTable', 'themeRows', 'topicRows',
  ]);
});
