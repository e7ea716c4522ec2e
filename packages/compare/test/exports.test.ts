import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'ComparedAction', 'ComparedPlan', 'Comparison', 'INSTITUTION_COLUMNS', 'InstitutionFigures', 'Place', 'Share', 'SkippedInput', 'THEME_COLUMNS',
    'TOPIC_COLUMNS', 'TopicFigures', 'actionsHash', 'buildComparison', 'matchInstitution', 'parseInstitutionMap', 'parsePeriod', 'periodLabel',
    'renderTable', 'themeRows', 'topicRows',
  ]);
});
