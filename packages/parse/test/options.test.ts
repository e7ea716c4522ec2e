import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isTcError, parsePlan } from '../src/index.ts';

describe('parsePlan options', () => {
  it('refuses a format it does not know with TC_USAGE, naming the ones it does', async () => {
    const error = await parsePlan('1. Run a showcase', { format: 'html' as never }).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_USAGE');
    expect((error as Error).message).toContain('pdf, docx, text, markdown');
  });
});

describe('aborting a parse', () => {
  const fixture = (file: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/plans/chester/${file}`, import.meta.url)));

  it.each(['plan.txt', 'plan.docx', 'plan.pdf'])('fails %s with TC_ABORTED, the caller\'s reason among its causes', async (file) => {
    const controller = new AbortController();
    controller.abort(new Error('user closed the page'));
    const error = await parsePlan(fixture(file), { signal: controller.signal }).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_ABORTED');
    const causes: string[] = [];
    for (let e = (error as Error).cause; e instanceof Error; e = e.cause) causes.push(e.message);
    expect(causes).toContain('user closed the page');
  });
});
