import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../src/sha256.ts';

const bytes = new TextEncoder().encode('1. Run an annual technical showcase\n');
const expected = createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hashes through Web Crypto', async () => {
    expect(await sha256Hex(bytes)).toBe(expected);
  });

  it('gives the same hash where Web Crypto is missing (a page over plain http)', async () => {
    vi.stubGlobal('crypto', {});
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256Hex(bytes)).toBe(expected);
  });
});
