// Fixed column widths for the Word and pdfkit tables: shares by how much text a column holds, but
// never narrower than its longest word, so no word breaks across lines ("Timescal/e").
import { inlineText, type ZooCell } from '../zoo-doc.ts';
import type { TableGrid } from './table-grid.ts';
import { tickChar } from './tick-text.ts';

/** Width of `text` in the caller's unit; `bold` for header cells. */
export type Measure = (text: string, bold: boolean) => number;

const cellWords = (cell: ZooCell): string => [...cell.paragraphs.map((p) => inlineText(p)), ...(cell.bullets ?? []).map((b) => `• ${b}`)].join(' ');

/** Widths summing to `total`; `padding` is a cell's left plus right inner margin. */
export function columnWidths(grid: TableGrid, total: number, measure: Measure, padding: number): number[] {
  const weights: number[] = [];
  const mins: number[] = [];
  for (let c = 0; c < grid.columns; c++) {
    let longest = 2;
    let widest = measure('M', false);
    grid.slots.forEach((row, r) => {
      const slot = row[c];
      if (!slot?.origin || (slot.cell.colSpan ?? 1) > 1) return;
      if (slot.cell.tick) widest = Math.max(widest, measure(tickChar(slot.cell.tick), false));
      // A rotated label runs up the cell: it needs one line's width, not its length.
      if (slot.cell.rotated) return;
      const text = cellWords(slot.cell);
      longest = Math.max(longest, text.length);
      for (const word of text.split(/\s+/)) if (word) widest = Math.max(widest, measure(word, r < grid.headerRows));
    });
    weights.push(Math.min(40, Math.max(3, Math.sqrt(longest) * 4)));
    mins.push(widest + padding);
  }
  return fit(weights, mins, total);
}

/** Shares of `total` by weight, raising columns to their minimum and taking the room from the rest. */
function fit(weights: readonly number[], mins: readonly number[], total: number): number[] {
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return mins.map((m) => (m / minSum) * total);
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((a, c) => a + mins[c]!, 0);
    const free = weights.reduce((a, w, c) => (fixed.has(c) ? a : a + w), 0);
    const widths = weights.map((w, c) => (fixed.has(c) ? mins[c]! : (w / free) * room));
    const short = widths.findIndex((w, c) => !fixed.has(c) && w < mins[c]!);
    if (short < 0) return widths;
    fixed.add(short);
  }
}
