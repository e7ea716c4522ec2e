import './runtime-check.ts';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TcError } from '@tc/model';
import { DEFAULT_LIMITS } from './limits.ts';
import { parsePlan, type ParseResult } from './parse-plan.ts';
import { parsePlanInWorker, type WorkerParseOptions } from './worker-parse.ts';

/** For web pages bundled by a tool that does not emit pdf.js's files: see `@tc/pdf`'s README. */
export { copyPdfjsAssets } from '@tc/pdf/assets';

/** Options of {@link parsePlanFile}. */
export interface ParseFileOptions extends WorkerParseOptions {
  /**
   * Parse in a worker thread that is stopped at the time and memory limits (default true). Without
   * it the parse runs in the calling thread, where the time limit is only checked between stages.
   */
  worker?: boolean;
}

/**
 * Reads a plan file and parses it with {@link parsePlan}, in a worker thread that is terminated at
 * the time limit or memory cap (see {@link parsePlanInWorker}); the source name defaults to the
 * file's base name. A file over the size limit is refused before it is read.
 */
export async function parsePlanFile(path: string, options: ParseFileOptions = {}): Promise<ParseResult> {
  const { worker = true, ...rest } = options;
  const limit = rest.maxBytes ?? Math.max(DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS.maxTextBytes);
  const bytes = await readBounded(path, limit);
  const named = { ...rest, name: rest.name ?? basename(path) };
  return worker ? parsePlanInWorker(bytes, named, true) : parsePlan(bytes, named);
}

async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new TcError('TC_IO', `${path} is not a file.`);
    if (info.size > limit) throw new TcError('TC_INPUT_TOO_LARGE', `${path} is ${info.size} bytes, over the ${limit}-byte limit.`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof TcError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new TcError('TC_IO', `Cannot read ${path} (${reason}).`, { cause: error });
  }
}

export { parsePlan, type ParseOptions, type ParseResult } from './parse-plan.ts';
export { parsePlanInWorker, type WorkerParseOptions } from './worker-parse.ts';
export { prepareParseThread } from './parse-thread.ts';
export { watchWorkerMemory, type WorkerHeap } from './watch-memory.ts';
