import type { BlockNode, ListItemNode, ListNode, Provenance } from '@tc/model';
import { styleOf, type ListMarker } from './list-marker.ts';

/** A list item read from one marker line, with that marker. */
export interface ItemEntry {
  marker: ListMarker;
  item: ListItemNode;
}

interface Level {
  indent: number;
  style: string;
  list: ListNode;
  last: ListItemNode;
  /** The item the list is nested in, or null at the top. */
  parent: ListItemNode | null;
  /** Where a list at this level goes: the top-level output or the parent item's children. */
  siblings: BlockNode[];
}

// Lists keep the style they were built with and their first marker, so that a list read later (the
// next paragraph of a markdown document) can tell whether it goes on with one before it.
const built = new WeakMap<ListNode, { style: string; first: ListMarker }>();

/**
 * True when both lists were built here and `next` goes on with `prev`: the same style, or a single
 * item that reads in `prev`'s style (a lone `i.` after `h.`).
 */
export function continuesList(prev: ListNode, next: ListNode): boolean {
  const a = built.get(prev);
  const b = built.get(next);
  if (a === undefined || b === undefined) return false;
  return a.style === b.style || (next.children.length === 1 && styleOf(b.first, a.style) === a.style);
}

/** Moves the items of `next` to the end of `prev` (see `continuesList`). */
export function mergeLists(prev: ListNode, next: ListNode): void {
  prev.children.push(...next.children);
  if (prev.position?.kind === 'text' && next.position?.kind === 'text') prev.position = { kind: 'text', start: prev.position.start, end: next.position.end };
}

function spanning(from: Provenance | null, to: Provenance | null): Provenance | null {
  if (from?.kind !== 'text' || to?.kind !== 'text') return from ?? to;
  return { kind: 'text', start: from.start, end: to.end };
}

function close(level: Level): void {
  level.list.position = spanning(level.list.children[0]?.position ?? null, level.last.position);
  const parent = level.parent;
  if (parent !== null && parent.position?.kind === 'text' && level.list.position?.kind === 'text' && level.list.position.end.offset > parent.position.end.offset) {
    parent.position = { kind: 'text', start: parent.position.start, end: level.list.position.end };
  }
}

/**
 * Builds lists from a run of items in reading order. An item whose marker stands 2 or more
 * characters deeper than the items of the current list opens a list nested in the item above; one
 * 2 or more characters shallower closes the nested list. At one level, a change of marker style
 * (bullet glyph, numbering, delimiter) starts a new list, as pandoc and CommonMark do. One pass.
 */
export function buildLists(entries: readonly ItemEntry[]): ListNode[] {
  const out: ListNode[] = [];
  const stack: Level[] = [];
  const open = (siblings: BlockNode[], parent: ListItemNode | null, { marker, item }: ItemEntry): void => {
    const style = styleOf(marker, null);
    const list: ListNode = { type: 'list', ordered: marker.ordered, children: [item], position: null };
    built.set(list, { style, first: marker });
    siblings.push(list);
    stack.push({ indent: marker.indent, style, list, last: item, parent, siblings });
  };
  for (const entry of entries) {
    const { marker, item } = entry;
    while (stack.length > 1 && marker.indent <= (stack[stack.length - 1] as Level).indent - 2) close(stack.pop() as Level);
    const top = stack[stack.length - 1];
    if (top === undefined) open(out, null, entry);
    else if (marker.indent >= top.indent + 2) open(top.last.children, top.last, entry);
    else if (styleOf(marker, top.style) === top.style) {
      top.list.children.push(item);
      top.last = item;
    } else {
      close(stack.pop() as Level);
      open(top.siblings, top.parent, entry);
    }
  }
  while (stack.length > 0) close(stack.pop() as Level);
  return out;
}
