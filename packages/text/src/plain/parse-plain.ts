import type { BlockNode, FurnitureNode, LayoutDocument } from '@tc/model';
import { cleanInlineText } from '@tc/layout';
import { alignedTable, alignedTableEnd } from '../shared/aligned-table.ts';
import { buildLists, type ItemEntry } from '../shared/build-lists.ts';
import { PipeTable, isDelimiterRow, pipeCells } from '../shared/pipe-table.ts';
import { cellTexts } from '../shared/table-rows.ts';
import { readCellContent } from './cell-content.ts';
import { findFurniture } from './furniture.ts';
import { headingFrom, listItemFrom, paragraphFrom, symbolsFrom } from './blocks.ts';
import { scanLines, spanOf, type Line } from './lines.ts';
import { TableBuilder } from './table.ts';

// Reads the lines once, front to back; every helper returns the index of the next unread line, and
// any look-ahead over blank or furniture lines is read again at most once, so the pass is linear.
class PlainReader {
  readonly children: BlockNode[] = [];
  readonly furniture: FurnitureNode[] = [];
  private readonly source: string;
  private readonly lines: Line[];
  private readonly furnitureLines: Set<number>;
  private readonly furnitureSeen = new Set<number>();

  constructor(source: string) {
    this.source = source;
    this.lines = scanLines(source);
    this.furnitureLines = findFurniture(this.lines);
    this.width = lineWidth(this.lines);
  }

  // The column the document is wrapped at (Infinity when it is not hard-wrapped).
  private readonly width: number;

  // A text line under a list item goes on with it when indented under it, or when the line above
  // was wrapped (long, no sentence end); otherwise it is a block of its own ("What we need:"
  // right under the last bullet, as web text with single line breaks prints it).
  private continuesItem(k: number): boolean {
    if (!this.isTextLine(k)) return false;
    if (isIndented(this.lines[k] as Line)) return true;
    const above = (this.lines[k - 1] as Line).text.trimEnd();
    if (/[.:;!?]$/.test(above)) return false;
    // Wrapped only where the next line's first word would not have fitted on the line above.
    const word = /^\S+/.exec((this.lines[k] as Line).text)?.[0] ?? '';
    return above.length + 1 + word.length > this.width;
  }

  read(): void {
    let i = 0;
    while (i < this.lines.length) i = this.block(i);
  }

  private line(i: number): Line | undefined {
    return this.lines[i];
  }

  private isFurniture(i: number): boolean {
    return this.furnitureLines.has(i);
  }

  private addFurniture(line: Line): void {
    if (this.furnitureSeen.has(line.index)) return;
    this.furnitureSeen.add(line.index);
    this.furniture.push({ type: 'furniture', role: 'repeated', text: cleanInlineText(line.text), raw: line.text, position: spanOf(line, line.start, line, line.end) });
  }

  // A line that a paragraph or list item may take as more of its text.
  private isTextLine(i: number): boolean {
    return this.line(i)?.kind === 'text' && !this.isFurniture(i);
  }

  // A space-aligned table's header at line i: where the table ends, or i. Its rows are lines of
  // text or list items (a ref column printed `1.`).
  private alignedEnd(i: number): number {
    return alignedTableEnd(this.lines, i, (k) => (this.lines[k]?.kind === 'text' || this.lines[k]?.kind === 'item') && !this.isFurniture(k));
  }

  private block(i: number): number {
    const line = this.lines[i] as Line;
    if (this.isFurniture(i)) {
      this.addFurniture(line);
      return i + 1;
    }
    switch (line.kind) {
      case 'blank':
        return i + 1;
      case 'heading':
        this.children.push(headingFrom(line));
        return i + 1;
      case 'ticks':
        this.children.push(...symbolsFrom(line));
        return i + 1;
      case 'row':
        return this.table(i);
      case 'pipe':
        return this.pipeTable(i);
      case 'item':
        return this.list(i);
      case 'text': {
        const end = this.alignedEnd(i);
        if (end === i) return this.paragraph(i);
        this.children.push(alignedTable(this.source, this.lines, i, end, readCellContent));
        return end;
      }
    }
  }

  // An indented line after an unindented one opens a new paragraph (a first-line indent), as
  // extracted PDF text marks a new text block.
  private paragraph(i: number): number {
    let j = i + 1;
    while (this.isTextLine(j) && !(isIndented(this.lines[j] as Line) && !isIndented(this.lines[j - 1] as Line)) && this.alignedEnd(j) === j) j++;
    this.children.push(paragraphFrom(this.source, this.lines.slice(i, j)));
    return j;
  }

  private table(i: number): number {
    const builder = new TableBuilder(this.source);
    let j = i;
    let gap = false;
    let next = i;
    for (;;) {
      const line = this.line(j);
      if (line === undefined) break;
      if (line.kind === 'row' && !this.isFurniture(j)) {
        builder.add(line, gap);
        gap = false;
        next = ++j;
      } else if (line.kind === 'blank' || this.isFurniture(j)) {
        gap = true;
        j++;
      } else break;
    }
    // Furniture between rows belongs to the table's pages; what follows the last row is read again.
    for (let k = i; k < next; k++) if (this.isFurniture(k)) this.addFurniture(this.lines[k] as Line);
    this.children.push(builder.build());
    return next;
  }

  // Lines of text right under a pipe row and right above the next one go on with its last cell.
  private pipeTable(i: number): number {
    const table = new PipeTable(this.source, readCellContent);
    let j = i;
    for (;;) {
      const line = this.line(j);
      if (line === undefined) break;
      const cells = line.kind === 'pipe' ? pipeCells(line) : null;
      if (cells !== null) {
        table.addRow(line, cells);
        j++;
        continue;
      }
      let k = j;
      while (this.isTextLine(k)) k++;
      if (k === j || this.line(k)?.kind !== 'pipe') break;
      // A pipe row over a delimiter row heads a table of its own: the text before it is no cell's.
      const after = this.line(k + 1);
      const delimiter = after?.kind === 'pipe' ? pipeCells(after) : null;
      if (delimiter && isDelimiterRow(cellTexts(this.source, { cells: delimiter }))) break;
      for (; j < k; j++) table.addText(this.lines[j] as Line);
    }
    this.children.push(table.build());
    return j;
  }

  // Items in a run (blank lines may come between) become lists: nested by indentation, a new list
  // where the marker style changes (see buildLists).
  private list(i: number): number {
    const entries: ItemEntry[] = [];
    let j = i;
    let next = i;
    for (;;) {
      const line = this.line(j);
      const marker = line?.kind === 'item' && !this.isFurniture(j) ? line.marker : null;
      if (line === undefined || marker === null) break;
      let k = j + 1;
      if (marker.contentStart < line.text.length) while (this.continuesItem(k)) k++;
      else while (this.isTextLine(k)) k++;
      if (marker.contentStart < line.text.length) {
        entries.push({ marker, item: listItemFrom(line, marker, paragraphFrom(this.source, [line, ...this.lines.slice(j + 1, k)], line.start + marker.contentStart)) });
      } else if (k > j + 1) {
        entries.push({ marker, item: listItemFrom(line, marker, paragraphFrom(this.source, this.lines.slice(j + 1, k))) });
      } else {
        // An empty bullet: its text was pushed below it, after blank lines (a flattened web list).
        let m = k;
        while (this.line(m)?.kind === 'blank') m++;
        let e = m;
        while (this.isTextLine(e)) e++;
        if (e > m) {
          entries.push({ marker, item: listItemFrom(line, marker, paragraphFrom(this.source, this.lines.slice(m, e))) });
          k = e;
        } else entries.push({ marker, item: listItemFrom(line, marker, null) });
      }
      next = k;
      j = k;
      while (this.line(j)?.kind === 'blank') j++;
    }
    this.children.push(...buildLists(entries));
    return next;
  }
}

function isIndented(line: Line): boolean {
  const c = line.text.charCodeAt(0);
  return c === 0x20 || c === 0xa0;
}

/** Reads plain text (tab tables, page-break debris, hard-wrapped lines) into a LayoutDocument. */
export function parsePlain(source: string): LayoutDocument {
  const reader = new PlainReader(source);
  reader.read();
  return { type: 'root', format: 'text', pages: null, children: reader.children, furniture: reader.furniture, diagnostics: [] };
}

/**
 * The column a hard-wrapped document wraps at (its longest line, where that is close to the 90th
 * percentile of its lines' lengths), or Infinity for text whose lines are not wrapped at all (a few
 * lines run far past the rest, as web text's paragraphs do).
 */
function lineWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => l.kind === 'text' || l.kind === 'item').map((l) => l.text.trimEnd().length).sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const longest = lengths[lengths.length - 1]!;
  return longest <= 1.15 * p90 + 2 ? longest : Infinity;
}
