// The fuzzer's fixed sample for CI (issue 12, part 6): 100 seeded inputs per format, mutated
// fixtures and hostile shapes, through tc normalise's worker pool. Every one must end with a plan
// or a typed error, none may run past the time limit, and no worker may pass 1 GiB.
import { expect, it } from 'vitest';
import { runFuzz } from './run-fuzz.ts';

it('100 inputs per format: no untyped failure, none past the limit', async () => {
  const result = await runFuzz({ perFormat: 100, seed: 12, jobs: 2, timeoutMs: 5000, shapeShare: 0.03 });
  for (const format of result.formats) {
    expect(format.inputs).toBe(100);
    expect(format.untyped, format.format).toEqual([]);
    expect(format.pastLimit, format.format).toBe(0);
    // The sample is not all refusals: mutants that still parse are in it.
    expect(format.byCode.ok ?? 0, format.format).toBeGreaterThan(0);
    // Each worker was measured, and stayed under the 1 GiB.
    expect(format.peakWorkerMb.resident, format.format).toBeGreaterThan(0);
    expect(format.peakWorkerMb.resident, format.format).toBeLessThan(1024);
  }
}, 300_000);
