import { expect, it } from 'vitest';

it('exports the curated API of the main entry', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['DEFAULT_LIMITS', 'TC_ERROR_CODES', 'TcError', 'isTcError', 'parsePlan', 'sniffFormat']);
});

it('exports the file-system helpers of @tc/parse/node', async () => {
  expect(Object.keys(await import('../src/node.ts')).sort()).toEqual(['copyPdfjsAssets', 'parsePlan', 'parsePlanFile', 'parsePlanInWorker', 'prepareParseThread', 'watchWorkerMemory']);
});
