import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
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

describe('inputs', () => {
  const text = 'Technician Commitment action plan\n\nOur actions:\n\n1. Run an annual technical showcase\n2. Fund professional registration fees\n';
  const bytes = new TextEncoder().encode(text);
  const titles = async (input: Parameters<typeof parsePlan>[0]) => (await parsePlan(input, { classify: false })).plan.actions.map((a) => a.title);
  const expected = ['Run an annual technical showcase', 'Fund professional registration fees'];

  it('reads a Blob, a File, an ArrayBuffer, a DataView, a web stream and a Node stream alike', async () => {
    expect(await titles(new Blob([bytes]))).toEqual(expected);
    expect(await titles(new File([bytes], 'plan.txt'))).toEqual(expected);
    expect(await titles(bytes.slice().buffer)).toEqual(expected);
    expect(await titles(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength))).toEqual(expected);
    expect(await titles(new Blob([bytes]).stream())).toEqual(expected);
    expect(await titles(Readable.from([bytes.slice(0, 10), bytes.slice(10)]))).toEqual(expected);
  });

  it('stops reading a stream at the size limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => (pulled++, c.enqueue(new Uint8Array(1024))) });
    const error = await parsePlan(endless, { maxBytes: 10_000 }).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_INPUT_TOO_LARGE');
    expect(pulled).toBeLessThan(20);
  });

  it('refuses what is not bytes, text or a stream with TC_USAGE', async () => {
    const error = await parsePlan(42 as never).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_USAGE');
  });

  it('reports its stages to onProgress', async () => {
    const stages: string[] = [];
    await parsePlan(text, { classify: false, onProgress: (p) => stages.push(p.stage) });
    expect(stages).toEqual(['read', 'layout', 'recognise', 'done']);
  });
});
