import type { Provenance, TableCellNode, TableRowNode } from '@tc/model';

/** A plain table cell: no merge, no block structure, no symbols unless given. */
export function tableCell(text: string, raw: string, position: Provenance | null, extra: Partial<Pick<TableCellNode, 'children' | 'symbols'>> = {}): TableCellNode {
  return {
    type: 'tableCell',
    text,
    raw,
    children: extra.children ?? [],
    symbols: extra.symbols ?? [],
    rowSpan: 1,
    colSpan: 1,
    mergedFrom: null,
    position,
  };
}

/**
 * Pads every row with empty cells up to the widest row, so that the table is a rectangular grid.
 * `paddingPosition` says where a padding cell sits (by default null: it was generated).
 */
export function makeRectangular(rows: TableRowNode[], paddingPosition: (row: TableRowNode) => Provenance | null = () => null): TableRowNode[] {
  const width = rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  for (const row of rows) {
    while (row.cells.length < width) row.cells.push(tableCell('', '', paddingPosition(row)));
  }
  return rows;
}
