// tc's parse workers remove DecompressionStream so that pdf.js inflates streams in JavaScript
// (faster there); the document read must be the same either way.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { parsePdf } from '../src/index.ts';

afterEach(() => vi.unstubAllGlobals());

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

it.each(['plans/portsmouth/plan.pdf', 'plans/brighton/matrix/libreoffice-html-borders.pdf'])('reads %s the same without DecompressionStream', async (path) => {
  const native = await parsePdf(fixture(path));
  vi.stubGlobal('DecompressionStream', undefined);
  expect(globalThis.DecompressionStream).toBeUndefined();
  expect(await parsePdf(fixture(path))).toEqual(native);
});
