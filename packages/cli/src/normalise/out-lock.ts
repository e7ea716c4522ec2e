// One normalise run per output folder: a second run would rewrite the tables and remove the first
// run's results under it. The lock is a file holding the owner's host and pid, created with a hard
// link so that it appears complete or not at all; a lock whose process is gone is taken over.
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { TcError } from '@tc/model';
import { processAlive } from './process-alive.ts';

interface LockOwner {
  host: string;
  pid: number;
  token: string;
}

/** Releases a lock taken by {@link lockOut}. */
export type Unlock = () => Promise<void>;

const LOCK_NAME = 'lock';
const ATTEMPTS = 3;

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.host === 'string' && typeof owner.pid === 'number' && typeof owner.token === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

async function create(path: string, owner: LockOwner): Promise<boolean> {
  const temp = `${path}.${owner.pid}.${owner.token}`;
  await writeFile(temp, `${JSON.stringify({ ...owner, started: new Date().toISOString() })}\n`);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Takes the lock of the output folder `stateDir` (its `.tc`), or throws TC_OUT_LOCKED when another
 * live process holds it. A lock left by a process that no longer runs on this host is taken over.
 */
export async function lockOut(stateDir: string, out: string): Promise<Unlock> {
  const path = join(stateDir, LOCK_NAME);
  const me: LockOwner = { host: hostname(), pid: process.pid, token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await create(path, me)) {
      return async () => {
        const owner = await readOwner(path);
        if (owner?.token === me.token) await rm(path, { force: true });
      };
    }
    const owner = await readOwner(path);
    if (owner && (owner.host !== me.host || processAlive(owner.pid))) {
      const where = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
      throw new TcError('TC_OUT_LOCKED', `${out} is in use by another tc normalise run (${where}); wait for it or choose another --out.`);
    }
    // Stale (or unreadable): move it aside, so that of two runs taking it over only one succeeds.
    await rename(path, `${path}.stale.${me.pid}.${me.token}`).then(
      (): Promise<void> => rm(`${path}.stale.${me.pid}.${me.token}`, { force: true }),
      () => undefined,
    );
  }
  throw new TcError('TC_OUT_LOCKED', `Could not take the lock of ${out} (${path}); another run keeps taking it.`);
}
