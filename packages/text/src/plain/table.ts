import type { Provenance, SymbolNode, TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { cleanInlineText, isContinuationRow, makeRectangular, readTickText, tableCell } from '@tc/layout';
import { readCellContent } from './cell-content.ts';
import { spanOf, type Line } from './lines.ts';

/** A stretch of one source line that belongs to a cell. */
interface Piece {
  line: Line;
  start: number;
  end: number;
}

interface PendingRow {
  cells: Piece[][];
  first: Line;
  last: Line;
  continued: boolean;
}

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

function rawOf(source: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => source.slice(p.start, p.end)).join('\n');
}

function cellTexts(source: string, row: Pick<PendingRow, 'cells'>): string[] {
  return row.cells.map((pieces) => cleanInlineText(rawOf(source, pieces)));
}

// The raw text of a rebuilt cell is its pieces joined by `\n`; this maps offsets in it back.
function rawSpan(pieces: readonly Piece[]): (rawStart: number, rawEnd: number) => Provenance {
  const locate = (rawOffset: number): { line: Line; offset: number } => {
    let base = 0;
    for (const piece of pieces) {
      const length = piece.end - piece.start;
      if (rawOffset <= base + length) return { line: piece.line, offset: piece.start + (rawOffset - base) };
      base += length + 1;
    }
    const last = pieces[pieces.length - 1] as Piece;
    return { line: last.line, offset: last.end };
  };
  return (rawStart, rawEnd) => {
    const a = locate(rawStart);
    const b = locate(rawEnd);
    return spanOf(a.line, a.offset, b.line, b.offset);
  };
}

function buildCell(source: string, pieces: readonly Piece[]): TableCellNode {
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  const raw = rawOf(source, pieces);
  const position = spanOf(first.line, first.start, last.line, last.end);
  const content = readCellContent(raw, rawSpan(pieces));
  const tick = readTickText(content.text);
  const symbols: SymbolNode[] = tick === null ? [] : [{ type: 'symbol', ...tick, raw: raw.trim(), position }];
  return tableCell(content.text, raw, position, { children: content.children, symbols });
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
      cells.forEach((pieces, col) => {
        const piece = pieces[0] as Piece;
        if (piece.end > piece.start) prev.cells[col]?.push(piece);
      });
      prev.last = line;
      prev.continued = true;
      return;
    }
    this.rows.push({ cells, first: line, last: line, continued: false });
  }

  build(): TableNode {
    const rows: TableRowNode[] = this.rows.map((row) => ({
      type: 'tableRow',
      cells: row.cells.map((pieces) => buildCell(this.source, pieces)),
      continued: row.continued,
      position: spanOf(row.first, row.first.start, row.last, row.last.end),
    }));
    makeRectangular(rows, (row) => (row.position?.kind === 'text' ? { kind: 'text', start: row.position.end, end: row.position.end } : null));
    const first = this.rows[0] as PendingRow;
    const last = this.rows[this.rows.length - 1] as PendingRow;
    return { type: 'table', headerRows: 0, rows, position: spanOf(first.first, first.first.start, last.last, last.last.end) };
  }
}
