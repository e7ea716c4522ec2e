import type { Paragraph } from 'mdast';
import type { BlockNode, ListItemNode, ParagraphNode } from '@tc/model';
import { alignedTable, alignedTableEnd } from '../shared/aligned-table.ts';
import { buildLists, type ItemEntry } from '../shared/build-lists.ts';
import type { ListMarker } from '../shared/list-marker.ts';
import { PipeTable, pipeCells, pipeRowsConfirmed } from '../shared/pipe-table.ts';
import { isSpace, skipSpaces, spanOf, type SourceLine } from '../shared/source-lines.ts';
import type { Definitions } from './definitions.ts';
import { inlineText, type MarkdownParser } from './inline-text.ts';

/** What the markdown reader knows while it walks the tree. */
export interface MarkdownContext {
  source: string;
  lines: SourceLine[];
  /** Per line, the list marker it starts with (weak markers only where a run accepts them). */
  markers: ReadonlyArray<ListMarker | null>;
  /** The document's link and footnote definitions, for text read again out of place. */
  definitions: Definitions;
  parse: MarkdownParser;
  /** Where the content of the enclosing list item starts on its lines (0 outside lists). */
  contentColumn: number;
  /** Inside a block quote, whose `>` prefixes the line-by-line reading here does not follow. */
  inQuote: boolean;
}

// Blocks split off a paragraph on lines that lie left of the enclosing list item's content (lazy
// continuation lines, in CommonMark terms), with that column: the list moves them out after itself.
const lazyBlocks = new WeakMap<BlockNode, number>();

/** True when `block` came from lazy lines that lie left of `column`. */
export function isLazyAt(block: BlockNode, column: number): boolean {
  return (lazyBlocks.get(block) ?? Infinity) < column;
}

interface Span {
  /** Indexes into the paragraph's lines. */
  from: number;
  to: number;
}

class ParagraphSplitter {
  private readonly ctx: MarkdownContext;
  private readonly first: number;
  /** Per line of the paragraph: where its text starts and ends (offsets into the source). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly kinds: Array<'item' | 'pipe' | 'text'> = [];
  /** Per line: whether the paragraph has it from its first character (no container prefix). */
  private readonly whole: boolean[] = [];

  constructor(ctx: MarkdownContext, first: number, last: number, start: number, end: number) {
    this.ctx = ctx;
    this.first = first;
    for (let k = first; k <= last; k++) {
      const line = ctx.lines[k] as SourceLine;
      const from = k === first ? start : line.start + skipSpaces(line.text);
      let to = k === last ? end : line.end;
      while (to > from && isSpace(ctx.source.charCodeAt(to - 1))) to--;
      // Only a line the paragraph has from its first character may open an item or a row.
      const whole = from === line.start + skipSpaces(line.text);
      this.starts.push(from);
      this.ends.push(to);
      this.whole.push(whole);
      this.kinds.push(whole && pipeCells(line) !== null ? 'pipe' : whole && ctx.markers[k] !== null ? 'item' : 'text');
    }
    const rows = pipeRowsConfirmed(this.kinds);
    this.kinds.forEach((kind, i) => {
      if (kind === 'pipe' && !rows.has(i)) this.kinds[i] = 'text';
    });
  }

  /** True when something here needs splitting: an item, pipe rows or a space-aligned table. */
  needsSplit(): boolean {
    return this.kinds.some((kind, i) => kind !== 'text' || this.alignedEnd(i) > i);
  }

  // Where a space-aligned table starting at line i of the paragraph ends, or i (as in plain text).
  private alignedEnd(i: number): number {
    const eligible = (k: number) => {
      const local = k - this.first;
      return local < this.kinds.length && this.whole[local] === true && this.kinds[local] !== 'pipe';
    };
    return alignedTableEnd(this.ctx.lines, this.first + i, eligible) - this.first;
  }

  private line(i: number): SourceLine {
    return this.ctx.lines[this.first + i] as SourceLine;
  }

  // Lines of text from i on; `paragraph` stops before a space-aligned table, as plain text does.
  private runOfText(i: number, paragraph = false): number {
    let j = i;
    while (j < this.kinds.length && this.kinds[j] === 'text' && !(paragraph && this.alignedEnd(j) > j)) j++;
    return j;
  }

  private paragraph(from: number, fromOffset: number, to: number): ParagraphNode {
    const toOffset = this.ends[to] as number;
    const raw = this.ctx.source.slice(fromOffset, toOffset);
    // Each line read with the inline rules, as the text is: no escapes or emphasis marks left.
    const lines = raw.split('\n').map((line) => inlineText(this.ctx.parse, line, this.ctx.definitions)).filter((l) => l.length > 0);
    const text = inlineText(this.ctx.parse, raw, this.ctx.definitions);
    return { type: 'paragraph', text, raw, lines, position: spanOf(this.line(from), fromOffset, this.line(to), toOffset) };
  }

  private item(span: Span): ItemEntry {
    const line = this.line(span.from);
    const marker = this.ctx.markers[this.first + span.from] as ListMarker;
    const end = this.ends[span.to] as number;
    const hasText = marker.contentStart < line.text.length;
    const content = hasText ? this.paragraph(span.from, line.start + marker.contentStart, span.to) : span.to > span.from ? this.paragraph(span.from + 1, this.starts[span.from + 1] as number, span.to) : null;
    const item: ListItemNode = {
      type: 'listItem',
      marker: marker.marker,
      checked: null,
      children: content === null ? [] : [content],
      position: spanOf(line, line.start + marker.indent, this.line(span.to), end),
    };
    return { marker, item };
  }

  private table(i: number): { table: BlockNode; next: number } {
    const table = new PipeTable(this.ctx.source, (raw) => ({ text: inlineText(this.ctx.parse, raw, this.ctx.definitions), children: [] }));
    let j = i;
    while (j < this.kinds.length) {
      if (this.kinds[j] === 'pipe') {
        table.addRow(this.line(j), pipeCells(this.line(j)) ?? []);
        j++;
        continue;
      }
      const k = this.runOfText(j);
      if (k === j || this.kinds[k] !== 'pipe') break;
      for (; j < k; j++) table.addText(this.line(j));
    }
    return { table: table.build(), next: j };
  }

  /** The blocks of the paragraph, with the column each starts at. */
  split(): Array<{ block: BlockNode; column: number }> {
    const out: Array<{ block: BlockNode; column: number }> = [];
    let entries: ItemEntry[] = [];
    let entriesColumn = 0;
    const flush = () => {
      for (const list of buildLists(entries)) out.push({ block: list, column: entriesColumn });
      entries = [];
    };
    const column = (i: number) => (this.starts[i] as number) - this.line(i).start;
    let i = 0;
    while (i < this.kinds.length) {
      const kind = this.kinds[i];
      if (kind === 'pipe') {
        flush();
        const { table, next } = this.table(i);
        out.push({ block: table, column: column(i) });
        i = next;
        continue;
      }
      if (kind === 'item') {
        const j = this.runOfText(i + 1);
        if (entries.length === 0) entriesColumn = column(i);
        entries.push(this.item({ from: i, to: j - 1 }));
        i = j;
        continue;
      }
      const aligned = this.alignedEnd(i);
      if (aligned > i) {
        flush();
        const read = (raw: string) => ({ text: inlineText(this.ctx.parse, raw, this.ctx.definitions), children: [] });
        out.push({ block: alignedTable(this.ctx.source, this.ctx.lines, this.first + i, this.first + aligned, read), column: column(i) });
        i = aligned;
        continue;
      }
      const j = this.runOfText(i + 1, true);
      out.push({ block: this.paragraph(i, this.starts[i] as number, j - 1), column: column(i) });
      i = j;
    }
    flush();
    return out;
  }
}

/**
 * Splits a paragraph that remark read over lines plain text would read as list items (`•`, `–`,
 * `(a)`, `1.1`, an ordered item not starting at 1) or as a pipe table without a delimiter row, so
 * that both flavours give the same blocks. Null when nothing needs splitting. Blocks that start on
 * lazy lines left of the enclosing item's content are marked (see `isLazyAt`).
 */
export function splitParagraph(node: Paragraph, ctx: MarkdownContext): BlockNode[] | null {
  const p = node.position;
  if (ctx.inQuote || p?.start.offset === undefined || p.end.offset === undefined) return null;
  const splitter = new ParagraphSplitter(ctx, p.start.line - 1, p.end.line - 1, p.start.offset, p.end.offset);
  if (!splitter.needsSplit()) return null;
  const parts = splitter.split();
  let lazyFrom: number | null = null;
  return parts.map(({ block, column }, i) => {
    if (i > 0 && lazyFrom === null && column < ctx.contentColumn) lazyFrom = column;
    if (lazyFrom !== null) lazyBlocks.set(block, lazyFrom);
    return block;
  });
}
