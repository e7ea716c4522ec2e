import { expect, test } from 'vitest';

test('the public API is parsePdf only', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['parsePdf']);
});

test('@tc/pdf/assets exports the copy step for web pages', async () => {
  expect(Object.keys(await import('../src/pdfjs-assets.ts')).sort()).toEqual(['PDFJS_ASSETS', 'copyPdfjsAssets', 'pdfjsFolder']);
});
