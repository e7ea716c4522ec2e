import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS } from '@tc/parse';

/** An input's bytes and hash, or why it could not be read. */
export type ReadInput = { ok: true; bytes: Uint8Array; sha256: string } | { ok: false; code: string; message: string };

const LIMIT = Math.max(DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS.maxTextBytes);

/** Reads one input, refusing files over the largest size parsePlan accepts before reading them. */
export async function readInput(path: string): Promise<ReadInput> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, code: 'TC_IO', message: `${path} is not a file.` };
    if (info.size > LIMIT) return { ok: false, code: 'TC_INPUT_TOO_LARGE', message: `The file is ${info.size} bytes, over the ${LIMIT}-byte limit.` };
    const bytes = new Uint8Array(await readFile(path));
    return { ok: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    return { ok: false, code: 'TC_IO', message: `Cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'read error'}).` };
  }
}
