// The zoo's neutral document: what a family lays out, before any format writer renders it.
// Families build these blocks; writers (text, markdown, docx, html → pdf) render them, each in the
// closest form its format has. Nothing here knows about plans.

/** A run of inline text; bold runs become `**x**` in markdown, bold runs in Word and PDF. */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean };

/** How a tick is printed in a tick grid; writers pick the closest form their format has. */
export type TickStyle = '✓' | '✔' | '●' | 'x' | 'X' | 'Y' | 'Yes' | 'wingdings' | 'checkbox';

export interface ZooCell {
  /** Paragraphs of the cell (one string per paragraph). Empty array: an empty cell. */
  paragraphs: Inline[][];
  /** Bullet items after the paragraphs (e.g. several themes listed in one cell). */
  bullets?: string[];
  /** A tick printed in this cell (a checked box for 'checkbox'). */
  tick?: TickStyle;
  /** Rows spanned; the rows below leave the covered position out (as in HTML). */
  rowSpan?: number;
  colSpan?: number;
  /** Header cell printed rotated 90° (PDF/Word only; text writes it plainly). */
  rotated?: boolean;
}

/** How plain text renders a table (markdown always uses a GFM pipe table unless `pipes-*`). */
export type TextTableStyle =
  | 'tabs' // cells separated by tabs, one row per line
  | 'pipes' // | a | b | with a |---| delimiter row
  | 'pipes-no-delimiter' // | a | b | rows, no delimiter row
  | 'pipes-broken' // pipe rows whose long cells wrap onto the next line(s)
  | 'spaces' // header words separated by runs of spaces, each row on one line under it
  | 'flattened'; // every cell its own paragraph, the column labels first (as web text of a table)

export interface ZooTable {
  kind: 'table';
  /** Ruled (borders) or not; matters for PDF and Word. */
  ruled: boolean;
  /** Header rows (usually one; two for two-row headers). */
  header: ZooCell[][];
  rows: ZooCell[][];
  textStyle: TextTableStyle;
  /** Landscape page (wide grids). */
  landscape?: boolean;
}

export interface ZooListItem {
  /** The item's own paragraphs; the first is the item text. */
  paragraphs: Inline[][];
  /** Nested blocks (sub-lists, field bullets). */
  children?: ZooBlock[];
}

export interface ZooList {
  kind: 'list';
  ordered: boolean;
  /** Numbering style for ordered lists: 1. / 1) / a. / (a) / i. / A. */
  style?: 'decimal' | 'decimal-paren' | 'lower-alpha' | 'lower-alpha-paren' | 'lower-roman' | 'upper-alpha';
  /** Bullet character for unordered lists in text ('-', '•', '*', '–', '○'). */
  bullet?: string;
  /**
   * Word numbering instance: lists with the same id continue one count across interrupting
   * paragraphs (as Word renders them); `restart` starts the count again at `start`.
   */
  numbering?: { id: string; restart?: boolean };
  start?: number;
  items: ZooListItem[];
}

export type ZooBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Inline[]; /** in text-writer spaces (Word and PDF scale it) */ indent?: number; /** lines the text writer keeps apart inside this paragraph */ lines?: Inline[][] }
  | ZooList
  | ZooTable
  | { kind: 'pageBreak' };

/** Text-only variations applied by the plain-text writer. */
export interface TextOptions {
  /** Hard-wrap paragraphs at this column (72 typically). */
  wrap?: number;
  /** Single line breaks only: no blank lines between blocks. */
  noBlankLines?: boolean;
  crlf?: boolean;
  /** Encode the file as Windows-1252 instead of UTF-8. */
  windows1252?: boolean;
  /** Wrap paragraphs in <p>, lists in <ul>/<li>, use entities (&amp; &nbsp; &#8211;). */
  htmlTags?: boolean;
  /** An e-mail header block before the plan and a signature after it. */
  email?: { from: string; to: string; subject: string; date: string; signature: string[] };
}

/** One made-up document in neutral form, ready for the writers. */
export interface ZooDocument {
  title: string;
  blocks: ZooBlock[];
  /** Running header / footer text printed on every page (PDF, Word). */
  header?: string;
  footer?: string;
  text: TextOptions;
}

export const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
