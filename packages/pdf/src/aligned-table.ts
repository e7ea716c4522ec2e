import type { TableCellNode, TableRowNode } from '@tc/model';
import type { Box } from './geometry.ts';
import { atomLines, sourceRun, type Atom, type AtomGrid, type AtomLine } from './table-atoms.ts';
import { columnAt, findColumns } from './table-columns.ts';
import { tableRegions, withoutStrayTail } from './table-region.ts';
import { above, median, segmentRows } from './table-rows.ts';
import { isTable, isKeyValue, looksLikeHeader, recordStarts } from './table-shape.ts';
import { buildCell, emptyCopy } from './table-cells.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, type TickMark } from './ticks.ts';
import type { TickGrid } from './tick-grid.ts';
import { rotatedHeader } from './rotated-header.ts';
import { verticalLabels, type Label } from './vertical-labels.ts';

/**
 * Finds the tables drawn without rulings on a page (Camelot "stream" / Tabula style): stretches
 * of lines with several atoms, rows from how cells start (see table-rows), columns from text
 * edges and gutters (see table-columns), checked for shape (see table-shape: three columns or a
 * label–value pair, several rows aligned). A cell of the first column that carries on past the
 * start of the next rows is a merged cell (a theme beside its actions).
 */
export function findAlignedTables(runs: readonly TextRun[], ticks: readonly TickMark[], page: number): TickGrid[] {
  const lines = atomLines(runs.filter((r) => !r.vertical), ticks);
  const regions = tableRegions(lines).map(withoutStrayTail);
  const inRegion = new Set(regions.flat());
  const around: Around = { labels: verticalLabels(runs), free: lines.filter((l) => !inRegion.has(l)) };
  return regions.flatMap((region) => readRegion(region, page, around));
}

/** What lies around the tables of a page: rotated labels and lines in no table. */
interface Around {
  labels: Label[];
  free: AtomLine[];
}

function readRegion(region: AtomLine[], page: number, around: Around): TickGrid[] {
  const size = median(region.map((l) => l.size));
  const { rows, pitch } = segmentRows(region);
  if (rows.length < 2) return [];
  let header = looksLikeHeader(rows) ? 1 : 0;
  if (header === 1) splitBoldHeader(rows);
  let edges = findColumns(rows.slice(header).flat(), rows.slice(0, header).flat(), size);
  let grid = gridOf(rows, edges);
  if (edges.length === 3 && isKeyValue(grid, edges)) {
    // Field tables stacked one per record: each is a table of its own, with its own column edges.
    if (header === 1) grid = gridOf(rows, (edges = findColumns(rows.flat(), [], size)));
    const starts = recordStarts(grid);
    // The labels' measure (for words broken by the column) is the widest label of the stack.
    const measure = measures(grid, edges);
    return starts.map((from, k) => {
      const part = rows.slice(from, starts[k + 1] ?? rows.length);
      // A record cut by a page break may be a row or two: the stack as a whole vouches for it.
      const own = findColumns(part.flat(), [], size);
      const partEdges = own.length === 3 ? own : edges;
      return build(region, part, gridOf(part, partEdges), partEdges, 0, pitch, page, new Map(), [measure[0]!, Infinity]);
    });
  }
  if (!isTable(grid, edges, header, false)) return [];
  const rotated = rotatedHeader(around.labels, around.free, grid, edges, header, size);
  if (rotated && header === 0) {
    const taken = new Set(rotated.lines);
    around.free = around.free.filter((l) => !taken.has(l));
    return [build(region, [rotated.lines, ...rows], [...gridOf([rotated.lines], edges), ...grid], edges, 1, pitch, page, rotated.labels)];
  }
  return [build(region, rows, grid, edges, header, pitch, page, rotated?.labels)];
}

/**
 * A bold header row ends at its last bold line: plain text below it in the same row is the rest of
 * a row cut by the page break (printed under the repeated header), not part of the header.
 */
function splitBoldHeader(rows: AtomLine[][]): void {
  const first = rows[0]!;
  const bold = (l: AtomLine) => l.atoms.every((a) => a.tick || a.bold);
  if (!bold(first[0]!)) return;
  const k = first.findIndex((l) => !bold(l));
  if (k > 0) rows.splice(0, 1, first.slice(0, k), first.slice(k));
}

function gridOf(rows: readonly AtomLine[][], edges: readonly number[]): AtomGrid {
  return rows.map((lines) => {
    const cells: Atom[][] = Array.from({ length: edges.length - 1 }, () => []);
    for (const line of lines) for (const a of line.atoms) cells[columnAt(edges, a)]!.push(a);
    return cells;
  });
}

/** Where the longest text of each column ends (plus a little): the measure its lines wrap to. */
function measures(grid: AtomGrid, edges: readonly number[]): number[] {
  // Text running on over the next column (a label spanning columns) is not this column's measure.
  const within = (a: Atom, c: number) => c + 2 >= edges.length || a.box[2] <= edges[c + 1]! + 1;
  return edges.slice(1).map((_, c) => Math.max(edges[c]! + 1, ...grid.flatMap((cells) => cells[c]!.filter((a) => within(a, c)).map((a) => a.box[2] + 3))));
}

function build(
  region: AtomLine[],
  rows: AtomLine[][],
  grid: AtomGrid,
  edges: number[],
  header: number,
  pitch: number,
  page: number,
  labels = new Map<number, Label>(),
  wider: readonly number[] = [],
): TickGrid {
  const origin = spans(region, grid, edges, header, pitch);
  // The header row's height includes rotated labels standing in it.
  const boxesOf = (r: number) => [...rows[r]!.map((l) => l.box), ...(r === 0 ? [...labels.values()].map((l) => l.box) : [])];
  const tops = rows.map((_, r) => Math.min(...boxesOf(r).map((b) => b[1])));
  const bottoms = rows.map((_, r) => Math.max(...boxesOf(r).map((b) => b[3])));
  const bands = rows.map((_, r) => [r === 0 ? tops[r]! : (bottoms[r - 1]! + tops[r]!) / 2, r === rows.length - 1 ? bottoms[r]! : (bottoms[r]! + tops[r + 1]!) / 2] as const);
  // A cell ends where the longest text of its column ends (or of the stack it belongs to).
  const rights = measures(grid, edges).map((m, c) => Math.min(edges[c + 1]!, Math.max(m, Math.min(wider[c] ?? -Infinity, edges[c + 1]!))));
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  const tableRows: TableRowNode[] = grid.map((cells, r) => {
    const [y0, y1] = bands[r]!;
    const nodes: TableCellNode[] = cells.map((atoms, c) => {
      const box: Box = [edges[c]!, y0, rights[c]!, y1];
      const from = origin[r]![c];
      if (from !== null && from !== undefined) return emptyCopy(box, page, { row: from, col: c });
      let last = r;
      while (origin[last + 1]?.[c] === r) last++;
      const cellBox: Box = [box[0], y0, box[2], bands[last]![1]];
      const cell = buildCell(cellBox, atoms.flatMap((a) => a.runs), atoms.flatMap((a) => a.ticks), page, false);
      cell.rowSpan = last - r + 1;
      const label = r === 0 ? labels.get(c) : undefined;
      if (label) {
        cell.text = [cell.text, label.text].filter(Boolean).join(' ');
        cell.raw = [cell.raw, label.text].filter(Boolean).join('\n');
      }
      return cell;
    });
    spanAcross(nodes, cells, edges, r, page);
    return { type: 'tableRow', cells: nodes, continued: false, position: pdfPosition(page, [left, y0, right, y1]) };
  });
  const box: Box = [left, bands[0]![0], right, bands[bands.length - 1]![1]];
  const atoms = grid.flat(2);
  return {
    table: { type: 'table', headerRows: header, rows: tableRows, position: pdfPosition(page, box) },
    box,
    used: new Set([...atoms.flatMap((a) => a.runs.map(sourceRun)), ...[...labels.values()].flatMap((l) => l.runs)]),
    usedTicks: new Set(atoms.flatMap((a) => a.ticks)),
  };
}

// A cell whose text runs on over the next columns, left empty ("Activity" over the ref and action
// columns, "Workstream: Visibility" across the table), spans them, as a ruled table's merged cell.
function spanAcross(nodes: TableCellNode[], cells: Atom[][], edges: readonly number[], r: number, page: number): void {
  let origin = -1;
  let reach = -Infinity;
  nodes.forEach((node, c) => {
    const empty = node.mergedFrom === null && node.text === '' && node.symbols.length === 0 && cells[c]!.length === 0;
    if (empty && origin >= 0 && reach > edges[c]! + 1) {
      nodes[origin]!.colSpan++;
      const box = node.position?.kind === 'pdf' ? node.position.bbox : ([0, 0, 0, 0] as Box);
      nodes[c] = emptyCopy(box, page, { row: r, col: origin });
      return;
    }
    if (node.mergedFrom !== null || empty) {
      origin = -1;
      return;
    }
    origin = c;
    reach = Math.max(...cells[c]!.map((a) => a.box[2]));
  });
}

/**
 * Merged cells: a body cell whose first line carries on the text of the cell above (no gap, same
 * column) across a row start belongs to that cell; once a cell spans rows, the empty cells below
 * it in its column are covered too, until the column has text again. Returns, per row and
 * column, the row of the origin cell or null. Atoms of covered cells move to their origin.
 */
function spans(region: AtomLine[], grid: AtomGrid, edges: number[], header: number, pitch: number): Array<Array<number | null>> {
  const at = new Map(region.map((l, i) => [l.index, i]));
  const rowOf = new Map<Atom, number>();
  grid.forEach((cells, r) => cells.forEach((atoms) => atoms.forEach((a) => rowOf.set(a, r))));
  const origin = grid.map((cells) => cells.map((): number | null => null));
  for (let r = header + 1; r < grid.length; r++) {
    grid[r]!.forEach((atoms, c) => {
      const text = atoms.filter((a) => !a.tick).sort((a, b) => a.line - b.line);
      const first = text[0];
      if (!first || first.line !== Math.min(...atoms.map((a) => a.line))) return;
      const b = above(region, at.get(first.line) ?? -1, first, pitch);
      if (!b || columnAt(edges, b) !== c) return;
      const top = origin[r - 1]![c] ?? r - 1;
      const from = rowOf.get(b);
      if (from === undefined || from < top || from > r - 1 || top < header) return;
      grid[top]![c]!.push(...atoms);
      grid[r]![c] = [];
      origin[r]![c] = top;
    });
    // A cell already spanning rows covers the empty cells under it.
    grid[r]!.forEach((atoms, c) => {
      const prev = origin[r - 1]![c];
      if (atoms.length === 0 && origin[r]![c] === null && prev !== null && prev !== undefined) origin[r]![c] = prev;
    });
  }
  return origin;
}
