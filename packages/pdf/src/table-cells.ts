import type { BlockNode, SymbolNode, TableCellNode } from '@tc/model';
import { centre, contains, type Box } from './geometry.ts';
import { buildLines } from './text-lines.ts';
import { groupLines, toBlocks } from './text-blocks.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, symbolNode, tickLetter, type TickMark } from './ticks.ts';

/** Fills one table cell from the runs and marks inside its box. */
export function buildCell(box: Box, runs: readonly TextRun[], ticks: readonly TickMark[], page: number): TableCellNode {
  const blocks = cellBlocks(runs, page);
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

/** Splits runs and marks by the box their centre falls in. */
export function inBox<T extends { box: Box }>(items: readonly T[], box: Box): T[] {
  return items.filter((it) => {
    const [x, y] = centre(it.box);
    return contains(box, x, y);
  });
}

function cellBlocks(runs: readonly TextRun[], page: number): BlockNode[] {
  const lines = buildLines(runs);
  // Inside a cell nothing is a heading: a bold header cell is still just the cell's text.
  return toBlocks(groupLines(lines), page, Infinity, []).map((b) =>
    b.type === 'heading' ? { type: 'paragraph', text: b.text, raw: b.raw, lines: b.raw.split('\n'), position: b.position } : b,
  );
}

export function blockText(b: BlockNode): string {
  switch (b.type) {
    case 'list':
      return b.children.map((i) => i.children.map(blockText).join('\n')).join('\n');
    case 'symbol':
      return '';
    default:
      return b.text;
  }
}

function blockRaw(b: BlockNode): string {
  switch (b.type) {
    case 'list':
      return b.children.map((i) => i.children.map(blockRaw).join('\n')).join('\n');
    case 'symbol':
      return b.raw;
    default:
      return b.raw;
  }
}
