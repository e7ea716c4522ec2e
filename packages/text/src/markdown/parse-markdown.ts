import type { List, Nodes, Parent, RootContent } from 'mdast';
import type { BlockNode, LayoutDocument, ListItemNode, ListNode, Provenance, TableCellNode, TableRowNode } from '@tc/model';
import { cleanInlineText, makeRectangular, readTickGlyph, readTickText, tableCell } from '@tc/layout';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { continuesList, mergeLists } from '../shared/build-lists.ts';
import { splitSourceLines } from '../shared/source-lines.ts';
import { Definitions } from './definitions.ts';
import { lineMarkers } from './line-markers.ts';
import { inlineText } from './inline-text.ts';
import { phrasingText } from './phrasing.ts';
import { splitGfmTables, tableWithWrappedHeader, wrappedGfmTable } from './pipe-lines.ts';
import { isLazyAt, splitParagraph, type MarkdownContext } from './split-paragraph.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
const parse = (text: string) => parser.parse(text);

function positionOf(node: Nodes): Provenance | null {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return null;
  return {
    kind: 'text',
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

function rawOf(node: Nodes, ctx: MarkdownContext): string {
  const p = node.position;
  return p?.start.offset === undefined || p.end.offset === undefined ? '' : ctx.source.slice(p.start.offset, p.end.offset);
}

// A paragraph of nothing but tick glyphs is a run of symbols, as in plain text.
function tickParagraph(node: Nodes, text: string): BlockNode[] | null {
  const glyphs = [...text.replace(/\s+/g, '')];
  if (glyphs.length === 0 || !glyphs.every((g) => readTickGlyph(g) !== null)) return null;
  return glyphs.map((g) => ({ type: 'symbol', ...(readTickGlyph(g) as NonNullable<ReturnType<typeof readTickGlyph>>), raw: g, position: positionOf(node) }));
}

function paragraph(node: Nodes, text: string, ctx: MarkdownContext): BlockNode[] {
  const raw = rawOf(node, ctx);
  if (text.length === 0) return [];
  // Each line read with the inline rules, as the text is: no escapes or emphasis marks left.
  const lines = raw.split('\n').map((line) => inlineText(ctx.parse, line, ctx.definitions)).filter((l) => l.length > 0);
  return [{ type: 'paragraph', text, raw, lines, position: positionOf(node) }];
}

function spanning(from: Provenance | null | undefined, to: Provenance | null | undefined): Provenance | null {
  if (from?.kind !== 'text' || to?.kind !== 'text') return from ?? null;
  return { kind: 'text', start: from.start, end: to.end };
}

// Where an item's content starts on its lines: where its first block starts (`1.  Text` → 4).
function contentColumn(item: List['children'][number]): number {
  const child = item.children[0]?.position?.start.column;
  return child !== undefined ? child - 1 : (item.position?.start.column ?? 1) + 1;
}

// A list whose items end in blocks split off lazy lines (see splitParagraph) is cut after such an
// item; the blocks follow it at this level, and the remaining items make a second list.
function list(node: List, ctx: MarkdownContext): BlockNode[] {
  const ordered = node.ordered === true;
  const out: BlockNode[] = [];
  let current: ListNode | null = null;
  let cut = false;
  node.children.forEach((item, i) => {
    const column = contentColumn(item);
    const children = blocks(item, { ...ctx, contentColumn: column });
    let keep = children.length;
    while (keep > 1 && isLazyAt(children[keep - 1] as BlockNode, column)) keep--;
    const lazy = children.splice(keep);
    const position = lazy.length === 0 ? positionOf(item) : spanning(positionOf(item), children[children.length - 1]?.position);
    const listItem: ListItemNode = { type: 'listItem', marker: ordered ? String((node.start ?? 1) + i) : null, checked: item.checked ?? null, children, position };
    if (current === null) {
      current = { type: 'list', ordered, children: [], position: null };
      out.push(current);
    }
    current.children.push(listItem);
    if (lazy.length > 0) {
      cut = true;
      out.push(...lazy);
      current = null;
    }
  });
  for (const block of out) {
    if (block.type === 'list' && block.position === null) block.position = cut ? spanning(block.children[0]?.position, block.children[block.children.length - 1]?.position) : positionOf(node);
  }
  return out;
}

type Handler<K extends Nodes['type']> = (node: Extract<Nodes, { type: K }>, ctx: MarkdownContext) => BlockNode[];
type Handlers = { [K in Nodes['type']]?: Handler<K> };

const handlers: Handlers = {
  heading: (node, ctx) => [{ type: 'heading', depth: node.depth, text: cleanInlineText(phrasingText(node.children)), raw: rawOf(node, ctx), position: positionOf(node) }],
  paragraph: (node, ctx) => {
    const split = splitParagraph(node, ctx);
    if (split !== null) return split;
    const text = cleanInlineText(phrasingText(node.children));
    return tickParagraph(node, text) ?? paragraph(node, text, ctx);
  },
  code: (node, ctx) => paragraph(node, node.value.trim(), ctx),
  html: (node, ctx) => paragraph(node, cleanInlineText(node.value), ctx),
  blockquote: (node, ctx) => blocks(node, { ...ctx, inQuote: true }),
  list,
  table: (node, ctx) => {
    const several = splitGfmTables(node, ctx);
    if (several !== null) return several;
    const wrapped = wrappedGfmTable(node, ctx);
    if (wrapped !== null) return [wrapped];
    const rows = node.children.map((row): TableRowNode => ({
      type: 'tableRow',
      continued: false,
      position: positionOf(row),
      cells: row.children.map((cell): TableCellNode => {
        const text = cleanInlineText(phrasingText(cell.children));
        const tick = readTickText(text);
        const raw = rawOf(cell, ctx);
        const position = positionOf(cell);
        return tableCell(text, raw, position, { symbols: tick === null ? [] : [{ type: 'symbol', ...tick, raw: raw.replace(/^\|/, '').trim(), position }] });
      }),
    }));
    makeRectangular(rows);
    return [{ type: 'table', headerRows: rows.length > 0 ? 1 : 0, rows, position: positionOf(node) }];
  },
  thematicBreak: () => [],
  definition: () => [],
};

// Lists split off consecutive paragraphs (`• a`, blank line, `• b`) make one list, as in plain text.
function blocks(parent: Parent, ctx: MarkdownContext): BlockNode[] {
  const out: BlockNode[] = [];
  const children = parent.children;
  for (let n = 0; n < children.length; n++) {
    const child = children[n] as RootContent;
    const after = children[n + 1];
    const headed = child.type === 'paragraph' && after?.type === 'table' ? tableWithWrappedHeader(child, after, ctx) : null;
    if (headed !== null) n++;
    for (const next of headed !== null ? [headed] : block(child, ctx)) {
      const prev = out[out.length - 1];
      const lazy = (b: BlockNode) => isLazyAt(b, ctx.contentColumn);
      if (prev?.type === 'list' && next.type === 'list' && lazy(prev) === lazy(next) && continuesList(prev, next)) mergeLists(prev, next);
      else out.push(next);
    }
  }
  return out;
}

// Containers without a layout counterpart (footnote definitions) give their content.
function block(node: RootContent, ctx: MarkdownContext): BlockNode[] {
  const handler = handlers[node.type] as Handler<typeof node.type> | undefined;
  if (handler !== undefined) return handler(node as never, ctx);
  if ('children' in node) return blocks(node, ctx);
  if ('value' in node) return paragraph(node, cleanInlineText(node.value), ctx);
  return [];
}

/**
 * Reads markdown (CommonMark + GFM tables and task lists) into a LayoutDocument. Paragraphs whose
 * lines plain text would read as list items or pipe table rows are split as plain text splits them.
 */
export function parseMarkdown(source: string): LayoutDocument {
  const tree = parse(source);
  const lines = splitSourceLines(source);
  const definitions = new Definitions(tree, source);
  const ctx: MarkdownContext = { source, lines, markers: lineMarkers(lines), definitions, parse, contentColumn: 0, inQuote: false };
  return { type: 'root', format: 'markdown', pages: null, children: blocks(tree, ctx), furniture: [], diagnostics: [] };
}
