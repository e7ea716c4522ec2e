import type { BlockNode, FurnitureNode, TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { isContinuationRow, tableCell } from '@tc/layout/core';
import { joinLines } from './text-lines.ts';
import { continueList } from './text-lists.ts';
import { carryPageTopIntoRow } from './page-top-rest.ts';

const EDGE_TOLERANCE = 3;

/**
 * Joins a table that ends one page to the table that starts the next when their column
 * boundaries match: the repeated header rows are dropped and a row split by the break is rejoined
 * (marked `continued`). Returns true when `next` was absorbed into `prev`.
 */
export function continueTable(prev: TableNode, next: TableNode, dropped: FurnitureNode[] = []): boolean {
  const a = prev.rows[prev.rows.length - 1];
  const b = next.rows[0];
  if (!a || !b) return false;
  if (!sameColumns(a, b)) {
    // A page with no text in one narrow column (refs on the rows above only) finds one column
    // fewer: where the others line up with this page's, the missing one is put back, empty.
    const missing = missingColumn(a, b);
    if (missing < 0) return false;
    widen(next, missing);
  }
  let rows = next.rows;
  const header = prev.rows.slice(0, Math.max(prev.headerRows, 1)).map(rowKey);
  const repeats = header.length > 0 && header.every((k, i) => rows[i] && rowKey(rows[i] as TableRowNode) === k && k !== '');
  if (repeats) {
    // The repeated header is page furniture of the table: kept apart, not lost.
    for (const row of rows.slice(0, header.length))
      dropped.push({ type: 'furniture', role: 'repeated', text: row.cells.map((c) => c.text).join(' | '), raw: row.cells.map((c) => c.raw).join('\t'), position: row.position });
    rows = rows.slice(header.length);
    if (prev.headerRows === 0) prev.headerRows = header.length;
  }
  const first = rows[0];
  const last = prev.rows[prev.rows.length - 1] as TableRowNode;
  const id = idColumn(prev);
  if (first && prev.rows.length > prev.headerRows && splitRow(last, first, id)) {
    mergeRow(last, first);
    rows = rows.slice(1);
  }
  rebaseMerges(rows, next.rows.length - rows.length, prev.rows.length, first && rows[0] !== first ? prev.rows.length - 1 : null);
  rejoinSpans(prev, rows);
  prev.rows.push(...rows);
  return true;
}

// The rows taken over from the next page point at their merged origins by that page's row
// numbers: they are renumbered into the joined table. An origin in a dropped row (the repeated
// header) points nowhere any more; one in the row merged into the last row points at that row.
function rebaseMerges(rows: TableRowNode[], dropped: number, base: number, mergedInto: number | null): void {
  for (const row of rows)
    for (const cell of row.cells) {
      const from = cell.mergedFrom;
      if (!from) continue;
      if (from.row >= dropped) cell.mergedFrom = { row: base + from.row - dropped, col: from.col };
      else if (from.row === dropped - 1 && mergedInto !== null) cell.mergedFrom = { row: mergedInto, col: from.col };
      else cell.mergedFrom = null;
    }
}

/**
 * The column where ids live: the first whose body cells are mostly short single tokens. Rows
 * with a cell across several columns ("Workstream: Visibility" over the whole table) are group
 * labels, not records, and are left out.
 */
function idColumn(t: TableNode): number {
  const acrossColumns = (r: TableRowNode, i: number) => r.cells.some((c) => c.colSpan > 1 || c.mergedFrom?.row === i);
  const body = t.rows.filter((r, i) => i >= t.headerRows && !acrossColumns(r, i));
  const width = body[0]?.cells.length ?? 0;
  for (let c = 0; c < width; c++) {
    const texts = body.map((r) => cellText(r.cells[c] as TableCellNode)).filter((x) => x !== '');
    // A quarter filled is enough: records with several sub-rows each leave most id cells empty.
    if (texts.length >= Math.min(2, body.length) && texts.length >= body.length / 4 && texts.every((x) => x.length <= 8 && !/\s/.test(x))) return c;
  }
  return 0;
}

// A cell merged down many rows (a theme beside its actions) is cut in two by the break: the
// piece on the new page begins lowercase (LibreOffice carries the text on), or is an empty cell
// spanning rows beside a merged cell ending the page (Chromium prints the label once). Its text
// goes back to the origin, whose span grows, so the label stands beside the rows on both pages.
function rejoinSpans(prev: TableNode, rows: TableRowNode[]): void {
  const last = prev.rows[prev.rows.length - 1];
  const first = rows[0];
  if (!last || !first) return;
  first.cells.forEach((cell, c) => {
    const above = last.cells[c];
    if (!above || cell.mergedFrom) return;
    const emptySpan = cell.text === '' && cell.symbols.length === 0 && cell.rowSpan > 1 && (above.mergedFrom !== null || above.rowSpan > 1);
    if (!emptySpan && !/^\p{Ll}/u.test(cell.text)) return;
    const originAt = above.mergedFrom ?? (above.rowSpan > 1 || cell.rowSpan > 1 ? null : undefined);
    if (originAt === undefined) return;
    const origin = originAt ? prev.rows[originAt.row]?.cells[originAt.col] : above;
    if (!origin || origin.text === '') return;
    const at = originAt ?? { row: prev.rows.length - 1, col: c };
    if (cell.text !== '') {
      origin.text = joinLines([origin.text, cell.text]);
      origin.raw = `${origin.raw}\n${cell.raw}`;
    }
    origin.symbols.push(...cell.symbols);
    origin.rowSpan += cell.rowSpan;
    for (let r = 0; r < cell.rowSpan && r < rows.length; r++) {
      const row = rows[r] as TableRowNode;
      const copy = r === 0 ? cell : row.cells[c];
      if (!copy) continue;
      row.cells[c] = { ...copy, text: '', raw: '', children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: at };
    }
  });
}

/** The last block of one page and the first of the next, both tables: try to join them. */
export function joinAcrossPages(body: BlockNode[], incoming: BlockNode[], dropped: FurnitureNode[] = []): BlockNode[] {
  const last = body[body.length - 1];
  const first = incoming[0];
  if (last?.type === 'table' && first?.type === 'table' && continueTable(last, first, dropped)) return incoming.slice(1);
  if (last?.type === 'table' && first?.type === 'paragraph') {
    const rest = carryPageTopIntoRow(last, incoming, (next) => sameColumns(last.rows[last.rows.length - 1]!, next.rows[0]!));
    if (rest !== incoming) return joinAcrossPages(body, rest, dropped);
  }
  // A list cut by the page break, sub-items included.
  if (last?.type === 'list' && first?.type === 'list' && continueList(last, first)) return incoming.slice(1);
  // A paragraph cut by the page break: the page ends mid-sentence and the next begins in lowercase.
  if (last?.type === 'paragraph' && first?.type === 'paragraph' && !/[.!?:]$/.test(last.text) && /^\p{Ll}/u.test(first.text)) {
    last.text = joinLines([last.text, first.text]);
    last.raw = `${last.raw}\n${first.raw}`;
    last.lines.push(...first.lines);
    return incoming.slice(1);
  }
  return incoming;
}

const leftEdges = (r: TableRowNode): Array<number | null> => r.cells.map((c) => (c.position?.kind === 'pdf' ? c.position.bbox[0] : null));

/** The column of `a` that `b` lacks, where `b`'s columns are `a`'s but one; -1 otherwise. */
function missingColumn(a: TableRowNode, b: TableRowNode): number {
  const ea = leftEdges(a);
  const eb = leftEdges(b);
  if (ea.length < 3 || eb.length !== ea.length - 1 || ea.some((x) => x === null) || eb.some((x) => x === null)) return -1;
  for (let k = 0; k < ea.length; k++) {
    const rest = ea.filter((_, i) => i !== k);
    if (rest.every((x, i) => Math.abs(x! - eb[i]!) <= EDGE_TOLERANCE)) return k;
  }
  return -1;
}

/** Puts an empty cell (generated: no position) at column `k` of every row. */
function widen(table: TableNode, k: number): void {
  for (const row of table.rows) {
    for (const cell of row.cells) if (cell.mergedFrom && cell.mergedFrom.col >= k) cell.mergedFrom = { ...cell.mergedFrom, col: cell.mergedFrom.col + 1 };
    row.cells.splice(k, 0, tableCell('', '', null));
  }
}

function sameColumns(a: TableRowNode, b: TableRowNode): boolean {
  const edges = (r: TableRowNode) => r.cells.map((c) => (c.position?.kind === 'pdf' ? c.position.bbox : null));
  const ea = edges(a);
  const eb = edges(b);
  if (ea.length !== eb.length || ea.length === 0) return false;
  // Left edges only: without rulings a cell ends where the longest text of its column ends,
  // which differs from page to page; with rulings each cell ends where the next begins.
  return ea.every((box, i) => {
    const other = eb[i];
    return box && other && Math.abs(box[0] - other[0]) <= EDGE_TOLERANCE;
  });
}

// Spaces are left out: a header's word broken over two lines may be joined on one page and not
// on the next ("Actionowner" / "Action owner", the column's measure differs from page to page).
function rowKey(r: TableRowNode): string {
  return r.cells.map((c) => c.text.toLowerCase().replace(/\s+/g, '')).join('\u0001');
}

// A row is the rest of the one before the break when the shared rule says so, or when its
// first column, where ids live, is empty while the row above has one.
function splitRow(prev: TableRowNode, next: TableRowNode, id: number): boolean {
  const p = prev.cells.map(cellText);
  const n = next.cells.map(cellText);
  if (isContinuationRow(p, n)) return true;
  // Most of the row's cells carry on mid-sentence, the first of them included.
  const filled = n.map((t, i) => [t, p[i] ?? ''] as const).filter(([t]) => t !== '');
  const carrying = filled.filter(([t, before]) => /^\p{Ll}/u.test(t) && before !== '' && !/[.!?]$/.test(before));
  if (filled.length > 0 && carrying.length * 2 >= filled.length && carrying[0] === filled[0]) return true;
  // Cells are top-aligned, so a cell's text begins on the piece before the break: a row whose
  // text stands in a column left empty above is a row of its own (a sub-row under its parent).
  const onlyCarriesOn = n.every((t, i) => t === '' || (p[i] ?? '') !== '');
  return (n[id] ?? '') === '' && (p[id] ?? '') !== '' && n.some((t) => t !== '') && onlyCarriesOn && next.cells[id]?.mergedFrom === null;
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
