// Damaged copies of every fixture rendition (cut short, bytes overwritten, a stretch removed): each
// must give a valid Plan or a typed TcError — never another exception, never a hang.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { Plan, isTcError } from '@tc/model';
import { parsePlan } from '@tc/parse';
import { FIXTURES, fixtureFolders } from './support/fixtures.ts';

const MUTATIONS_PER_FILE = 6;

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function mutate(bytes: Uint8Array, kind: number, rand: () => number): Uint8Array {
  if (kind === 0) return bytes.slice(0, Math.floor(rand() * bytes.length));
  if (kind === 1) {
    const copy = bytes.slice();
    for (let i = 0; i < 20; i++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
    return copy;
  }
  const at = Math.floor(rand() * bytes.length);
  return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + Math.floor(rand() * 2000))]);
}

const files = fixtureFolders().flatMap(({ dir, renditions }) => renditions.map((r) => relative(FIXTURES, join(dir, r))));

it.each(files)('damaged copies of %s give a Plan or a typed error', async (file) => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  const rand = random(bytes.length);
  for (let k = 0; k < MUTATIONS_PER_FILE; k++) {
    const input = mutate(bytes, k % 3, rand);
    try {
      const { plan } = await parsePlan(input, { timeoutMs: 20_000 });
      expect(Plan.safeParse(plan).success).toBe(true);
    } catch (error) {
      expect(isTcError(error), `mutation ${k}: ${String(error)}`).toBe(true);
      expect((error as { code: string }).code).not.toBe('TC_INVALID_PLAN');
    }
  }
});
