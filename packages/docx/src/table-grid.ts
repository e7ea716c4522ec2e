// HTML rows with rowspan/colspan to a rectangular grid: the origin of a merged cell keeps its
// spans, every other position it covers holds an empty copy pointing back at it.
import type { Provenance, TableCellNode, TableRowNode } from '@tc/model';

export interface SourceCell {
  cell: Omit<TableCellNode, 'rowSpan' | 'colSpan' | 'mergedFrom'>;
  rowSpan: number;
  colSpan: number;
}

function copyOf(origin: { row: number; col: number }, position: Provenance | null): TableCellNode {
  return { type: 'tableCell', text: '', raw: '', children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: origin, position };
}

function emptyCell(position: Provenance | null): TableCellNode {
  return { type: 'tableCell', text: '', raw: '', children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: null, position };
}

/** Lays out the rows; a rowspan reaching past the last row is cut at the table's end. */
export function buildGrid(rows: Array<{ cells: SourceCell[]; position: Provenance | null }>): TableRowNode[] {
  const grid: Array<Array<TableCellNode | undefined>> = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const source of row.cells) {
      while (grid[r]![c] !== undefined) c++;
      const rowSpan = Math.max(1, Math.min(source.rowSpan, rows.length - r));
      const colSpan = Math.max(1, source.colSpan);
      grid[r]![c] = { ...source.cell, rowSpan, colSpan, mergedFrom: null };
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          grid[r + dr]![c + dc] = copyOf({ row: r, col: c }, rows[r + dr]!.position);
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return grid.map((cells, r) => ({
    type: 'tableRow',
    continued: false,
    position: rows[r]!.position,
    cells: Array.from({ length: width }, (_v, c) => cells[c] ?? emptyCell(rows[r]!.position)),
  }));
}
