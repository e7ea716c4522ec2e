import type { Worker } from 'node:worker_threads';

// How often a busy worker's memory is read. Reading it interrupts the worker briefly (V8 runs the
// request at its next stack check, so also inside long synchronous work).
const POLL_MS = 100;

/** The fields of a worker's heap statistics (`worker.getHeapStatistics()`) that the watch reads, in bytes. */
export interface WorkerHeap {
  /** Live objects in the JavaScript heap. */
  used_heap_size: number;
  /** Heap pages resident in memory, free space and the young generation included. */
  total_physical_size: number;
  /** V8's own allocations outside the heap. */
  malloced_memory: number;
  /** Array buffers and other memory held by JavaScript objects outside the heap. */
  external_memory?: number;
}

/**
 * Calls `exceeded` once when the worker's JavaScript heap plus its external memory (array buffers:
 * inflated streams, decoded text) passes `maxBytes`; returns a function that stops watching.
 * resourceLimits bound only the heap, so this is what bounds a worker's buffers. Where the
 * runtime cannot report a worker's memory (Node before 22.16), it does nothing. `observe`, if
 * given, is handed every reading (the fuzzer records each worker's peak with it).
 */
export function watchWorkerMemory(worker: Worker, maxBytes: number, exceeded: (bytes: number) => void, observe?: (heap: WorkerHeap) => void): () => void {
  const read = (worker as Worker & { getHeapStatistics?: () => Promise<WorkerHeap> }).getHeapStatistics;
  if (typeof read !== 'function') return () => undefined;
  let stopped = false;
  let pending = false;
  const timer = setInterval(() => {
    if (pending || stopped) return;
    pending = true;
    read.call(worker).then(
      (heap) => {
        pending = false;
        if (!stopped) observe?.(heap);
        const bytes = heap.used_heap_size + (heap.external_memory ?? 0);
        if (!stopped && bytes > maxBytes) {
          stopped = true;
          clearInterval(timer);
          exceeded(bytes);
        }
      },
      () => {
        pending = false;
      },
    );
  }, POLL_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
