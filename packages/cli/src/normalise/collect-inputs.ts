import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

/** One document to normalise: where it is and the unique name its outputs are written under. */
export interface InputFile {
  path: string;
  name: string;
  /** Why the path is not read (a symbolic link, a FIFO, a folder that cannot be listed); it still gets a row. */
  skip?: { code: 'TC_IO'; message: string };
}

interface Found {
  path: string;
  skip?: InputFile['skip'];
}

// A folder's README describes the folder; it is not one of its plans.
const README = /^readme\.(md|txt)$/i;

/** File extensions picked up when walking a folder (a file named on the command line is always taken). */
export const INPUT_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.txt', '.md'];

/**
 * The documents under the given paths, sorted by name. A folder's documents are named by their
 * path below it with `/` written as `__`; names that would clash get `~2`, `~3`, … appended.
 * A path that does not exist is still returned, so that it gets its row in inputs.csv.
 */
export async function collectInputs(paths: readonly string[], outDir: string): Promise<InputFile[]> {
  const skip = resolve(outDir);
  const found: InputFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    const files: Found[] = info?.isDirectory() ? await walk(path, skip) : [{ path }];
    for (const file of files) {
      const absolute = resolve(file.path);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const name = info?.isDirectory() ? relative(path, file.path).split(sep).join('__') : basename(file.path);
      found.push(file.skip ? { path: file.path, name, skip: file.skip } : { path: file.path, name });
    }
  }
  found.sort((a, b) => compare(a.name, b.name) || compare(a.path, b.path));
  return uniqueNames(found);
}

function kindOf(entry: Dirent): string {
  if (entry.isSymbolicLink()) return 'a symbolic link (links are not followed inside a folder)';
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  return 'a device';
}

async function walk(dir: string, skip: string): Promise<Found[]> {
  if (resolve(dir) === skip) return [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    return [{ path: dir, skip: { code: 'TC_IO', message: `The folder ${dir} cannot be listed (${reason}); its files were not read.` } }];
  }
  const files: Found[] = [];
  for (const entry of entries.sort((a, b) => compare(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || README.test(entry.name)) continue;
    const path = join(dir, entry.name);
    const wanted = INPUT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext));
    if (entry.isDirectory()) files.push(...(await walk(path, skip)));
    else if (entry.isFile()) {
      if (wanted) files.push({ path });
    } else if (wanted) {
      files.push({ path, skip: { code: 'TC_IO', message: `${path} is ${kindOf(entry)}, not a file; skipped.` } });
    }
  }
  return files;
}

function uniqueNames(inputs: InputFile[]): InputFile[] {
  const used = new Map<string, number>();
  return inputs.map((input) => {
    const count = (used.get(input.name) ?? 0) + 1;
    used.set(input.name, count);
    return count === 1 ? input : { ...input, name: `${input.name}~${count}` };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
