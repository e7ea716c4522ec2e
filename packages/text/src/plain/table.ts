import type { TableNode } from '@tc/model';
import { isContinuationRow } from '@tc/layout';
import { buildTable, cellTexts, joinRow, type PendingRow, type Piece } from '../shared/table-rows.ts';
import { readCellContent } from './cell-content.ts';
import type { Line } from './lines.ts';

function splitRow(line: Line): Piece[][] {
  const cells: Piece[][] = [];
  let start = line.start;
  for (;;) {
    const tab = line.text.indexOf('\t', start - line.start);
    const end = tab === -1 ? line.end : line.start + tab;
    cells.push([{ line, start, end }]);
    if (tab === -1) return cells;
    start = end + 1;
  }
}

/**
 * Collects the rows of one tab-separated table. Rows are fed in order; `gap` says that blank lines
 * or furniture came between this row and the last one (a page break), where a row that merely goes
 * on with the cells above is joined into them.
 */
export class TableBuilder {
  private readonly rows: PendingRow[] = [];
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  add(line: Line, gap: boolean): void {
    const cells = splitRow(line);
    const prev = this.rows[this.rows.length - 1];
    if (gap && prev !== undefined && isContinuationRow(cellTexts(this.source, prev), cellTexts(this.source, { cells }))) {
      // isContinuationRow vouches that `prev` has text in every column the continuation fills.
      joinRow(prev, cells, line, true);
      return;
    }
    this.rows.push({ cells, first: line, last: line, continued: false });
  }

  build(): TableNode {
    return buildTable(this.source, this.rows, 0, readCellContent);
  }
}
