import { findRepeatedLines } from '@tc/layout';
import type { Line } from './lines.ts';

/**
 * The indexes of furniture lines: text lines that repeat (digits masked) and that, at least once,
 * interrupt a table (the nearest other lines before and after are table rows). Both conditions are
 * needed: a running page header breaks into tables where the page breaks, while plain repeated
 * lines (a key listing an abbreviation twice, a theme name under every action) never do.
 */
export function findFurniture(lines: readonly Line[]): Set<number> {
  const texts = lines.map((line) => (line.kind === 'text' || line.kind === 'heading' || line.kind === 'item' ? line.text : ''));
  const repeated = findRepeatedLines(texts, 2);
  const furniture = new Set<number>();
  if (repeated.size === 0) return furniture;

  const candidate = new Uint8Array(lines.length);
  for (const at of repeated.values()) for (const i of at) candidate[i] = 1;
  const significant = (i: number): boolean => lines[i]?.kind !== 'blank' && candidate[i] === 0;

  // Nearest significant line before and after each line, in two linear passes.
  const before = new Int32Array(lines.length);
  const after = new Int32Array(lines.length);
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    before[i] = last;
    if (significant(i)) last = i;
  }
  last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    after[i] = last;
    if (significant(i)) last = i;
  }
  const isRow = (i: number): boolean => i >= 0 && lines[i]?.kind === 'row';

  for (const at of repeated.values()) {
    if (at.some((i) => isRow(before[i] ?? -1) && isRow(after[i] ?? -1))) for (const i of at) furniture.add(i);
  }
  return furniture;
}
