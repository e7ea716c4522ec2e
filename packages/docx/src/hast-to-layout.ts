// mammoth's HTML (as hast) to LayoutDocument blocks. Handlers are keyed by tag name; every node
// gets DOCX provenance (part, top-level block, table row and cell).
import type { Element, ElementContent, Root } from 'hast';
import type { BlockNode, ListItemNode, ListNode, Provenance, SymbolNode, TableNode } from '@tc/model';

type DocxProvenance = Extract<Provenance, { kind: 'docx' }>;
import { cleanLines, cleanText, toSuperscript } from './clean-text.ts';
import { letterSymbol, resolveSymbols } from './dingbats.ts';
import { inlineText, isNoteLink } from './inline-text.ts';
import { buildGrid, type SourceCell } from './table-grid.ts';

const PART = 'word/document.xml';

export interface MapContext {
  /** Word's list markers for the body's numbered paragraphs, in order (null: reconstruct 1..n). */
  markers: string[] | null;
  markerAt: number;
  position: DocxProvenance;
  /** Called as each row of a top-level table has been mapped (unset below the top level). */
  onRow?: (() => void) | undefined;
}

type Symbols = Array<Omit<SymbolNode, 'position'>>;
interface Mapped {
  blocks: BlockNode[];
  symbols: Symbols;
}
type BlockHandler = (node: Element, ctx: MapContext) => Mapped;

function isElement(node: ElementContent): node is Element {
  return node.type === 'element';
}

function elementChildren(node: Element): Element[] {
  return node.children.filter(isElement);
}

/** Text, raw and lines of inline content, with its symbols resolved. */
function textOf(nodes: ElementContent[]): { text: string; raw: string; lines: string[]; symbols: Symbols } {
  const resolved = resolveSymbols(inlineText(nodes));
  const lines = cleanLines(resolved.text);
  return { text: lines.join(' '), raw: resolved.raw, lines, symbols: resolved.symbols };
}

function paragraph(nodes: ElementContent[], ctx: MapContext): Mapped {
  const t = textOf(nodes);
  if (t.text === '') return { blocks: [], symbols: t.symbols };
  const position = { ...ctx.position };
  // A paragraph holding nothing but one tick stands as a symbol block.
  if (t.symbols.length === 1 && t.text === cleanText(t.text) && [...t.text].length === 1) {
    return { blocks: [{ ...t.symbols[0]!, position }], symbols: t.symbols };
  }
  return { blocks: [{ type: 'paragraph', text: t.text, raw: t.raw, lines: t.lines, position }], symbols: t.symbols };
}

function heading(depth: number): BlockHandler {
  return (node, ctx) => {
    const t = textOf(node.children);
    if (t.text === '') return { blocks: [], symbols: [] };
    return { blocks: [{ type: 'heading', depth, text: t.text, raw: t.raw, position: { ...ctx.position } }], symbols: t.symbols };
  };
}

function nextMarker(ctx: MapContext, ordered: boolean, index: number): string {
  if (ctx.markers) {
    const m = ctx.markers[ctx.markerAt++];
    if (m !== undefined) return m;
  }
  return ordered ? `${index + 1}.` : '•';
}

/** A list item's inline content becomes a paragraph; nested lists and paragraphs stay blocks. */
function listItem(node: Element, ctx: MapContext, marker: string): { item: ListItemNode; symbols: Symbols } {
  const { blocks, symbols } = mapBlocks(node.children, ctx);
  return { item: { type: 'listItem', marker, checked: null, children: blocks, position: { ...ctx.position } }, symbols };
}

function isNoteList(node: Element): boolean {
  const items = elementChildren(node);
  return items.length > 0 && items.every((li) => /^(footnote|endnote)-/.test(String(li.properties['id'] ?? '')));
}

/** mammoth's footnote list: each note becomes a paragraph starting with its superscript mark. */
function notes(node: Element, ctx: MapContext): Mapped {
  const blocks: BlockNode[] = [];
  elementChildren(node).forEach((li, index) => {
    const id = String(li.properties['id']);
    // mammoth numbers note references 1, 2, 3 … in the order they appear, as it lists the notes.
    const mark = toSuperscript(String(index + 1));
    const position: DocxProvenance = { kind: 'docx', part: id.startsWith('endnote') ? 'word/endnotes.xml' : 'word/footnotes.xml', block: index };
    const t = textOf(withoutBackLinks(li.children));
    blocks.push({ type: 'paragraph', text: `${mark} ${t.text}`, raw: `${mark} ${t.raw}`, lines: [`${mark} ${t.text}`], position });
  });
  return { blocks, symbols: [] };
}

function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((n): ElementContent[] => {
    if (!isElement(n)) return [n];
    if (n.tagName === 'a' && isNoteLink(n) === 'back') return [];
    return [{ ...n, children: withoutBackLinks(n.children) }];
  });
}

function list(ordered: boolean): BlockHandler {
  return (node, ctx) => {
    if (ordered && isNoteList(node)) return notes(node, ctx);
    const children: ListItemNode[] = [];
    const symbols: Symbols = [];
    elementChildren(node)
      .filter((li) => li.tagName === 'li')
      .forEach((li, i) => {
        // mammoth writes an item holding only a nested list where a list opens at a deeper level;
        // Word numbers no paragraph there.
        const r = listItem(li, ctx, holdsOnlyLists(li) ? (ordered ? `${i + 1}.` : '•') : nextMarker(ctx, ordered, i));
        children.push(r.item);
        symbols.push(...r.symbols);
      });
    const listNode: ListNode = { type: 'list', ordered, children, position: { ...ctx.position } };
    return { blocks: [listNode], symbols };
  };
}

/** Plain text of blocks inside a cell: paragraphs, list items with their markers, nested rows. */
function blockText(block: BlockNode): string[] {
  switch (block.type) {
    case 'list':
      return block.children.flatMap((item) => {
        const lines = item.children.flatMap(blockText);
        // A bullet is structure, not content (its glyph differs between producers): the list node
        // keeps it, the cell text does not. Numbers Word shows are content and stay.
        const marker = block.ordered ? (item.marker ?? '') : '';
        return lines.length === 0 ? [] : [`${marker} ${lines[0]}`.trim(), ...lines.slice(1)];
      });
    case 'table':
      return block.rows.map((r) => r.cells.map((c) => c.text.replace(/\n/g, ' ')).join('\t'));
    case 'symbol':
      return [resolveGlyph(block)];
    default:
      return [block.text];
  }
}

function tableCell(node: Element, ctx: MapContext): SourceCell {
  const blocks: BlockNode[] = [];
  const symbols: Symbols = [];
  const m = listItem(node, ctx, '');
  for (const b of m.item.children) blocks.push(b);
  symbols.push(...m.symbols);
  const lines = blocks.flatMap(blockText);
  const text = lines.join('\n');
  const letter = symbols.length === 0 ? letterSymbol(text) : null;
  if (letter) symbols.push(letter);
  const position = { ...ctx.position };
  const cell: SourceCell['cell'] = {
    type: 'tableCell',
    text: blocks.length === 1 && blocks[0]!.type === 'symbol' ? resolveGlyph(blocks[0]!) : text,
    raw: blocks.map(rawOf).join('\n'),
    children: blocks.length > 1 || blocks.some((b) => b.type === 'list' || b.type === 'table') ? blocks : [],
    symbols: symbols.map((s) => ({ ...s, position })),
    position,
  };
  return { cell, rowSpan: span(node.properties['rowSpan']), colSpan: span(node.properties['colSpan']) };
}

/** What a symbol shows: the character itself, or the Unicode glyph a dingbat character stands for. */
function resolveGlyph(symbol: SymbolNode): string {
  if (symbol.evidence !== 'dingbat-font' && symbol.evidence !== 'private-use') return symbol.raw;
  if (symbol.kind === 'checkbox') return symbol.checked ? '☑' : '☐';
  return symbol.kind === 'tick' ? '✓' : '✗';
}

function rawOf(block: BlockNode): string {
  if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'symbol') return block.raw;
  return blockText(block).join('\n');
}

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value ?? 1);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 1;
}

function rowsOf(node: Element): Array<{ tr: Element; header: boolean }> {
  const out: Array<{ tr: Element; header: boolean }> = [];
  for (const child of elementChildren(node)) {
    if (child.tagName === 'tr') out.push({ tr: child, header: false });
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of elementChildren(child)) if (tr.tagName === 'tr') out.push({ tr, header: child.tagName === 'thead' });
    }
  }
  return out;
}

const table: BlockHandler = (node, ctx) => {
  const outer = ctx.position;
  const source = rowsOf(node).map(({ tr, header }, row) => {
    const position: DocxProvenance = { ...outer, row };
    const cells = elementChildren(tr)
      .filter((c) => c.tagName === 'td' || c.tagName === 'th')
      .map((td, cell) => tableCell(td, { ...ctx, onRow: undefined, position: { ...outer, row, cell } }));
    const allTh = elementChildren(tr).every((c) => c.tagName === 'th');
    ctx.onRow?.();
    return { cells, position, header: header || allTh };
  });
  // Nested list markers must advance the shared counter; restore the outer position afterwards.
  ctx.position = outer;
  let headerRows = 0;
  while (headerRows < source.length && source[headerRows]!.header) headerRows++;
  const tableNode: TableNode = { type: 'table', headerRows, rows: buildGrid(source), position: { ...outer } };
  return { blocks: [tableNode], symbols: [] };
};

const container: BlockHandler = (node, ctx) => mapBlocks(node.children, ctx);

const BLOCKS: Record<string, BlockHandler> = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  p: (node, ctx) => paragraph(node.children, ctx),
  ul: list(false),
  ol: list(true),
  table,
  div: container,
  blockquote: container,
  section: container,
};

function mapBlocks(nodes: ElementContent[], ctx: MapContext): Mapped {
  const blocks: BlockNode[] = [];
  const symbols: Symbols = [];
  let inline: ElementContent[] = [];
  const flush = (): void => {
    const m = paragraph(inline, ctx);
    blocks.push(...m.blocks);
    symbols.push(...m.symbols);
    inline = [];
  };
  for (const n of nodes) {
    const handler = isElement(n) ? BLOCKS[n.tagName] : undefined;
    if (!handler) {
      inline.push(n);
      continue;
    }
    flush();
    const m = handler(n as Element, ctx);
    blocks.push(...m.blocks);
    symbols.push(...m.symbols);
  }
  flush();
  return { blocks, symbols };
}

/** An item with nothing of its own: only nested lists (and white space). */
function holdsOnlyLists(li: Element): boolean {
  return li.children.length > 0 && li.children.every((c) => (c.type === 'text' && c.value.trim() === '') || (c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'ul')));
}

/** Number of list items mammoth wrote (outside the footnote list), to match Word's markers. */
export function countListItems(root: Root): number {
  let n = 0;
  const visit = (node: Element): void => {
    if ((node.tagName === 'ol' || node.tagName === 'ul') && !isNoteList(node)) n += elementChildren(node).filter((c) => c.tagName === 'li' && !holdsOnlyLists(c)).length;
    for (const c of elementChildren(node)) visit(c);
  };
  for (const c of root.children) if (c.type === 'element') visit(c);
  return n;
}

/** The top-level HTML nodes that become blocks: elements and text that is not white space. */
export function topLevelNodes(root: Root): ElementContent[] {
  return root.children.filter(
    (node): node is ElementContent => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''),
  );
}

const isTable = (node: ElementContent): node is Element => isElement(node) && node.tagName === 'table';

/** How many units of progress a top-level node is: a table one per row, anything else one. */
export function progressUnits(node: ElementContent): number {
  return isTable(node) ? rowsOf(node).length : 1;
}

/**
 * Maps the top-level nodes one at a time, in order (so a caller can stop between them); each keeps
 * its index as the DOCX block of its provenance. `onUnit` hears each unit of {@link progressUnits}
 * as it is mapped: a table's rows one by one, any other node once.
 */
export function* mapTopLevel(nodes: ElementContent[], markers: string[] | null, onUnit: () => void): Generator<BlockNode[]> {
  const ctx: MapContext = { markers, markerAt: 0, position: { kind: 'docx', part: PART, block: 0 } };
  for (const [block, node] of nodes.entries()) {
    ctx.position = { kind: 'docx', part: PART, block };
    ctx.onRow = isTable(node) ? onUnit : undefined;
    const { blocks } = mapBlocks([node], ctx);
    if (!isTable(node)) onUnit();
    yield blocks;
  }
}
