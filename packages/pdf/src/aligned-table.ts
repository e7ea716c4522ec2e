import type { TableCellNode, TableRowNode } from '@tc/model';
import { centre, union, type Box } from './geometry.ts';
import { buildCell } from './table-cells.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, type TickMark } from './ticks.ts';
import type { TickGrid } from './tick-grid.ts';

/** Pieces of one line separated by a gutter wider than this many em are in different columns. */
const GUTTER_EM = 1.2;
/** A gap between lines wider than this many em starts a new row. */
const ROW_GAP_EM = 0.55;
/** A gap wider than this many em ends the table. */
const END_GAP_EM = 2.5;
const MIN_COLUMNS = 3;
const MIN_ROWS = 2;

interface Piece {
  runs: TextRun[];
  box: Box;
  text: string;
}

function pieces(line: TextLine): Piece[] {
  const out: Piece[] = [];
  let current: TextRun[] = [];
  const flush = () => {
    if (current.length === 0) return;
    out.push({ runs: current, box: union(current.map((r) => r.box)), text: current.map((r) => r.text.trim()).join(' ') });
    current = [];
  };
  for (const run of line.runs) {
    const prev = current[current.length - 1];
    if (prev && run.box[0] - prev.box[2] > GUTTER_EM * line.size) flush();
    current.push(run);
  }
  flush();
  return out;
}

/**
 * Columns from whitespace: the x-extents of the header and body pieces, merged where they touch,
 * leave gutters between them; each stretch holding a header piece is a column. A stretch under
 * two header pieces is split between them.
 */
function columnsFrom(header: readonly Piece[], body: readonly Piece[], size: number): number[] | null {
  const spans = [...header, ...body].map((p) => [p.box[0], p.box[2]] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 0.3 * size) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const edges: number[] = [];
  for (const [a, b] of merged) {
    const inside = header.map((p) => centre(p.box)[0]).filter((x) => x >= a && x <= b);
    if (inside.length === 0) continue;
    edges.push(a);
    for (let k = 1; k < inside.length; k++) edges.push((inside[k - 1]! + inside[k]!) / 2);
  }
  if (edges.length !== header.length) return null;
  edges.push(Math.max(...merged.map(([, b]) => b)));
  return edges;
}

function columnAt(edges: readonly number[], piece: Piece): number {
  const [x] = centre(piece.box);
  let col = 0;
  for (let c = 0; c < edges.length - 1; c++) if (x >= edges[c]!) col = c;
  // A piece starting in a gutter belongs to the column it overlaps most.
  let best = col;
  let overlap = -1;
  for (let c = 0; c < edges.length - 1; c++) {
    const o = Math.min(piece.box[2], edges[c + 1]!) - Math.max(piece.box[0], edges[c]!);
    if (o > overlap) [best, overlap] = [c, o];
  }
  return overlap > 0 ? best : col;
}

/**
 * Finds a table drawn without rulings: a header line of at least three labels set apart by
 * gutters, then lines whose pieces start under those labels. Rows are split where the gap between
 * lines widens; a wrapped cell stays in its row. Ticks go to the column whose header centre is
 * nearest. Returns null unless at least two rows fill two or more columns.
 */
export function findAlignedTable(runs: readonly TextRun[], ticks: readonly TickMark[], page: number): TickGrid | null {
  const lines = buildLines(runs.filter((r) => !r.vertical));
  for (let h = 0; h < lines.length; h++) {
    const headerLine = lines[h]!;
    const header = pieces(headerLine);
    if (header.length < MIN_COLUMNS || header.some((p) => p.text.split(' ').length > 5)) continue;
    const table = readBody(lines, h, header, ticks, page);
    if (table) return table;
  }
  return null;
}

function readBody(lines: readonly TextLine[], h: number, header: Piece[], ticks: readonly TickMark[], page: number): TickGrid | null {
  const headerLine = lines[h]!;
  const size = headerLine.size;
  const headerLeft = header[0]!.box[0];
  const headerRight = Math.max(...header.map((p) => p.box[2]));
  const body: Array<{ line: TextLine; parts: Piece[]; newRow: boolean }> = [];
  let previous = headerLine;
  for (let i = h + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = line.box[1] - previous.box[3];
    if (gap > END_GAP_EM * size || line.box[0] < headerLeft - 3 * size || line.box[2] > headerRight + 3 * size) break;
    const parts = pieces(line);
    // A line of running text across the table is not part of it.
    if (parts.length === 1 && parts[0]!.box[2] - parts[0]!.box[0] > 0.6 * (headerRight - headerLeft) && parts[0]!.text.split(' ').length > 8) break;
    body.push({ line, parts, newRow: body.length === 0 || gap > ROW_GAP_EM * size });
    previous = line;
  }
  const edges = columnsFrom(header, body.flatMap((b) => b.parts), size);
  if (!edges) return null;

  const rows: Array<{ cells: TextRun[][]; box: Box }> = [];
  for (const { line, parts, newRow } of body) {
    if (newRow) rows.push({ cells: header.map(() => []), box: line.box });
    const row = rows[rows.length - 1]!;
    for (const part of parts) row.cells[columnAt(edges, part)]!.push(...part.runs);
    row.box = union([row.box, line.box]);
  }
  if (rows.filter((row) => row.cells.filter((c) => c.length > 0).length >= 2).length < MIN_ROWS) return null;

  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  const bottom = Math.max(...rows.map((r) => r.box[3]));
  const headerCentres = header.map((p) => centre(p.box)[0]);
  const usedTicks = new Set<TickMark>();
  const bands = rows.map((row, r) => [r === 0 ? headerLine.box[3] : (rows[r - 1]!.box[3] + row.box[1]) / 2, r === rows.length - 1 ? bottom + size : (row.box[3] + rows[r + 1]!.box[1]) / 2] as const);
  const rowTicks = rows.map(() => header.map(() => [] as TickMark[]));
  for (const t of ticks) {
    const [x, y] = centre(t.box);
    const r = bands.findIndex(([a, b]) => y >= a && y < b);
    if (r === -1 || x < left - size || x > right + size) continue;
    let c = 0;
    headerCentres.forEach((cx, k) => {
      if (Math.abs(cx - x) < Math.abs(headerCentres[c]! - x)) c = k;
    });
    rowTicks[r]![c]!.push(t);
    usedTicks.add(t);
  }

  const cellBox = (c: number, y0: number, y1: number): Box => [edges[c]!, y0, edges[c + 1]!, y1];
  const headerBox: Box = [left, headerLine.box[1], right, headerLine.box[3]];
  const headerCells: TableCellNode[] = header.map((p, c) => buildCell(cellBox(c, headerLine.box[1], headerLine.box[3]), p.runs, [], page));
  const tableRows: TableRowNode[] = [{ type: 'tableRow', cells: headerCells, continued: false, position: pdfPosition(page, headerBox) }];
  rows.forEach((row, r) => {
    const [y0, y1] = bands[r]!;
    const cells = row.cells.map((runs, c) => buildCell(cellBox(c, y0, y1), runs, rowTicks[r]![c]!, page));
    tableRows.push({ type: 'tableRow', cells, continued: false, position: pdfPosition(page, [left, y0, right, y1]) });
  });
  const box = union([headerBox, ...rows.map((r) => r.box)]);
  const used = new Set<TextRun>([...header.flatMap((p) => p.runs), ...rows.flatMap((r) => r.cells.flat())]);
  return { table: { type: 'table', headerRows: 1, rows: tableRows, position: pdfPosition(page, box) }, box, used, usedTicks };
}
