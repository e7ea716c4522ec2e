import type { Paragraph, Table } from 'mdast';
import type { BlockNode, TableNode } from '@tc/model';
import { cleanInlineText } from '@tc/layout';
import { PipeTable, isDelimiterRow, pipeCells } from '../shared/pipe-table.ts';
import { cellTexts } from '../shared/table-rows.ts';
import type { SourceLine } from '../shared/source-lines.ts';
import { inlineText } from './inline-text.ts';
import type { MarkdownContext } from './split-paragraph.ts';

/**
 * Lines `from`…`to` (0-based, inclusive) read as one pipe table with the plain-text rules (rows
 * wrapped over lines joined, a delimiter row under the first row marking it a header row), and how
 * many lines were joined; null unless every line is a pipe row with `|` at both ends.
 */
export function readPipeLines(ctx: MarkdownContext, from: number, to: number): { table: TableNode; joined: number } | null {
  const table = new PipeTable(ctx.source, (raw) => ({ text: inlineText(ctx.parse, raw, ctx.definitions), children: [] }));
  for (let k = from; k <= to; k++) {
    const line = ctx.lines[k] as SourceLine;
    const cells = pipeCells(line);
    if (cells === null) return null;
    table.addRow(line, cells);
  }
  return { table: table.build(), joined: table.joinedLines };
}

/**
 * A GFM table whose rows are wrapped over several lines (`|   | technical staff |   |`), read as
 * plain text reads it; null when no line joins the row above, and remark's reading stands.
 */
export function wrappedGfmTable(node: Table, ctx: MarkdownContext): TableNode | null {
  const p = node.position;
  if (p === undefined || ctx.inQuote) return null;
  const read = readPipeLines(ctx, p.start.line - 1, p.end.line - 1);
  return read !== null && read.joined > 0 ? read.table : null;
}

/**
 * A header wrapped over several pipe lines leaves all but its last line as a paragraph right above
 * the GFM table (the delimiter row must follow the header's one line). Such a paragraph and the
 * table are read as one table, the header lines joined; null when that is not the case.
 */
export function tableWithWrappedHeader(paragraph: Paragraph, table: Table, ctx: MarkdownContext): TableNode | null {
  const a = paragraph.position;
  const b = table.position;
  if (a === undefined || b === undefined || ctx.inQuote || a.end.line + 1 !== b.start.line) return null;
  return readPipeLines(ctx, a.start.line - 1, b.end.line - 1)?.table ?? null;
}

/**
 * A GFM table that holds another delimiter row further down is several tables run together
 * ("Action 1", a field table, "Action 2", the next): GFM takes a line without pipes after a table
 * as one more row. Each header row over a delimiter row starts a table of its own; lines without
 * pipes before it are paragraphs. Null when the table holds one delimiter row only.
 */
export function splitGfmTables(node: Table, ctx: MarkdownContext): BlockNode[] | null {
  const p = node.position;
  if (p === undefined || ctx.inQuote) return null;
  const from = p.start.line - 1;
  const to = p.end.line - 1;
  const isDelimiter = (k: number): boolean => {
    const line = ctx.lines[k];
    const cells = line ? pipeCells(line) : null;
    return cells !== null && isDelimiterRow(cellTexts(ctx.source, { cells }));
  };
  const heads: number[] = [];
  for (let k = from + 2; k <= to; k++) if (isDelimiter(k) && k - 1 > from + 1) heads.push(k - 1);
  if (heads.length === 0) return null;
  const out: BlockNode[] = [];
  let start = from;
  for (const head of [...heads, to + 1]) {
    // Lines without pipes right above the next header are text, not rows.
    let end = head - 1;
    const text: SourceLine[] = [];
    while (end > start && ctx.lines[end] && pipeCells(ctx.lines[end]!) === null) text.unshift(ctx.lines[end--]!);
    const read = readPipeLines(ctx, start, end);
    if (read === null) return null;
    out.push(read.table);
    for (const line of text) {
      const cleaned = cleanInlineText(line.text);
      if (cleaned.length === 0) continue;
      out.push({ type: 'paragraph', text: cleaned, raw: line.text, lines: [cleaned], position: { kind: 'text', start: { line: line.index + 1, column: 1, offset: line.start }, end: { line: line.index + 1, column: line.end - line.start + 1, offset: line.end } } });
    }
    start = head;
  }
  return out;
}
