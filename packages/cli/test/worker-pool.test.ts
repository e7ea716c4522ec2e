import { expect, it } from 'vitest';
import { WorkerPool } from '../src/normalise/worker-pool.ts';
import { badKidXrefPdf } from '../../../test/support/hostile-pdf.ts';

const job = (name: string, size = 3) => ({ name, bytes: new Uint8Array(size), classify: false, timeoutMs: 100, maxPages: undefined });

it('terminates a stuck worker, records TC_TIMEOUT and carries on with a fresh one', async () => {
  const pool = new WorkerPool(1, 300, new URL('./hanging-worker.mjs', import.meta.url));
  try {
    const results = await Promise.all([pool.run(job('hang')), pool.run(job('fine', 5)), pool.run(job('crash')), pool.run(job('after', 7))]);
    expect(results[0]).toMatchObject({ ok: false, code: 'TC_TIMEOUT' });
    expect(results[1]).toMatchObject({ ok: true, tables: { actions: 5 } });
    expect(results[2]).toMatchObject({ ok: false, code: 'TC_INTERNAL' });
    expect(results[3]).toMatchObject({ ok: true, tables: { actions: 7 } });
  } finally {
    await pool.close();
  }
});

it('closing the pool settles every document and starts no worker afterwards', async () => {
  const pool = new WorkerPool(1, 200, new URL('./hanging-worker.mjs', import.meta.url));
  const running = pool.run(job('hang'));
  const queued = pool.run(job('fine', 5));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await pool.close();
  expect(await running).toMatchObject({ ok: false, code: 'TC_INTERNAL' });
  expect(await queued).toMatchObject({ ok: false, code: 'TC_INTERNAL' });
  expect(await pool.run(job('late', 7))).toMatchObject({ ok: false, code: 'TC_INTERNAL' });
});

it('reports a worker that runs out of memory as TC_TOO_LARGE and carries on', async () => {
  const pool = new WorkerPool(1, 30_000, new URL('./hanging-worker.mjs', import.meta.url), { heapMb: 64 });
  try {
    const results = await Promise.all([pool.run(job('oom')), pool.run(job('after', 7))]);
    expect(results[0]).toMatchObject({ ok: false, code: 'TC_TOO_LARGE' });
    expect(results[1]).toMatchObject({ ok: true, tables: { actions: 7 } });
  } finally {
    await pool.close();
  }
});

it('hands every memory reading of a busy worker to onMemory', async () => {
  const readings: number[] = [];
  const pool = new WorkerPool(1, 450, new URL('./hanging-worker.mjs', import.meta.url), { onMemory: (heap) => readings.push(heap.total_physical_size) });
  try {
    expect(await pool.run(job('hang'))).toMatchObject({ ok: false, code: 'TC_TIMEOUT' });
    expect(readings.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...readings)).toBeGreaterThan(1024 * 1024);
  } finally {
    await pool.close();
  }
});

// Found by the fuzzer (PDF, seed 12, input 8786): pdf.js left a rejection unhandled and the
// normalise worker ended with it, recorded as TC_INTERNAL.
it('parses a PDF after which pdf.js leaves a rejection unhandled', async () => {
  const pool = new WorkerPool(1, 30_000, new URL('../src/normalise/normalise-worker.ts', import.meta.url));
  try {
    const result = await pool.run({ name: 'bad-kid.pdf', bytes: badKidXrefPdf(), classify: false, timeoutMs: 20_000, maxPages: undefined });
    expect(result).toMatchObject({ ok: true, format: 'pdf', pages: 1 });
  } finally {
    await pool.close();
  }
});
