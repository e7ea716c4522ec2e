import type { TableCellNode, TableNode, TableRowNode } from '@tc/model';
import type { Box } from './geometry.ts';
import type { RuledGrid } from './ruled-grid.ts';
import { boxIndex, buildCell, emptyCopy } from './table-cells.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, type TickMark } from './ticks.ts';
import { splitRunsAt } from './split-runs.ts';

/** Builds a rectangular TableNode from a ruled grid; merged cells leave copies pointing at their origin. */
export function ruledTable(grid: RuledGrid, gridRuns: readonly TextRun[], ticks: readonly TickMark[], page: number): TableNode {
  const runs = splitRunsAt(gridRuns, grid.xs.slice(1, -1));
  const nRows = grid.ys.length - 1;
  const nCols = grid.xs.length - 1;
  const slots: Array<Array<TableCellNode | null>> = Array.from({ length: nRows }, () => Array<TableCellNode | null>(nCols).fill(null));
  const slotBox = (r: number, c: number): Box => [grid.xs[c] as number, grid.ys[r] as number, grid.xs[c + 1] as number, grid.ys[r + 1] as number];
  let headerBold = true;
  const runsIn = boxIndex(runs);
  const ticksIn = boxIndex(ticks);
  for (const cell of grid.cells) {
    const cellRuns = runsIn(cell.box);
    const node = buildCell(cell.box, cellRuns, ticksIn(cell.box), page);
    if (cell.row === 0 && cellRuns.some((r) => !r.bold)) headerBold = false;
    node.rowSpan = Math.max(1, cell.rowSpan);
    node.colSpan = Math.max(1, cell.colSpan);
    for (let r = cell.row; r < cell.row + node.rowSpan && r < nRows; r++) {
      for (let c = cell.col; c < cell.col + node.colSpan && c < nCols; c++) {
        const row = slots[r] as Array<TableCellNode | null>;
        row[c] = r === cell.row && c === cell.col ? node : emptyCopy(slotBox(r, c), page, { row: cell.row, col: cell.col });
      }
    }
  }
  const rows: TableRowNode[] = slots.map((row, r) => ({
    type: 'tableRow',
    cells: row.map((cell, c) => cell ?? buildCell(slotBox(r, c), [], [], page)),
    continued: false,
    position: pdfPosition(page, [grid.xs[0] as number, grid.ys[r] as number, grid.xs[nCols] as number, grid.ys[r + 1] as number]),
  }));
  const firstRowHasText = rows[0]?.cells.some((c) => c.text !== '') ?? false;
  return { type: 'table', headerRows: headerBold && firstRowHasText && rows.length > 1 ? 1 : 0, rows, position: pdfPosition(page, grid.box) };
}
