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

it('exports from @tc/layout/core the helpers that need no HTML parser', async () => {
  const core = Object.keys(await import('../src/core.ts')).sort();
  expect(core).toEqual(['TICK_GLYPHS', 'findRepeatedLines', 'foldWhitespace', 'healHyphenation', 'isContinuationRow', 'makeRectangular', 'nodeText', 'readTickGlyph', 'readTickText', 'repeatedLineKey', 'tableCell', 'toSuperscript']);
  const main = await import('../src/index.ts');
  for (const name of core) expect(main[name as keyof typeof main], name).toBeDefined();
});
