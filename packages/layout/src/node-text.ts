import type { BlockNode, ListItemNode, TableCellNode } from '@tc/model';

type TextNode = BlockNode | ListItemNode | TableCellNode;

const textOf: { [K in TextNode['type']]: (node: Extract<TextNode, { type: K }>) => string } = {
  heading: (node) => node.text,
  paragraph: (node) => node.text,
  symbol: (node) => node.raw,
  tableCell: (node) => node.text,
  listItem: (node) => joinBlocks(node.children),
  list: (node) => joinBlocks(node.children),
  table: (node) => node.rows.map((row) => row.cells.filter((c) => c.mergedFrom === null).map((c) => c.text).join('\t')).join('\n'),
};

function joinBlocks(nodes: readonly TextNode[]): string {
  return nodes.map(nodeText).filter((t) => t.length > 0).join('\n');
}

/**
 * All the (cleaned) text of a node: blocks joined by line breaks, a table's cells by tabs and its
 * rows by line breaks, a symbol's source text.
 */
export function nodeText(node: TextNode): string {
  return (textOf[node.type] as (n: TextNode) => string)(node);
}
