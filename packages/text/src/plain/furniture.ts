import { findRepeatedLines } from '@tc/layout';
import type { Line } from './lines.ts';

// Page-break debris between two table rows is short: a running header and/or footer, a page number.
const MAX_DEBRIS_LINES = 4;

/**
 * The indexes of furniture lines: text lines that repeat (digits masked) and that, at least once,
 * stand in a short run of repeated lines between two table rows. Both conditions are needed: a
 * running page header breaks into tables where the page breaks, while plain repeated lines (a key
 * listing an abbreviation twice, a theme name under every action) do not.
 */
export function findFurniture(lines: readonly Line[]): Set<number> {
  const texts = lines.map((line) => (line.kind === 'text' ? line.text : ''));
  const repeated = findRepeatedLines(texts, 2);
  const furniture = new Set<number>();
  if (repeated.size === 0) return furniture;

  const keyOf = new Map<number, string>();
  for (const [key, at] of repeated) for (const i of at) keyOf.set(i, key);

  const confirmed = new Set<string>();
  let lastRow = -1;
  let debris: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'blank') continue;
    if (line.kind === 'row') {
      if (lastRow >= 0 && debris.length > 0 && debris.length <= MAX_DEBRIS_LINES) for (const key of debris) confirmed.add(key);
      lastRow = i;
      debris = [];
      continue;
    }
    const key = keyOf.get(i);
    if (key === undefined || lastRow < 0) {
      lastRow = -1;
      debris = [];
    } else debris.push(key);
  }
  for (const key of confirmed) for (const i of repeated.get(key) ?? []) furniture.add(i);
  return furniture;
}
