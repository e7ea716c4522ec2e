import type { Nodes, Parent, RootContent } from 'mdast';
import type { BlockNode, LayoutDocument, ListItemNode, Provenance, TableCellNode, TableRowNode } from '@tc/model';
import { cleanInlineText, makeRectangular, readTickGlyph, readTickText, tableCell } from '@tc/layout';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { phrasingText } from './phrasing.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

interface Context {
  source: string;
}

function positionOf(node: Nodes): Provenance | null {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return null;
  return {
    kind: 'text',
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

function rawOf(node: Nodes, ctx: Context): string {
  const p = node.position;
  return p?.start.offset === undefined || p.end.offset === undefined ? '' : ctx.source.slice(p.start.offset, p.end.offset);
}

// A paragraph of nothing but tick glyphs is a run of symbols, as in plain text.
function tickParagraph(node: Nodes, text: string): BlockNode[] | null {
  const glyphs = [...text.replace(/\s+/g, '')];
  if (glyphs.length === 0 || !glyphs.every((g) => readTickGlyph(g) !== null)) return null;
  return glyphs.map((g) => ({ type: 'symbol', ...(readTickGlyph(g) as NonNullable<ReturnType<typeof readTickGlyph>>), raw: g, position: positionOf(node) }));
}

function paragraph(node: Nodes, text: string, ctx: Context): BlockNode[] {
  const raw = rawOf(node, ctx);
  if (text.length === 0) return [];
  const lines = raw.split('\n').map(cleanInlineText).filter((l) => l.length > 0);
  return [{ type: 'paragraph', text, raw, lines, position: positionOf(node) }];
}

type Handler<K extends Nodes['type']> = (node: Extract<Nodes, { type: K }>, ctx: Context) => BlockNode[];
type Handlers = { [K in Nodes['type']]?: Handler<K> };

const handlers: Handlers = {
  heading: (node, ctx) => [{ type: 'heading', depth: node.depth, text: cleanInlineText(phrasingText(node.children)), raw: rawOf(node, ctx), position: positionOf(node) }],
  paragraph: (node, ctx) => {
    const text = cleanInlineText(phrasingText(node.children));
    return tickParagraph(node, text) ?? paragraph(node, text, ctx);
  },
  code: (node, ctx) => paragraph(node, node.value.trim(), ctx),
  html: (node, ctx) => paragraph(node, cleanInlineText(node.value), ctx),
  list: (node, ctx) => [
    {
      type: 'list',
      ordered: node.ordered === true,
      children: node.children.map((item, i): ListItemNode => ({
        type: 'listItem',
        marker: node.ordered === true ? String((node.start ?? 1) + i) : null,
        checked: item.checked ?? null,
        children: blocks(item, ctx),
        position: positionOf(item),
      })),
      position: positionOf(node),
    },
  ],
  table: (node, ctx) => {
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

function blocks(parent: Parent, ctx: Context): BlockNode[] {
  return parent.children.flatMap((child) => block(child, ctx));
}

// Containers without a layout counterpart (block quotes, footnote definitions) give their content.
function block(node: RootContent, ctx: Context): BlockNode[] {
  const handler = handlers[node.type] as Handler<typeof node.type> | undefined;
  if (handler !== undefined) return handler(node as never, ctx);
  if ('children' in node) return blocks(node, ctx);
  if ('value' in node) return paragraph(node, cleanInlineText(node.value), ctx);
  return [];
}

/** Reads markdown (CommonMark + GFM tables and task lists) into a LayoutDocument. */
export function parseMarkdown(source: string): LayoutDocument {
  const tree = parser.parse(source);
  return { type: 'root', format: 'markdown', pages: null, children: blocks(tree, { source }), furniture: [], diagnostics: [] };
}
