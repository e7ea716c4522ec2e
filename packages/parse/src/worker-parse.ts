import { Worker } from 'node:worker_threads';
import { TcError } from '@tc/model';
import { DEFAULT_LIMITS } from './limits.ts';
import type { ParseOptions, ParseResult } from './parse-plan.ts';
import { watchWorkerMemory } from './watch-memory.ts';
import type { WorkerReply, WorkerRequest } from './worker-reply.ts';

/** Options of {@link parsePlanInWorker}: those of parsePlan, plus the worker's memory cap. */
export interface WorkerParseOptions extends ParseOptions {
  /** Most memory the worker may use (heap and buffers), in MiB; over it the parse ends with TC_TOO_LARGE. */
  maxMemoryMb?: number;
}

// The worker gets this long past its own time limit to report TC_TIMEOUT itself before it is stopped.
const TERMINATE_GRACE_MS = 1000;

const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const workerUrl = new URL(`./parse-worker${ext}`, import.meta.url);

// Running from source (.ts), the worker needs the same resolution condition as its parent.
function execArgv(): string[] {
  const argv = [...process.execArgv];
  if (ext === '.ts' && !argv.some((a) => a.startsWith('--conditions') || a === '-C')) argv.push('--conditions=@tc/source');
  return argv;
}

/**
 * parsePlan in a worker thread that is terminated when the time limit passes (TC_TIMEOUT), when
 * `signal` aborts (TC_ABORTED), or when it needs more memory than `maxMemoryMb` (TC_TOO_LARGE), so
 * that the limits hold even while the parse is inside synchronous work. The bytes are copied.
 */
export function parsePlanInWorker(input: Uint8Array | string, options: WorkerParseOptions = {}, transfer = false): Promise<ParseResult> {
  // A function cannot be posted to a worker: progress comes back as messages, to onProgress here.
  const { signal, onProgress, maxMemoryMb = DEFAULT_LIMITS.maxMemoryMb, ...rest } = options;
  const timeoutMs = rest.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  if (signal?.aborted) return Promise.reject(new TcError('TC_ABORTED', 'The parse was cancelled.', { cause: signal.reason }));
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const format = typeof input === 'string' && rest.format === undefined ? { format: 'text' as const } : {};
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      execArgv: execArgv(),
      // The heap gets the memory cap; buffers are watched separately (watchWorkerMemory).
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, maxMemoryMb / 16)) },
      // pdf.js may print to the console from inside the worker; that output is not ours to show.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (error: TcError | null, result?: ParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWatching();
      signal?.removeEventListener('abort', onAbort);
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(
      () => finish(new TcError('TC_TIMEOUT', `The document took longer than the ${timeoutMs} ms time limit; its parse was stopped.`)),
      timeoutMs + TERMINATE_GRACE_MS,
    );
    const tooLarge = () => new TcError('TC_TOO_LARGE', `The document needed more than the ${maxMemoryMb} MiB of memory a parse may use; its parse was stopped.`);
    const stopWatching = watchWorkerMemory(worker, maxMemoryMb * 1024 * 1024, () => finish(tooLarge()));
    const onAbort = () => finish(new TcError('TC_ABORTED', 'The parse was cancelled.', { cause: signal?.reason }));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if ('progress' in reply) onProgress?.(reply.progress);
      else if (reply.ok) finish(null, reply.result);
      else finish(new TcError(reply.code, reply.message));
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(tooLarge());
      else finish(new TcError('TC_INTERNAL', `The parse worker failed: ${error.message}`, { cause: error }));
    });
    worker.on('exit', (code) => finish(new TcError('TC_INTERNAL', `The parse worker exited (code ${code}) without a result.`)));
    const owned = transfer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    // URL objects cannot be posted to a thread; pdf.js's locations go as their strings.
    const pdf = rest.pdf && Object.fromEntries(Object.entries(rest.pdf).map(([k, v]) => [k, v instanceof URL ? v.href : v]));
    const request: WorkerRequest = { bytes, options: { ...rest, ...format, ...(pdf ? { pdf } : {}), timeoutMs }, progress: onProgress !== undefined };
    worker.postMessage(request, owned ? [bytes.buffer as ArrayBuffer] : []);
  });
}
