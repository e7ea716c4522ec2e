// parsePlanFile and parsePlanInWorker run the parse in a worker thread, so the time limit and the
// memory cap hold even while a stage is busy in code that never yields (issue 12, part 3).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTcError } from '@tc/model';
import { parsePlan } from '../src/index.ts';
import { parsePlanFile, parsePlanInWorker } from '../src/node.ts';
import { badKidXrefPdf, deepFormsPdf, inflateBombPdf } from '../../../test/support/hostile-pdf.ts';

const fixture = new URL('../../../fixtures/plans/chester/plan.docx', import.meta.url);

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    if (isTcError(error)) return error.code;
    throw error;
  }
}

describe('parsing in a worker', () => {
  it('gives the plan parsePlan gives in the calling thread', async () => {
    const inThread = await parsePlan(new Uint8Array(readFileSync(fixture)), { name: 'plan.docx' });
    const inWorker = await parsePlanFile(fixture.pathname);
    expect(inWorker.plan).toEqual(inThread.plan);
    expect(inWorker.plan.actions.length).toBeGreaterThan(10);
  });

  it('passes typed errors through', async () => {
    expect(await codeOf(parsePlanInWorker(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('TC_UNSUPPORTED_FORMAT');
    expect(await codeOf(parsePlanInWorker(''))).toBe('TC_EMPTY_INPUT');
  });

  it('stops a PDF whose forms draw each other 2^30 times at the time limit', async () => {
    // In the calling thread this runs until memory runs out; the worker is terminated.
    expect(await codeOf(parsePlanInWorker(deepFormsPdf(30), { timeoutMs: 1500 }))).toBe('TC_TIMEOUT');
  });

  it('stops the same PDF when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    expect(await codeOf(parsePlanInWorker(deepFormsPdf(30), { timeoutMs: 60_000, signal: controller.signal }))).toBe('TC_ABORTED');
  });

  it('stops a PDF whose content stream inflates past the memory cap with TC_TOO_LARGE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-bomb-'));
    writeFileSync(join(dir, 'bomb.pdf'), await inflateBombPdf(512 * 1024 * 1024));
    expect(await codeOf(parsePlanFile(join(dir, 'bomb.pdf'), { maxMemoryMb: 192, timeoutMs: 60_000 }))).toBe('TC_TOO_LARGE');
  });

  // Found by the fuzzer (PDF, seed 12, input 8786): the worker ended with pdf.js's leftover
  // rejection, and the document was TC_INTERNAL.
  it('reads a PDF after which pdf.js leaves a rejection unhandled', async () => {
    const { plan } = await parsePlanInWorker(badKidXrefPdf(), { name: 'bad-kid.pdf' });
    expect(plan.source.pages).toBe(1);
    expect(plan.title).toBe('Action plan');
  });
});
