import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { processAlive } from './process-alive.ts';

const TEMP_SUFFIX = '.tc-tmp';
// `.tc-<pid>-<random>.tc-tmp`: short, whatever the target's name (a long input name must still leave
// room for its temporary file), and it says which process owns it.
const TEMP_NAME = /^\.tc-(\d+)-[0-9a-f]+\.tc-tmp$/;

/** A new temporary file's path beside `path`, named so that {@link removeStaleTemps} knows whose it is. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.tc-${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Writes a file through a temporary file in the same folder and a rename, so no reader ever sees half of it. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes temporary files left in `dir` by runs that were killed mid-write. A file whose process
 * is still running is left alone: it is being written.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => {
    if (!n.endsWith(TEMP_SUFFIX)) return false;
    const owner = TEMP_NAME.exec(n);
    // Names in the older form (`.<target>.<pid>.<random>.tc-tmp`) carry the pid second from last.
    const pid = Number(owner?.[1] ?? n.split('.').at(-3));
    return !processAlive(pid);
  });
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
}
