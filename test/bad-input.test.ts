// Issue 2's bad inputs, through the real parsePlan: each gets a typed error or a defined result.
import { describe, expect, it } from 'vitest';
import { isTcError } from '@tc/model';
import { DEFAULT_LIMITS, parsePlan } from '@tc/parse';

async function codeOf(input: Uint8Array | string): Promise<string> {
  try {
    await parsePlan(input);
  } catch (error) {
    if (isTcError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('bad input to parsePlan', () => {
  it('refuses an empty file, and one of only whitespace', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe('TC_EMPTY_INPUT');
    expect(await codeOf('  \n\t\n')).toBe('TC_EMPTY_INPUT');
  });

  it('refuses binary bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await codeOf(bytes)).toBe('TC_BINARY_INPUT');
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning', async () => {
    const latin1 = Uint8Array.from([...'Action 1\n\nR\xe9sum\xe9 of caf\xe9 events for technicians\n'].map((c) => c.charCodeAt(0)));
    const { plan } = await parsePlan(latin1);
    expect(plan.diagnostics.map((d) => d.code)).toContain('decoded-as-windows-1252');
    expect(JSON.stringify(plan)).toContain('Résumé of café events');
  });

  it('gives zero actions and a warning for a text with no plan in it', async () => {
    const { plan } = await parsePlan('Dear colleagues,\n\nThe canteen reopens on Monday.\n\nBest wishes\n');
    expect(plan.actions).toEqual([]);
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'no-actions-found' }));
    expect(plan.sections.map((s) => s.text).join('\n')).toContain('The canteen reopens on Monday.');
  });

  it('refuses a 50 MB text file by its documented size limit, before reading it', async () => {
    expect(DEFAULT_LIMITS.maxTextBytes).toBeLessThan(50 * 1024 * 1024);
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(await codeOf(big)).toBe('TC_INPUT_TOO_LARGE');
  });
});
