import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TcError } from '@tc/model';
import { DEFAULT_LIMITS } from './limits.ts';
import { parsePlan, type ParseOptions, type ParseResult } from './parse-plan.ts';

/**
 * Reads a plan file and parses it with {@link parsePlan}; the source name defaults to the file's
 * base name. A file over the size limit is refused before it is read.
 */
export async function parsePlanFile(path: string, options: ParseOptions = {}): Promise<ParseResult> {
  const limit = options.maxBytes ?? Math.max(DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS.maxTextBytes);
  const bytes = await readBounded(path, limit);
  return parsePlan(bytes, { ...options, name: options.name ?? basename(path) });
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
