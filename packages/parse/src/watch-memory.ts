import type { Worker } from 'node:worker_threads';

// How often a busy worker's memory is read. Reading it interrupts the worker briefly (V8 runs the
// request at its next stack check, so also inside long synchronous work).
const POLL_MS = 100;

interface WorkerHeap {
  used_heap_size: number;
  external_memory?: number;
}

/**
 * Calls `exceeded` once when the worker's JavaScript heap plus its external memory (array buffers:
 * inflated streams, decoded text) passes `maxBytes`; returns a function that stops watching.
 * resourceLimits bound only the heap, so this is what bounds a worker's buffers. Where the
 * runtime cannot report a worker's memory (Node before 22.16), it does nothing.
 */
export function watchWorkerMemory(worker: Worker, maxBytes: number, exceeded: (bytes: number) => void): () => void {
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
