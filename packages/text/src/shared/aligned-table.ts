import type { TableNode } from '@tc/model';
import { isSpace, type SourceLine } from './source-lines.ts';
import { buildTable, type CellReader, type PendingRow, type Piece } from './table-rows.ts';

/** A stretch of a line between runs of two or more spaces: [start, end) within the line's text. */
interface Segment {
  start: number;
  end: number;
}

// How far a cell may start from its column's start in the header line and still be in it.
const SLACK = 2;
const MIN_COLUMNS = 3;
const MIN_ROWS = 2;

// The line's text split at runs of two or more spaces; single spaces stay inside a segment.
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let end = i;
    while (i < text.length) {
      if (!isSpace(text.charCodeAt(i))) end = ++i;
      else if (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) i++;
      else break;
    }
    out.push({ start, end });
  }
  return out;
}

// The column each segment starts in, or null unless every segment starts within SLACK of a
// column start, in increasing columns.
function columnsOf(row: readonly Segment[], columns: readonly number[]): number[] | null {
  const at: number[] = [];
  let col = 0;
  for (const segment of row) {
    while (col < columns.length && (columns[col] as number) < segment.start - SLACK) col++;
    if (col >= columns.length || Math.abs((columns[col] as number) - segment.start) > SLACK) return null;
    at.push(col++);
  }
  return at;
}

// A line of fewer than 3 segments, all in columns, none in the first: the cells above wrapped onto
// it (a header label `Career` over `Development`, a long action).
function isContinuation(row: readonly Segment[], columns: readonly number[]): boolean {
  if (row.length === 0 || row.length >= MIN_COLUMNS) return false;
  const at = columnsOf(row, columns);
  return at !== null && at[0] !== 0;
}

/**
 * Where a space-aligned table that starts at line `i` ends (the index after its last line), or `i`
 * when none starts there. Line `i` must be a header of 3 or more labels apart by runs of 2 or more
 * spaces; each row (one line, and at least 2 of them) must have 3 or more such segments, each
 * starting within 2 characters of a header label's start. A line right under the header or a row
 * with fewer segments, all in columns but the first, continues the cells above. `eligible` says
 * which lines may belong to the table. A failed attempt reads at most a few lines.
 */
export function alignedTableEnd(lines: readonly SourceLine[], i: number, eligible: (index: number) => boolean): number {
  const header = lines[i];
  if (header === undefined || !eligible(i) || header.text.indexOf('  ') < 0) return i;
  const heads = segments(header.text);
  if (heads.length < MIN_COLUMNS) return i;
  const columns = heads.map((s) => s.start);
  let rows = 0;
  let end = i + 1;
  for (let k = i + 1; k < lines.length && eligible(k); k++) {
    const row = segments((lines[k] as SourceLine).text);
    if (isContinuation(row, columns)) {
      // Continuations count for nothing: a header and its second line are no table yet.
      if (rows === 0 && k - i > 2) break;
    } else if (row.length >= MIN_COLUMNS && columnsOf(row, columns) !== null) rows++;
    else break;
    end = k + 1;
  }
  return rows >= MIN_ROWS ? end : i;
}

/** The table of lines [i, end) found by `alignedTableEnd`, `headerRows` 0. */
export function alignedTable(source: string, lines: readonly SourceLine[], i: number, end: number, read: CellReader): TableNode {
  const columns = segments((lines[i] as SourceLine).text).map((s) => s.start);
  const rows: PendingRow[] = [];
  for (let k = i; k < end; k++) {
    const line = lines[k] as SourceLine;
    const row = segments(line.text);
    const at = columnsOf(row, columns) ?? row.map((_, n) => n);
    const prev = rows[rows.length - 1];
    if (prev !== undefined && isContinuation(row, columns)) {
      row.forEach((segment, n) => prev.cells[at[n] as number]?.push({ line, start: line.start + segment.start, end: line.start + segment.end }));
      prev.last = line;
      continue;
    }
    const cells: Piece[][] = [];
    let next = 0;
    for (let col = 0; col < columns.length; col++) {
      const segment = at[next] === col ? (row[next++] as Segment) : null;
      // An empty cell sits where the next cell of the row starts (or at the end of the line).
      const empty = line.start + (row[next]?.start ?? line.text.length);
      cells.push([segment === null ? { line, start: empty, end: empty } : { line, start: line.start + segment.start, end: line.start + segment.end }]);
    }
    rows.push({ cells, first: line, last: line, continued: false });
  }
  return buildTable(source, rows, 0, read);
}
