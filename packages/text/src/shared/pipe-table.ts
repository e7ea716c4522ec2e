import type { TableNode } from '@tc/model';
import { isSpace, skipSpaces, type SourceLine } from './source-lines.ts';
import { buildTable, cellTexts, joinRow, type CellReader, type PendingRow, type Piece } from './table-rows.ts';

const LEADING_TAG = /^<\/?[a-z][a-z0-9]{0,9}(?:\s[^<>]{0,20})?\/?>/i;
const TRAILING_TAG = /<\/?[a-z][a-z0-9]{0,9}(?:\s[^<>]{0,20})?\/?>$/i;

/**
 * The cells of a pipe row (`| a | b |`), each a piece trimmed of its spaces, or null unless the
 * line, spaces aside, starts and ends with `|`. `\|` is a pipe inside a cell, as in GFM.
 */
export function pipeCells(line: SourceLine): Piece[][] | null {
  const text = line.text;
  // Left-over HTML around a row (`<p>| a | b |<br>`, as text copied from a web page) is not part of it.
  let from = skipSpaces(text);
  for (let tag = LEADING_TAG.exec(text.slice(from, from + 40)); tag; tag = LEADING_TAG.exec(text.slice(from, from + 40))) from = skipSpaces(text, from + tag[0].length);
  let to = text.length;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  for (let tag = TRAILING_TAG.exec(text.slice(Math.max(from, to - 40), to)); tag; tag = TRAILING_TAG.exec(text.slice(Math.max(from, to - 40), to))) {
    to -= tag[0].length;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  }
  if (to - from < 2 || text[to - 1] !== '|' || text[to - 2] === '\\') return null;
  // Without a leading pipe ("2. | Hold an open day | |", as some converters write rows), a row
  // needs two pipes or more; its first cell starts the line.
  const open = text[from] === '|';
  if (!open && countPipes(text, from, to) < 2) return null;
  const cells: Piece[][] = [];
  let cellStart = open ? from + 1 : from;
  for (let i = cellStart; i < to; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '|') {
      let start = cellStart;
      let end = i;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      cells.push([{ line, start: line.start + start, end: line.start + end }]);
      cellStart = i + 1;
    }
  }
  return cells;
}

function countPipes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') n++;
  }
  return n;
}

// A cell holding a ref alone: "2.", "(3)", "V1", "CD2a".
const REF_CELL = /^(?:\(?\d{1,3}[.)]?|[A-Z]{1,3}\d{1,2}[a-z]?\.?)$/;

/**
 * A table converted from HTML leaves out, in the rows under a row-spanning cell, the cell it covers
 * ("VISIBILITY | 1. | Publish … |", then "2. | Hold … | |"): where rows with a label before their ref
 * stand beside rows that open with the ref and end one cell short (an empty last cell), those rows
 * move one cell right, under the spanning cell.
 */
export function restoreSpannedCells(source: string, rows: PendingRow[]): void {
  const texts = rows.map((row) => cellTexts(source, row));
  const spanning = texts.filter((t) => t.length >= 3 && t[0] !== '' && !REF_CELL.test(t[0]!) && REF_CELL.test(t[1]!));
  const short = texts.map((t) => t.length >= 3 && REF_CELL.test(t[0]!) && !REF_CELL.test(t[1]!) && t[t.length - 1] === '');
  if (spanning.length === 0 || !short.some(Boolean)) return;
  rows.forEach((row, k) => {
    const first = row.cells[0]?.[0];
    if (!short[k] || !first) return;
    row.cells = [[{ line: first.line, start: first.start, end: first.start }], ...row.cells.slice(0, -1)];
  });
}

/**
 * Which `pipe` lines are table rows: those beside another pipe line, with nothing between them or
 * only `text` lines (cells going on) and no blank line. A lone pipe line is text. One pass.
 */
export function pipeRowsConfirmed(kinds: readonly string[]): Set<number> {
  let last = -1;
  let onlyText = true;
  const confirmed = new Set<number>();
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === 'pipe') {
      if (last >= 0 && onlyText) confirmed.add(last).add(i);
      last = i;
      onlyText = true;
    } else if (kind !== 'text') onlyText = false;
  }
  return confirmed;
}

// A GFM delimiter row: every cell dashes with optional colons at either end (`---`, `:-:`).
export function isDelimiterRow(texts: readonly string[]): boolean {
  return texts.every((text) => {
    let i = text.startsWith(':') ? 1 : 0;
    const end = text.endsWith(':') && text.length > 1 ? text.length - 1 : text.length;
    if (i >= end) return false;
    for (; i < end; i++) if (text[i] !== '-') return false;
    return true;
  });
}

// Text that cannot open a cell of its own: lower case, or punctuation that goes on (`, ; : ) ]`).
const GOES_ON = /^(?:\p{Ll}|[,;:)\]\u2019])/u;

/**
 * True when pipe row `next` (cell texts) is the rest of the row above wrapped onto another line
 * (`filled` says which of its cells have text): the first cell of `next` is empty, it has text,
 * and each of its non-empty cells lies under a filled one. Not so when it reads as a row of its own
 * under a first column merged down the rows (a theme written only on its first row): text in 2 or
 * more columns, every cell after the first filled, and none starting lower case or with
 * punctuation that goes on.
 */
export function isWrappedRow(filled: readonly boolean[], next: readonly string[]): boolean {
  if ((next[0] ?? '').length > 0) return false;
  let count = 0;
  let full = true;
  let opening = true;
  for (let col = 1; col < next.length; col++) {
    const text = next[col] ?? '';
    if (text.length === 0) {
      full = false;
      continue;
    }
    if (filled[col] !== true) return false;
    count++;
    if (GOES_ON.test(text)) opening = false;
  }
  if (count === 0) return false;
  return !(count >= 2 && full && opening);
}

/**
 * Collects the rows of one pipe table: pipe rows (a row wrapped over several pipe lines joined, see
 * `isWrappedRow`), and lines of plain text between two pipe rows, which go on with the last
 * non-empty cell of the row above. A GFM delimiter row under the first row (which may be wrapped
 * over several lines) makes it a header row. Rows are not joined across blank lines: a blank line
 * ends a pipe table.
 */
export class PipeTable {
  private readonly rows: PendingRow[] = [];
  // Which cells of the last row have text, kept as rows are joined (texts are not read again).
  private filled: boolean[] = [];
  private readonly source: string;
  private readonly read: CellReader;
  private headerRows = 0;
  private delimited = false;
  /** How many lines were joined into the row above (wrapped rows and lines of text). */
  joinedLines = 0;
  // False right after a delimiter row: the header row takes nothing from the rows under it.
  private joinable = true;

  constructor(source: string, read: CellReader) {
    this.source = source;
    this.read = read;
  }

  addRow(line: SourceLine, cells: Piece[][]): void {
    const prev = this.rows[this.rows.length - 1];
    const texts = cellTexts(this.source, { cells });
    if (this.rows.length === 1 && !this.delimited && isDelimiterRow(texts)) {
      this.headerRows = 1;
      this.delimited = true;
      this.joinable = false;
      return;
    }
    if (prev !== undefined && this.joinable && isWrappedRow(this.filled, texts)) {
      this.joinedLines++;
      joinRow(prev, cells, line, false);
      texts.forEach((text, col) => {
        if (text.length > 0) this.filled[col] = true;
      });
      return;
    }
    this.rows.push({ cells, first: line, last: line, continued: false });
    this.filled = texts.map((text) => text.length > 0);
    this.joinable = true;
  }

  /** A line of text (no pipes) under a pipe row: more of the row's last non-empty cell. */
  addText(line: SourceLine): void {
    const prev = this.rows[this.rows.length - 1];
    if (prev === undefined) return;
    const from = skipSpaces(line.text);
    let to = line.text.length;
    while (to > from && isSpace(line.text.charCodeAt(to - 1))) to--;
    let col = prev.cells.length - 1;
    while (col > 0 && this.filled[col] !== true) col--;
    prev.cells[col]?.push({ line, start: line.start + from, end: line.start + to });
    this.joinedLines++;
    if (to > from) this.filled[col] = true;
    prev.last = line;
  }

  build(): TableNode {
    restoreSpannedCells(this.source, this.rows);
    return buildTable(this.source, this.rows, this.headerRows, this.read);
  }
}
