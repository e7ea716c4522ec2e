// onProgress: the stages in order, a PDF page by page and a Word document block by block, the
// same through the worker as in the calling thread; and an abort from inside the callback stops
// the layout where it is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTcError, parsePlan, type ParseProgress } from '../src/index.ts';
import { parsePlanFile } from '../src/node.ts';

const path = (file: string) => fileURLToPath(new URL(`../../../fixtures/plans/chester/${file}`, import.meta.url));
const fixture = (file: string) => new Uint8Array(readFileSync(path(file)));

async function heard(file: string, options: { classify?: boolean } = {}): Promise<{ events: ParseProgress[]; pages: number | null }> {
  const events: ParseProgress[] = [];
  const { plan } = await parsePlan(fixture(file), { ...options, onProgress: (p) => events.push(p) });
  return { events, pages: plan.source.pages };
}

// The units a layout reported (page or block numbers), after checking each event says of how many.
function units(events: ParseProgress[]): { done: number[]; of: Set<number> } {
  const done: number[] = [];
  const of = new Set<number>();
  for (const e of events) {
    if (e.stage !== 'layout' || !('page' in e || 'block' in e)) continue;
    done.push('page' in e ? e.page : e.block);
    of.add('page' in e ? e.pages : e.blocks);
  }
  return { done, of };
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('onProgress', () => {
  it('hears a PDF page by page, from layout to recognise', async () => {
    const { events, pages } = await heard('plan.pdf');
    expect(pages).toBeGreaterThan(1);
    expect(events).toEqual([
      { stage: 'read' },
      { stage: 'layout', format: 'pdf' },
      ...oneToN(pages!).map((page) => ({ stage: 'layout', format: 'pdf', page, pages })),
      { stage: 'recognise', format: 'pdf' },
      { stage: 'done', format: 'pdf' },
    ]);
  });

  it('hears a Word document block by block, each of the same total', async () => {
    const { events } = await heard('plan.docx');
    const { done, of } = units(events);
    expect(done.length).toBeGreaterThan(10);
    expect(done).toEqual(oneToN(done.length));
    expect([...of]).toEqual([done.length]);
    expect(events.map((e) => e.stage)).toEqual(['read', 'layout', ...done.map(() => 'layout'), 'recognise', 'done']);
  });

  it('hears text in its stages alone', async () => {
    const { events } = await heard('plan.txt');
    expect(events).toEqual([{ stage: 'read' }, { stage: 'layout', format: 'text' }, { stage: 'recognise', format: 'text' }, { stage: 'done', format: 'text' }]);
  });

  it.each(['plan.pdf', 'plan.docx'])('hears %s the same through the worker as in the calling thread', async (file) => {
    const events: ParseProgress[] = [];
    await parsePlanFile(path(file), { onProgress: (p) => events.push(p) });
    expect(events).toEqual((await heard(file)).events);
  });

  it.each([
    ['plan.pdf', 2],
    ['plan.docx', 5],
  ])('stops %s at unit %i when the callback aborts there', async (file, at) => {
    const controller = new AbortController();
    const events: ParseProgress[] = [];
    const error = await parsePlan(fixture(file), {
      signal: controller.signal,
      onProgress: (p) => {
        events.push(p);
        if (units([p]).done[0] === at) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_ABORTED');
    // Nothing after the abort: the layout did not run on behind the rejected promise.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(units(events).done).toEqual(oneToN(at));
    expect(events.at(-1)).toMatchObject({ stage: 'layout' });
  });
});
