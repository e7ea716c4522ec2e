import type { BlockNode, Provenance, SymbolNode, TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { cleanInlineText, makeRectangular, readTickText, tableCell } from '@tc/layout';
import { spanOf, type SourceLine } from './source-lines.ts';

/** A stretch of one source line that belongs to a cell. */
export interface Piece {
  line: SourceLine;
  start: number;
  end: number;
}

/** A row being collected: each cell a list of pieces (more than one when the row was joined). */
export interface PendingRow {
  cells: Piece[][];
  first: SourceLine;
  last: SourceLine;
  continued: boolean;
}

/** Maps an offset into a cell's raw text back to a provenance span in the document. */
export type RawSpan = (rawStart: number, rawEnd: number) => Provenance;

/** Reads a cell's raw text into cleaned text and, when it holds several blocks, the blocks. */
export type CellReader = (raw: string, span: RawSpan) => { text: string; children: BlockNode[] };

/** A cell's raw text: its pieces joined by `\n`. */
export function rawOf(source: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => source.slice(p.start, p.end)).join('\n');
}

/** The cleaned text of every cell of a row. */
export function cellTexts(source: string, row: Pick<PendingRow, 'cells'>): string[] {
  return row.cells.map((pieces) => cleanInlineText(rawOf(source, pieces)));
}

// The raw text of a rebuilt cell is its pieces joined by `\n`; this maps offsets in it back.
function rawSpan(pieces: readonly Piece[]): RawSpan {
  const locate = (rawOffset: number): { line: SourceLine; offset: number } => {
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

/**
 * Joins a row's non-empty pieces into the cells of `prev`, column by column, as the rest of it
 * (the caller has checked that `prev` has text in each of those columns).
 */
export function joinRow(prev: PendingRow, cells: readonly Piece[][], line: SourceLine, continued: boolean): void {
  cells.forEach((pieces, col) => {
    for (const piece of pieces) if (piece.end > piece.start) prev.cells[col]?.push(piece);
  });
  prev.last = line;
  prev.continued ||= continued;
}

function buildCell(source: string, pieces: readonly Piece[], read: CellReader): TableCellNode {
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  const raw = rawOf(source, pieces);
  const position = spanOf(first.line, first.start, last.line, last.end);
  const content = read(raw, rawSpan(pieces));
  const tick = readTickText(content.text);
  const symbols: SymbolNode[] = tick === null ? [] : [{ type: 'symbol', ...tick, raw: raw.trim(), position }];
  return tableCell(content.text, raw, position, { children: content.children, symbols });
}

/** The table of the collected rows, padded rectangular (padding sits at the end of its row). */
export function buildTable(source: string, pending: readonly PendingRow[], headerRows: number, read: CellReader): TableNode {
  const rows: TableRowNode[] = pending.map((row) => ({
    type: 'tableRow',
    cells: row.cells.map((pieces) => buildCell(source, pieces, read)),
    continued: row.continued,
    position: spanOf(row.first, row.first.start, row.last, row.last.end),
  }));
  makeRectangular(rows, (row) => (row.position?.kind === 'text' ? { kind: 'text', start: row.position.end, end: row.position.end } : null));
  const first = pending[0] as PendingRow;
  const last = pending[pending.length - 1] as PendingRow;
  return { type: 'table', headerRows, rows, position: spanOf(first.first, first.first.start, last.last, last.last.end) };
}
