import type { BlockNode, ParagraphNode, TableNode } from '@tc/model';
import type { Box } from './geometry.ts';
import { joinLines } from './text-lines.ts';

/** Points a cell's text may start left of its column's left edge (cells keep their padding). */
const OUTDENT = 2;

/**
 * The rest of a row cut by a page break, printed at the top of the next page with no header
 * repeated above it, when it holds text in only one column at a time: lines of one atom start no
 * table, so they come out as paragraphs between the table that ends one page and the table that
 * goes on on the next. Each such paragraph that lies inside one column of the last row (from its
 * left edge to the next column's), where that row's cell has text that does not end a sentence
 * (or the paragraph begins lowercase), carries on that cell; the row is marked `continued`. Only
 * when every paragraph before the next table does so, and the next table has the same columns.
 * Returns the blocks of the new page that are left.
 */
export function carryPageTopIntoRow(last: TableNode, incoming: BlockNode[], sameColumns: (next: TableNode) => boolean): BlockNode[] {
  const k = incoming.findIndex((b) => b.type !== 'paragraph');
  const next = incoming[k];
  if (k < 1 || next?.type !== 'table' || !sameColumns(next)) return incoming;
  const row = last.rows[last.rows.length - 1];
  if (!row || last.rows.length <= last.headerRows) return incoming;
  const lefts = row.cells.map((c) => (c.position?.kind === 'pdf' ? c.position.bbox[0] : null));
  if (lefts.some((x) => x === null)) return incoming;
  const paragraphs = incoming.slice(0, k) as ParagraphNode[];
  const columns = paragraphs.map((p) => columnHolding(lefts as number[], boxOf(p)));
  const fits = paragraphs.every((p, i) => {
    const c = columns[i]!;
    const cell = c >= 0 ? row.cells[c] : undefined;
    return !!cell && cell.mergedFrom === null && cell.text !== '' && (!/[.!?:;]$/.test(cell.text) || /^\p{Ll}/u.test(p.text));
  });
  if (!fits) return incoming;
  paragraphs.forEach((p, i) => {
    const cell = row.cells[columns[i]!]!;
    cell.text = joinLines([cell.text, p.text]);
    cell.raw = `${cell.raw}\n${p.raw}`;
  });
  row.continued = true;
  return incoming.slice(k);
}

function boxOf(p: ParagraphNode): Box | null {
  return p.position?.kind === 'pdf' ? p.position.bbox : null;
}

/** The column whose x range holds the box, or -1. */
function columnHolding(lefts: readonly number[], box: Box | null): number {
  if (!box) return -1;
  for (let c = 0; c < lefts.length; c++) {
    const right = lefts[c + 1] ?? Infinity;
    if (box[0] >= lefts[c]! - OUTDENT && box[2] <= right + OUTDENT) return c;
  }
  return -1;
}
