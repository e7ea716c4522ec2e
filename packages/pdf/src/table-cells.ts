import type { BlockNode, ListNode, SymbolNode, TableCellNode, TableNode } from '@tc/model';
import type { Box } from './geometry.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import { groupLines, toBlocks } from './text-blocks.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, symbolNode, tickLetter, type TickMark } from './ticks.ts';

/**
 * Fills one table cell from the runs and marks inside its box. `ruled` says the box's right edge
 * is a drawn line; without one it is only where the column's longest text ends.
 */
export function buildCell(box: Box, runs: readonly TextRun[], ticks: readonly TickMark[], page: number, ruled = true): TableCellNode {
  const blocks = cellBlocks(runs, box, page, ruled);
  const text = blocks.map(blockText).join('\n');
  const raw = blocks.map(blockRaw).join('\n');
  const symbols: SymbolNode[] = ticks.map((t) => symbolNode(t, page));
  const letter = tickLetter(text);
  if (letter && runs.length > 0) symbols.push({ type: 'symbol', ...letter, raw: text, evidence: 'letter', position: pdfPosition(page, box) });
  return {
    type: 'tableCell',
    text,
    raw,
    children: blocks.length > 1 ? blocks : [],
    symbols,
    rowSpan: 1,
    colSpan: 1,
    mergedFrom: null,
    position: pdfPosition(page, box),
  };
}

export function emptyCopy(box: Box, page: number, origin: { row: number; col: number }): TableCellNode {
  return { type: 'tableCell', text: '', raw: '', children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: origin, position: pdfPosition(page, box) };
}

/**
 * Splits runs and marks by the box their centre falls in (edges included), for many boxes over
 * the same items (every cell of a grid). The items are sorted once by the height of their centre,
 * so each box looks only at the items level with it instead of all of them (a filter of all runs
 * per cell was 126 ms over the 98 PDFs of `pnpm bench overhead`); each box gets its items in
 * their original order.
 */
export function boxIndex<T extends { box: Box }>(items: readonly T[]): (box: Box) => T[] {
  const xs = items.map(({ box: b }) => (b[0] + b[2]) / 2);
  const ys = items.map(({ box: b }) => (b[1] + b[3]) / 2);
  // A centre that is not finite is in no cell's box.
  const order = items.map((_, i) => i).filter((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]));
  order.sort((a, b) => ys[a]! - ys[b]! || a - b);
  const firstAtOrAbove = (y: number): number => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[order[mid]!]! < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (box) => {
    const hits: number[] = [];
    for (let k = firstAtOrAbove(box[1]); k < order.length && ys[order[k]!]! <= box[3]; k++) {
      const i = order[k]!;
      if (xs[i]! >= box[0] && xs[i]! <= box[2]) hits.push(i);
    }
    return hits.sort((a, b) => a - b).map((i) => items[i]!);
  };
}

function cellBlocks(runs: readonly TextRun[], box: Box, page: number, ruled: boolean): BlockNode[] {
  const lines = markBrokenWords(buildLines(runs), box, ruled);
  // Inside a cell nothing is a heading: a bold header cell is still just the cell's text.
  return toBlocks(groupLines(lines), page, Infinity, []).map((b) =>
    b.type === 'heading' ? { type: 'paragraph', text: b.text, raw: b.raw, lines: b.raw.split('\n'), position: b.position } : b,
  );
}

type TextOf = (b: BlockNode, pick: 'text' | 'raw') => string;

// Named reads, not b[pick]: a keyed load over every block shape is megamorphic (55 ms self time on
// the 98 PDFs of `pnpm bench overhead`).
const textOrRaw = (b: { text: string; raw: string }, pick: 'text' | 'raw'): string => (pick === 'text' ? b.text : b.raw);

// How each block type reads as cell text; tables nested in a cell read row by row.
const BLOCK_TEXT: Record<BlockNode['type'], TextOf> = {
  heading: (b, pick) => textOrRaw(b as { text: string; raw: string }, pick),
  paragraph: (b, pick) => textOrRaw(b as { text: string; raw: string }, pick),
  symbol: (b, pick) => (pick === 'raw' ? (b as { raw: string }).raw : ''),
  // As in Word and text cells, bullets are left out and numbers and letters kept ("a) …").
  list: (b, pick) =>
    (b as ListNode).children
      .map((item) => {
        const body = item.children.map((c) => readBlock(c, pick)).join('\n');
        return (b as ListNode).ordered && item.marker ? `${item.marker} ${body}` : body;
      })
      .join('\n'),
  table: (b, pick) => (b as TableNode).rows.map((r) => r.cells.map((c) => c[pick]).join(' ')).join('\n'),
};

function readBlock(b: BlockNode, pick: 'text' | 'raw'): string {
  return BLOCK_TEXT[b.type](b, pick);
}

const FUNCTION_WORD = /^(a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|with|within)(\s|$)/;

/**
 * A word too long for a narrow column is broken across lines by the writer. Such a line is one
 * token that fills the cell to its right padding; it is marked with a soft hyphen so the lines
 * join without a space.
 */
function markBrokenWords(lines: TextLine[], box: Box, ruled: boolean): TextLine[] {
  if (lines.length < 2) return lines;
  const pad = Math.min(8, Math.max(0, Math.min(...lines.map((l) => l.box[0])) - box[0]));
  const innerRight = box[2] - pad;
  return lines.map((line, i) => {
    const next = lines[i + 1];
    // The writer breaks inside a word only when not even its next letter fits on the line.
    const firstRun = next?.runs[0];
    const charWidth = firstRun ? (firstRun.box[2] - firstRun.box[0]) / Math.max(1, [...firstRun.text].length) : line.size;
    const full = line.box[2] + Math.max(1.15 * charWidth, 0.6 * line.size) >= innerRight;
    // A hyphenated word that filled the line is whole: a writer breaks such a word at its hyphen.
    const single = !line.text.includes(' ') && !/\p{L}-\p{L}/u.test(line.text) && /\p{L}$/u.test(line.text);
    // An id such as CD1 broken after its letters also counts as one token. A short word that
    // starts lines of its own ("for", "and") is the next word rather than the end of this one: a
    // long word that filled the line leaves no room for it. Within rulings the measure is known,
    // and such a word alone on its line can still be a word's end ("Recogniti" / "on" in a narrow
    // header); with more words after it, it is a word of its own (Chromium breaks no word in a cell).
    const nextText = next?.text ?? '';
    const ownWord = FUNCTION_WORD.test(nextText) && (!ruled || /^\S+\s+\S/u.test(nextText));
    const lower = /^\p{Ll}/u.test(nextText) && !ownWord;
    // Capitals give no case hint: only join a fragment too short to be a word, or a stub after it.
    const caps = /^\p{Lu}+$/u.test(line.text) && /^(\p{Lu}+|\d+[a-z]?)(\P{L}|$)/u.test(next?.text ?? '');
    const broken = next && full && single && (lower || caps);
    return broken ? { ...line, text: `${line.text}\u00ad` } : line;
  });
}

export function blockText(b: BlockNode): string {
  return readBlock(b, 'text');
}

function blockRaw(b: BlockNode): string {
  return readBlock(b, 'raw');
}
