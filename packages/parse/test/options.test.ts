import { describe, expect, it } from 'vitest';
import { isTcError, parsePlan } from '../src/index.ts';

describe('parsePlan options', () => {
  it('refuses a format it does not know with TC_USAGE, naming the ones it does', async () => {
    const error = await parsePlan('1. Run a showcase', { format: 'html' as never }).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_USAGE');
    expect((error as Error).message).toContain('pdf, docx, text, markdown');
  });
});
