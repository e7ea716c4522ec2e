import { expect, test } from 'vitest';

test('the public API of @tc/docx', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['DEFAULT_DOCX_LIMITS', 'parseDocx']);
});
