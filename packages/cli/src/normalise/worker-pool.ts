import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '@tc/parse';
import { type WorkerHeap, watchWorkerMemory } from '@tc/parse/node';
import type { WorkerJob, WorkerResult } from './worker-messages.ts';

interface Pending {
  job: WorkerJob;
  resolve: (result: WorkerResult) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: ReturnType<typeof setTimeout> | null;
  unwatch: (() => void) | null;
}

// Memory per worker (heap, and heap plus buffers as watched): several times what any real plan
// needs, small enough that a pathological input fails alone (TC_TOO_LARGE) instead of taking the
// whole run down.
export const WORKER_HEAP_MB = DEFAULT_LIMITS.maxMemoryMb;
// V8 sizes a worker's young generation for throughput; most of a worker's resident memory is that
// nursery. 32 MB measured as fast as the default on the fixtures, with peak RSS for two workers
// 414 MiB instead of 631 MiB (docs/benchmarks.md).
const WORKER_NURSERY_MB = 32;

// Running from source (.ts), a worker needs the resolution condition of the source tree, which a
// parent started without it (a test runner) does not pass on.
function workerExecArgv(url: URL): string[] {
  const argv = [...process.execArgv];
  if (url.pathname.endsWith('.ts') && !argv.some((a) => a.startsWith('--conditions') || a === '-C')) argv.push('--conditions=@tc/source');
  return argv;
}

/**
 * Runs documents in worker threads, at most `size` at a time. A document still running after
 * `hardTimeoutMs` has its worker terminated and replaced, and resolves as TC_TIMEOUT; a worker
 * that dies resolves as TC_INTERNAL. `run` never rejects.
 */
export class WorkerPool {
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  readonly #url: URL;
  readonly #hardTimeoutMs: number;
  readonly #heapMb: number;
  readonly #onMemory: ((heap: WorkerHeap) => void) | undefined;
  #closed = false;

  /** `onMemory` receives every memory reading of a busy worker (see watchWorkerMemory). */
  constructor(size: number, hardTimeoutMs: number, url: URL, options: { heapMb?: number; onMemory?: (heap: WorkerHeap) => void } = {}) {
    this.#url = url;
    this.#hardTimeoutMs = hardTimeoutMs;
    this.#heapMb = options.heapMb ?? WORKER_HEAP_MB;
    this.#onMemory = options.onMemory;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  run(job: WorkerJob): Promise<WorkerResult> {
    if (this.#closed) return Promise.resolve({ ok: false, code: 'TC_INTERNAL', message: 'The worker pool is closed.' });
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#pump();
    });
  }

  /** Stops every worker; documents still queued or running resolve as TC_INTERNAL. No worker starts after this. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed: WorkerResult = { ok: false, code: 'TC_INTERNAL', message: 'The worker pool was closed before the document was parsed.' };
    for (const pending of this.#queue.splice(0)) pending.resolve(closed);
    for (const slot of this.#slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.unwatch?.();
      const pending = slot.current;
      slot.current = null;
      slot.timer = null;
      pending?.resolve(closed);
    }
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  #spawn(): Slot {
    const slot: Slot = { worker: this.#startWorker(() => slot), current: null, timer: null, unwatch: null };
    return slot;
  }

  #startWorker(slotOf: () => Slot): Worker {
    // pdf.js prints warnings and stack traces (deep forms) from inside the worker; they would break
    // the progress lines and are not ours to show.
    const worker = new Worker(this.#url, {
      execArgv: workerExecArgv(this.#url),
      resourceLimits: { maxOldGenerationSizeMb: this.#heapMb, maxYoungGenerationSizeMb: WORKER_NURSERY_MB },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const fail = (message: string, code = 'TC_INTERNAL') => this.#finish(slotOf(), { ok: false, code, message }, true);
    worker.on('message', (result: WorkerResult) => this.#finish(slotOf(), result, false));
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail(this.#tooLargeMessage(), 'TC_TOO_LARGE');
      } else fail(`The worker failed: ${error.message}`);
    });
    worker.on('exit', (exitCode) => {
      if (!this.#closed && slotOf().worker === worker && slotOf().current) fail(`The worker exited (code ${exitCode}).`);
    });
    return worker;
  }

  #pump(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      if (slot.current || this.#queue.length === 0) continue;
      const pending = this.#queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(() => this.#timeout(slot), this.#hardTimeoutMs);
      slot.unwatch = watchWorkerMemory(slot.worker, this.#heapMb * 1024 * 1024, () => this.#tooLarge(slot), this.#onMemory);
      const transfer = pending.job.bytes.byteOffset === 0 && pending.job.bytes.byteLength === pending.job.bytes.buffer.byteLength;
      slot.worker.postMessage(pending.job, transfer ? [pending.job.bytes.buffer as ArrayBuffer] : []);
    }
  }

  #timeout(slot: Slot): void {
    const seconds = Math.round(this.#hardTimeoutMs / 100) / 10;
    this.#finish(slot, { ok: false, code: 'TC_TIMEOUT', message: `The document was still being parsed after ${seconds} s; its worker was stopped.` }, true);
  }

  #tooLarge(slot: Slot): void {
    this.#finish(slot, { ok: false, code: 'TC_TOO_LARGE', message: this.#tooLargeMessage() }, true);
  }

  #tooLargeMessage(): string {
    return `The document needed more than the ${this.#heapMb} MiB of memory a worker may use; its worker was stopped.`;
  }

  #finish(slot: Slot, result: WorkerResult, replace: boolean): void {
    const pending = slot.current;
    if (!pending) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.unwatch?.();
    slot.current = null;
    slot.timer = null;
    slot.unwatch = null;
    if (replace) {
      const old = slot.worker;
      old.removeAllListeners();
      old.on('error', () => {});
      void old.terminate();
      if (!this.#closed) slot.worker = this.#startWorker(() => slot);
    }
    pending.resolve(result);
    this.#pump();
  }
}
