// An abort stops a Word parse where it is — inside mammoth, in the mapping, or at the next turn of
// the event loop — instead of the parse running on to the end behind a rejected promise. Counters
// of the work done show where it stopped; no clock is read.
import { describe, expect, it, vi } from 'vitest';
import { isTcError, TcError } from '@tc/model';
import { parseDocx } from '../src/index.ts';
import { para, wordPackage } from './word-package.ts';

// Every run mammoth read passes through markDingbatRun (the document transform); counting calls
// shows how far mammoth got. `onRun` lets a test act at a given run.
const runs = vi.hoisted(() => ({ seen: 0, onRun: (_n: number) => {} }));
vi.mock('../src/dingbats.ts', async (original) => {
  const actual = await original<typeof import('../src/dingbats.ts')>();
  return {
    ...actual,
    markDingbatRun: (run: never) => {
      runs.onRun(++runs.seen);
      return actual.markDingbatRun(run);
    },
  };
});

const PARAGRAPHS = 5000;
const big = wordPackage({ body: Array.from({ length: PARAGRAPHS }, (_, i) => para(`Action ${i + 1}: run a workshop for technicians`)).join('') });

async function stopped(options: Parameters<typeof parseDocx>[1]): Promise<{ code: unknown; blocks: number[] }> {
  const blocks: number[] = [];
  const onBlock = (block: number, total: number) => {
    blocks.push(block);
    options?.onBlock?.(block, total);
  };
  const error = await parseDocx(big, { ...options, onBlock }).then(
    () => null,
    (e: unknown) => e,
  );
  return { code: isTcError(error) ? error.code : error, blocks };
}

describe('aborting a Word parse', () => {
  it('maps every block of the body when nothing aborts, reporting each', async () => {
    runs.seen = 0;
    runs.onRun = () => {};
    const reported: Array<[number, number]> = [];
    const doc = await parseDocx(big, { signal: new AbortController().signal, onBlock: (block, blocks) => reported.push([block, blocks]) });
    expect(doc.children).toHaveLength(PARAGRAPHS);
    expect(runs.seen).toBe(PARAGRAPHS);
    expect(reported).toHaveLength(PARAGRAPHS);
    expect(reported.at(-1)).toEqual([PARAGRAPHS, PARAGRAPHS]);
  });

  it('stops inside mammoth, at the next run it hands over, and maps nothing', async () => {
    const controller = new AbortController();
    runs.seen = 0;
    runs.onRun = (n) => n === 100 && controller.abort(new Error('closed'));
    const result = await stopped({ signal: controller.signal });
    runs.onRun = () => {};
    expect(result.code).toBe('TC_ABORTED');
    expect(runs.seen).toBe(100);
    expect(result.blocks).toEqual([]);
  });

  it('stops in the mapping at the next block', async () => {
    const controller = new AbortController();
    const result = await stopped({ signal: controller.signal, onBlock: (block) => block === 10 && controller.abort() });
    expect(result.code).toBe('TC_ABORTED');
    expect(result.blocks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stops when a timer aborts shortly after the start, before the mapping', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    runs.seen = 0;
    const result = await stopped({ signal: controller.signal });
    expect(result.code).toBe('TC_ABORTED');
    expect(runs.seen).toBeLessThan(PARAGRAPHS);
    expect(result.blocks).toEqual([]);
  });

  it('ends with the signal\'s own TcError when it carries one (a time limit)', async () => {
    const controller = new AbortController();
    controller.abort(new TcError('TC_TIMEOUT', 'over time'));
    expect((await stopped({ signal: controller.signal })).code).toBe('TC_TIMEOUT');
  });
});
