import type { BlockNode, FurnitureNode, LayoutDocument, ListItemNode, ListNode } from '@tc/model';
import { cleanInlineText } from '@tc/layout';
import { findFurniture } from './furniture.ts';
import { headingFrom, listItemFrom, paragraphFrom, readMarker, symbolsFrom } from './blocks.ts';
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
      case 'item':
        return this.list(i);
      case 'text':
        return this.paragraph(i);
    }
  }

  // An indented line after an unindented one opens a new paragraph (a first-line indent), as
  // extracted PDF text marks a new text block.
  private paragraph(i: number): number {
    let j = i + 1;
    while (this.isTextLine(j) && !(isIndented(this.lines[j] as Line) && !isIndented(this.lines[j - 1] as Line))) j++;
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

  private list(i: number): number {
    const first = readMarker(this.lines[i] as Line);
    const items: ListItemNode[] = [];
    let j = i;
    let next = i;
    for (;;) {
      const line = this.line(j);
      const marker = line?.kind === 'item' && !this.isFurniture(j) ? readMarker(line) : null;
      if (line === undefined || marker === null || marker.ordered !== first?.ordered) break;
      let k = j + 1;
      while (this.isTextLine(k)) k++;
      if (marker.contentStart < line.end) {
        items.push(listItemFrom(line, marker, paragraphFrom(this.source, [line, ...this.lines.slice(j + 1, k)], marker.contentStart)));
      } else if (k > j + 1) {
        items.push(listItemFrom(line, marker, paragraphFrom(this.source, this.lines.slice(j + 1, k))));
      } else {
        // An empty bullet: its text was pushed below it, after blank lines (a flattened web list).
        let m = k;
        while (this.line(m)?.kind === 'blank') m++;
        let e = m;
        while (this.isTextLine(e)) e++;
        if (e > m) {
          items.push(listItemFrom(line, marker, paragraphFrom(this.source, this.lines.slice(m, e))));
          k = e;
        } else items.push(listItemFrom(line, marker, null));
      }
      next = k;
      j = k;
      while (this.line(j)?.kind === 'blank') j++;
    }
    const list: ListNode = { type: 'list', ordered: first?.ordered ?? false, children: items, position: null };
    const start = items[0]?.position;
    const end = items[items.length - 1]?.position;
    if (start?.kind === 'text' && end?.kind === 'text') list.position = { kind: 'text', start: start.start, end: end.end };
    this.children.push(list);
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
