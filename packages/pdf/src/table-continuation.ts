import type { BlockNode, TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { isContinuationRow } from '@tc/layout';
import { joinLines } from './text-lines.ts';

const EDGE_TOLERANCE = 3;

/**
 * Joins a table that ends one page to the table that starts the next when their column
 * boundaries match: the repeated header rows are dropped and a row split by the break is rejoined
 * (marked `continued`). Returns true when `next` was absorbed into `prev`.
 */
export function continueTable(prev: TableNode, next: TableNode): boolean {
  const a = prev.rows[prev.rows.length - 1];
  const b = next.rows[0];
  if (!a || !b || !sameColumns(a, b)) return false;
  let rows = next.rows;
  const header = prev.rows.slice(0, Math.max(prev.headerRows, 1)).map(rowKey);
  const repeats = header.length > 0 && header.every((k, i) => rows[i] && rowKey(rows[i] as TableRowNode) === k && k !== '');
  if (repeats) {
    rows = rows.slice(header.length);
    if (prev.headerRows === 0) prev.headerRows = header.length;
  }
  const first = rows[0];
  const last = prev.rows[prev.rows.length - 1] as TableRowNode;
  if (first && prev.rows.length > prev.headerRows && splitRow(last, first)) {
    mergeRow(last, first);
    rows = rows.slice(1);
  }
  prev.rows.push(...rows);
  return true;
}

/** The last block of one page and the first of the next, both tables: try to join them. */
export function joinAcrossPages(body: BlockNode[], incoming: BlockNode[]): BlockNode[] {
  const last = body[body.length - 1];
  const first = incoming[0];
  if (last?.type === 'table' && first?.type === 'table' && continueTable(last, first)) return incoming.slice(1);
  return incoming;
}

function sameColumns(a: TableRowNode, b: TableRowNode): boolean {
  const edges = (r: TableRowNode) => r.cells.map((c) => (c.position?.kind === 'pdf' ? c.position.bbox : null));
  const ea = edges(a);
  const eb = edges(b);
  if (ea.length !== eb.length || ea.length === 0) return false;
  return ea.every((box, i) => {
    const other = eb[i];
    return box && other && Math.abs(box[0] - other[0]) <= EDGE_TOLERANCE && Math.abs(box[2] - other[2]) <= EDGE_TOLERANCE;
  });
}

function rowKey(r: TableRowNode): string {
  return r.cells.map((c) => c.text.toLowerCase()).join('\u0001');
}

// A row is the rest of the one before the break when the shared rule says so, or when its
// first column, where ids live, is empty while the row above has one.
function splitRow(prev: TableRowNode, next: TableRowNode): boolean {
  const p = prev.cells.map(cellText);
  const n = next.cells.map(cellText);
  if (isContinuationRow(p, n)) return true;
  return (n[0] ?? '') === '' && (p[0] ?? '') !== '' && n.some((t) => t !== '') && next.cells[0]?.mergedFrom === null;
}

function cellText(c: TableCellNode): string {
  return c.mergedFrom ? '' : c.text;
}

function mergeRow(into: TableRowNode, from: TableRowNode): void {
  into.continued = true;
  into.cells.forEach((cell, i) => {
    const more = from.cells[i];
    if (!more || more.mergedFrom) return;
    if (more.text !== '') {
      cell.text = cell.text === '' ? more.text : joinLines([cell.text, more.text]);
      cell.raw = cell.raw === '' ? more.raw : `${cell.raw}\n${more.raw}`;
    }
    cell.children.push(...more.children);
    cell.symbols.push(...more.symbols);
  });
}
