import type { BlockNode, LayoutDocument, ListItemNode, Provenance, TableNode } from '@tc/model';
import { isSectionLine } from './fields/section-heading.ts';

/** One block of the document in reading order, as the region recognisers see it. */
export interface Item {
  index: number;
  kind: 'heading' | 'paragraph' | 'listItem' | 'symbol' | 'table';
  text: string;
  lines: string[];
  position: Provenance | null;
  /** list item marker ("3", "a)") or null */
  marker: string | null;
  ordered: boolean;
  table: TableNode | null;
  checked: boolean;
  /** nesting level of a list item (0 = top level) */
  depth: number;
}

const INLINE_SPACE = /[ \t\u00a0]+/g;

/** Folds runs of spaces but keeps line breaks. */
export function fold(text: string): string {
  return text
    .replace(INLINE_SPACE, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Folds all whitespace, line breaks included, to single spaces. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function listItemText(item: ListItemNode): { text: string; lines: string[] } {
  const lines: string[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') lines.push(...child.lines);
    else if (child.type === 'heading') lines.push(child.text);
  }
  return { text: flat(lines.join(' ')), lines };
}

type Push = (item: Omit<Item, 'index' | 'depth'> & { depth?: number }) => void;
type Flatten<T extends BlockNode['type']> = (node: Extract<BlockNode, { type: T }>, push: Push) => void;

const flatteners: { [T in BlockNode['type']]: Flatten<T> } = {
  heading: (node, push) =>
    push({ kind: 'heading', text: flat(node.text), lines: [flat(node.text)], position: node.position, marker: null, ordered: false, table: null, checked: false }),
  paragraph: (node, push) => {
    const lines = node.lines.map(flat).filter((l) => l.length > 0);
    // Section headings and field labels typed on consecutive lines ("Objective 1: …", "Owner: …")
    // are separate blocks, as if blank lines stood between them.
    if (lines.length > 1 && lines.filter(isSectionLine).length >= 2) {
      for (const line of lines) push({ kind: 'paragraph', text: line, lines: [line], position: node.position, marker: null, ordered: false, table: null, checked: false });
      return;
    }
    push({ kind: 'paragraph', text: flat(node.text), lines, position: node.position, marker: null, ordered: false, table: null, checked: false });
  },
  symbol: (node, push) =>
    push({ kind: 'symbol', text: node.raw, lines: [], position: node.position, marker: null, ordered: false, table: null, checked: node.checked }),
  table: (node, push) =>
    push({ kind: 'table', text: '', lines: [], position: node.position, marker: null, ordered: false, table: node, checked: false }),
  list: (node, push) => {
    for (const child of node.children) {
      const { text, lines } = listItemText(child);
      push({ kind: 'listItem', text, lines, position: child.position, marker: child.marker, ordered: node.ordered, table: null, checked: child.checked === true });
      // Nested lists keep their depth: "Lead: …" bullets under an action are its fields.
      const deeper: Push = (item) => push({ ...item, depth: (item.depth ?? 0) + 1 });
      for (const nested of child.children) if (nested.type === 'list' || nested.type === 'table') flattenBlock(nested, deeper);
    }
  },
};

function flattenBlock(node: BlockNode, push: Push): void {
  (flatteners[node.type] as Flatten<typeof node.type>)(node as never, push);
}

/** The document's blocks in reading order, lists unfolded into their items. */
export function documentItems(doc: LayoutDocument): Item[] {
  const items: Item[] = [];
  const push: Push = (item) => {
    if (item.kind !== 'table' && item.kind !== 'symbol' && item.text.length === 0 && item.marker === null) {
      return;
    }
    items.push({ ...item, depth: item.depth ?? 0, index: items.length });
  };
  for (const node of doc.children) flattenBlock(node, push);
  return items;
}

/** A short line that reads as a heading: no sentence end, few words. */
export function isHeadingLike(item: Item): boolean {
  if (item.kind === 'heading') return true;
  if (item.kind !== 'paragraph') return false;
  if (item.lines.length > 3) return false;
  const words = item.text.split(' ').length;
  return words <= 12 && !/[.;,]$/.test(item.text);
}
