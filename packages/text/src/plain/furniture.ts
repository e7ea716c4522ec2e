import { findRepeatedLines } from '@tc/layout';
import type { Line } from './lines.ts';

const LABEL_VALUE = /^\s*[A-Za-z][\w ()/&'-]{0,30}:\s+\S/;

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
  // A run that holds "Label: value" lines ("Owner: HR" under each row of a list of tab rows) is
  // furniture only where the same run comes back at another break, as a page's header does …
  const runs = new Map<string, number>();
  const labelled: string[][] = [];
  let lastRow = -1;
  let debris: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'blank') continue;
    if (line.kind === 'row') {
      if (lastRow >= 0 && debris.length > 0 && debris.length <= MAX_DEBRIS_LINES) {
        if (debris.some((key) => LABEL_VALUE.test(key))) {
          labelled.push(debris);
          runs.set(debris.join('\n'), (runs.get(debris.join('\n')) ?? 0) + 1);
        } else for (const key of debris) confirmed.add(key);
      }
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
  // … and where rows come between its returns: a page holds several rows, a record's fields follow each.
  const gaps = lines.filter((line) => line.kind === 'row').length - 1;
  for (const run of labelled) {
    const seen = runs.get(run.join('\n')) ?? 0;
    if (seen >= 2 && seen * 3 <= gaps) for (const key of run) confirmed.add(key);
  }
  for (const key of confirmed) for (const i of repeated.get(key) ?? []) furniture.add(i);
  return furniture;
}
