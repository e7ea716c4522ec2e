import { MIN_QUALITY } from './score-reading.ts';
import type { Reading } from './reading.ts';

/** The chosen readings, and for each rejected one what beat it. */
export interface Selection {
  chosen: Reading[];
  rejected: Array<{ reading: Reading; lostTo: Reading | null; why: 'quality' | 'overlap' }>;
}

/**
 * Keeps the best readings that claim no block twice: highest score first (ties: more blocks
 * claimed, then earlier start), each taken when it overlaps nothing taken and is good enough.
 * Readings that claim no blocks but find theme definitions or narrative are always kept.
 */
export function selectReadings(readings: readonly Reading[]): Selection {
  const order = [...readings].sort((a, b) => b.score - a.score || b.claims.length - a.claims.length || (a.claims[0] ?? 0) - (b.claims[0] ?? 0));
  const owner = new Map<number, Reading>();
  const chosen: Reading[] = [];
  const rejected: Selection['rejected'] = [];
  for (const reading of order) {
    if (reading.drafts.length > 0 && reading.quality < MIN_QUALITY) {
      rejected.push({ reading, lostTo: null, why: 'quality' });
      continue;
    }
    const clash = reading.claims.find((i) => owner.has(i));
    if (clash !== undefined) {
      rejected.push({ reading, lostTo: owner.get(clash) ?? null, why: 'overlap' });
      continue;
    }
    for (const i of reading.claims) owner.set(i, reading);
    chosen.push(reading);
  }
  chosen.sort((a, b) => (a.claims[0] ?? 0) - (b.claims[0] ?? 0));
  return { chosen, rejected };
}
