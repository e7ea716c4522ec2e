// Test helpers: visit every node of a LayoutDocument that carries source text.
import type { BlockNode, LayoutDocument, ListItemNode, Provenance, TableCellNode } from '@tc/model';

export type Leaf = { node: { raw: string; position: Provenance | null }; kind: string; joined: boolean };

function visit(nodes: readonly (BlockNode | ListItemNode)[], out: Leaf[], containers: Provenance[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'symbol':
        out.push({ node, kind: node.type, joined: false });
        break;
      case 'list':
        visit(node.children, out, containers);
        break;
      case 'listItem':
        if (node.position !== null) containers.push(node.position);
        visit(node.children, out, containers);
        break;
      case 'table':
        for (const row of node.rows) {
          for (const cell of row.cells) {
            out.push({ node: cell, kind: 'tableCell', joined: cell.raw.includes('\n') });
            visit(cell.children, out, containers);
            for (const symbol of cell.symbols) out.push({ node: symbol, kind: 'symbol', joined: false });
          }
        }
        break;
    }
  }
}

/** Every node with `raw` and a position, and the list items (whose markers have no raw). */
export function leaves(doc: LayoutDocument): { leaves: Leaf[]; items: Provenance[] } {
  const out: Leaf[] = [];
  const items: Provenance[] = [];
  visit(doc.children, out, items);
  for (const f of doc.furniture) out.push({ node: f, kind: 'furniture', joined: false });
  return { leaves: out, items };
}

/** All the table cells of the body, table by table. */
export function tables(doc: LayoutDocument): TableCellNode[][][] {
  return doc.children.filter((n) => n.type === 'table').map((t) => t.rows.map((r) => r.cells));
}

/** Offsets of the starts of lines. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
