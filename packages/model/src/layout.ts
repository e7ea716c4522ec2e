import * as z from 'zod';
import { Diagnostic } from './diagnostic.ts';
import { Provenance } from './provenance.ts';
import { SourceFormat } from './plan.ts';

// The layout document is one format-free tree. Every node keeps its provenance (null means the
// node was generated), and text nodes keep the source text as `raw` beside the cleaned `text`.
// Cleaned text: whitespace folded, HTML tags and entities resolved, markup links reduced to their
// text, superscripts as Unicode superscript characters (¹²³…), hyphenation across lines healed.

const position = Provenance.nullable();

/** A tick, cross or checkbox, with the evidence it was read from. */
export const SymbolNode = z.object({
  type: z.literal('symbol'),
  kind: z.enum(['tick', 'cross', 'checkbox']),
  checked: z.boolean(),
  raw: z.string(),
  evidence: z.enum(['glyph', 'letter', 'dingbat-font', 'private-use', 'vector', 'image', 'checkbox-control', 'form-field']),
  position,
});
export type SymbolNode = z.infer<typeof SymbolNode>;

export const HeadingNode = z.object({
  type: z.literal('heading'),
  depth: z.int().min(1).max(6),
  text: z.string(),
  raw: z.string(),
  position,
});
export type HeadingNode = z.infer<typeof HeadingNode>;

export const ParagraphNode = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  raw: z.string(),
  lines: z.array(z.string()).describe('the cleaned text line by line, as laid out in the source'),
  position,
});
export type ParagraphNode = z.infer<typeof ParagraphNode>;

export const FurnitureNode = z.object({
  type: z.literal('furniture'),
  role: z.enum(['header', 'footer', 'page-number', 'repeated']),
  text: z.string(),
  raw: z.string(),
  position,
});
export type FurnitureNode = z.infer<typeof FurnitureNode>;

export interface ListItemNode {
  type: 'listItem';
  marker: string | null;
  checked: boolean | null;
  children: BlockNode[];
  position: Provenance | null;
}
export interface ListNode {
  type: 'list';
  ordered: boolean;
  children: ListItemNode[];
  position: Provenance | null;
}
export interface TableCellNode {
  type: 'tableCell';
  text: string;
  raw: string;
  children: BlockNode[];
  symbols: SymbolNode[];
  rowSpan: number;
  colSpan: number;
  mergedFrom: { row: number; col: number } | null;
  position: Provenance | null;
}
export interface TableRowNode {
  type: 'tableRow';
  cells: TableCellNode[];
  continued: boolean;
  position: Provenance | null;
}
export interface TableNode {
  type: 'table';
  headerRows: number;
  rows: TableRowNode[];
  position: Provenance | null;
}
export type BlockNode = HeadingNode | ParagraphNode | ListNode | TableNode | SymbolNode;

export const ListItemNode: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('listItem'),
    marker: z.string().nullable().describe('the number or bullet as printed or reconstructed, e.g. "3", "a)"'),
    checked: z.boolean().nullable(),
    children: z.array(BlockNode),
    position,
  }),
);
export const ListNode: z.ZodType<ListNode> = z.lazy(() =>
  z.object({ type: z.literal('list'), ordered: z.boolean(), children: z.array(ListItemNode), position }),
);
export const TableCellNode: z.ZodType<TableCellNode> = z.lazy(() =>
  z.object({
    type: z.literal('tableCell'),
    text: z.string(),
    raw: z.string(),
    children: z.array(BlockNode).describe('block structure inside the cell, when it has more than one line of text'),
    symbols: z.array(SymbolNode),
    rowSpan: z.int().min(1),
    colSpan: z.int().min(1),
    mergedFrom: z
      .object({ row: z.int().min(0), col: z.int().min(0) })
      .nullable()
      .describe('set on the grid copies of a merged cell: where its origin is'),
    position,
  }),
);
export const TableRowNode: z.ZodType<TableRowNode> = z.lazy(() =>
  z.object({
    type: z.literal('tableRow'),
    cells: z.array(TableCellNode),
    continued: z.boolean().describe('rebuilt from pieces split by a page break'),
    position,
  }),
);
export const TableNode: z.ZodType<TableNode> = z.lazy(() =>
  z.object({
    type: z.literal('table'),
    headerRows: z.int().min(0).describe('rows the source marks as header rows (0 when it does not say)'),
    rows: z.array(TableRowNode),
    position,
  }),
);
export const BlockNode: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([HeadingNode, ParagraphNode, ListNode, TableNode, SymbolNode]),
);

/** The format-free document every parser produces and every recogniser reads. */
export const LayoutDocument = z.object({
  type: z.literal('root'),
  format: SourceFormat,
  pages: z.int().min(0).nullable(),
  children: z.array(BlockNode),
  furniture: z.array(FurnitureNode).describe('running headers, footers and page numbers, kept apart'),
  diagnostics: z.array(Diagnostic),
});
export type LayoutDocument = z.infer<typeof LayoutDocument>;
