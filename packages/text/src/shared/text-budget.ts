// Limits checked in one linear pass before a text is read. Tables are built cell by cell and
// micromark's link and container handling is superlinear on some shapes, so a few kilobytes of
// hostile text could otherwise take gigabytes or minutes. Real plans are far inside every limit.
import { TcError } from '@tc/model';

/** The limits of text input; see docs/robustness.md. */
export const TEXT_LIMITS = {
  /** Longest line, in characters (a block longer than this is no plan's). */
  maxLineLength: 1024 * 1024,
  /** Cells in one row: tab- or pipe-separated cells of one line. */
  maxCellsPerRow: 500,
  /** Cells of all tables together (rows × columns). */
  maxTableCells: 200_000,
  /** Cells of all markdown tables together: past it, plain text (remark's table nodes are large). */
  maxMarkdownTableCells: 50_000,
  /** `[` in one markdown paragraph: past it the document is read as plain text (micromark is quadratic on unclosed links). */
  maxMarkdownBrackets: 1_000,
  /** `*` and `_` in one markdown paragraph: past it, plain text (micromark is quadratic on unmatched emphasis). */
  maxMarkdownEmphasis: 1_000,
  /** Block quotes and list items nested at the start of one markdown line; past it, plain text. */
  maxMarkdownNesting: 32,
} as const;

/** What the pass found that the markdown reader must not be given. */
export interface TextBudget {
  /** Why markdown should be read as plain text instead, or null. */
  markdownRisk: string | null;
}

function tooLarge(message: string): TcError {
  return new TcError('TC_TOO_LARGE', message);
}

// Markers that open a container at the start of a markdown line: `>`, `-`, `*`, `+`, `1.`, `1)`.
function nestingAt(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) i++;
    else if (c === 0x3e) (depth++, i++);
    else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) (depth++, (i += 2));
    else break;
  }
  return depth;
}

/**
 * Checks the text against {@link TEXT_LIMITS}: throws TC_TOO_LARGE for a line or table past its
 * limit, and says when markdown must be read as plain text.
 */
export function checkTextBudget(text: string, markdown: boolean): TextBudget {
  let tableCells = 0;
  // Per paragraph (lines up to a blank one): micromark resolves links and emphasis per paragraph.
  let brackets = 0;
  let emphasis = 0;
  let risk: string | null = null;
  let nesting = 0;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    if (end - start > TEXT_LIMITS.maxLineLength) {
      throw tooLarge(`Line ${lineNumber} is ${end - start} characters long, over the limit of ${TEXT_LIMITS.maxLineLength}.`);
    }
    let tabs = 0;
    let pipes = 0;
    let blank = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x09) tabs++;
      else if (c === 0x7c) pipes++;
      else if (c === 0x5b) brackets++;
      else if (c === 0x2a || c === 0x5f) emphasis++;
      if (blank && c !== 0x20 && c !== 0x09) blank = false;
    }
    if (risk === null && brackets > TEXT_LIMITS.maxMarkdownBrackets) {
      risk = `a paragraph has more than ${TEXT_LIMITS.maxMarkdownBrackets} "[" (by line ${lineNumber})`;
    }
    if (risk === null && emphasis > TEXT_LIMITS.maxMarkdownEmphasis) {
      risk = `a paragraph has more than ${TEXT_LIMITS.maxMarkdownEmphasis} "*" or "_" (by line ${lineNumber})`;
    }
    if (blank) (brackets = 0), (emphasis = 0);
    const cells = Math.max(tabs > 0 ? tabs + 1 : 0, pipes > 0 ? pipes + 1 : 0);
    if (cells > TEXT_LIMITS.maxCellsPerRow) {
      throw tooLarge(`Line ${lineNumber} has ${cells} table cells, over the limit of ${TEXT_LIMITS.maxCellsPerRow} in one row.`);
    }
    tableCells += cells;
    if (risk === null && tableCells > TEXT_LIMITS.maxMarkdownTableCells) {
      risk = `its tables have more than ${TEXT_LIMITS.maxMarkdownTableCells} cells (by line ${lineNumber})`;
    }
    if (tableCells > TEXT_LIMITS.maxTableCells) {
      throw tooLarge(`The tables have more than ${TEXT_LIMITS.maxTableCells} cells (by line ${lineNumber}), the limit.`);
    }
    if (markdown) nesting = Math.max(nesting, nestingAt(text, start, end));
    start = end + 1;
  }
  if (!markdown) return { markdownRisk: null };
  if (risk !== null) return { markdownRisk: risk };
  if (nesting > TEXT_LIMITS.maxMarkdownNesting) return { markdownRisk: `a line nests ${nesting} quotes or list items, over the limit of ${TEXT_LIMITS.maxMarkdownNesting}` };
  return { markdownRisk: null };
}
