import { expect, it } from 'vitest';

it('exports the curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'TICK_GLYPHS',
    'cleanInlineText',
    'findRepeatedLines',
    'foldWhitespace',
    'hasHtmlMarkup',
    'hastText',
    'healHyphenation',
    'htmlToText',
    'isBlockElement',
    'isContinuationRow',
    'makeRectangular',
    'nodeText',
    'parseHtmlFragment',
    'readTickGlyph',
    'readTickText',
    'repeatedLineKey',
    'tableCell',
    'toSuperscript',
  ]);
});
