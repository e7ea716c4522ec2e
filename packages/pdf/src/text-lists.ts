import type { BlockNode, ListItemNode, ListNode } from '@tc/model';
import { union, type Box } from './geometry.ts';
import { pdfPosition } from './ticks.ts';

/** A marker this many em right of the one above opens a list inside that item. */
const INDENT_EM = 0.5;

/** Lists still open while list items follow one another: the outermost first, with their marker x. */
export type OpenLists = Array<{ list: ListNode; x: number }>;

/**
 * Adds a list item where its indent puts it: a marker further right than the item above opens a
 * list inside that item (sub-bullets: "○ Owner: …" under "• Title"); one further left closes the
 * lists opened since; at one indent a change between bullets and numbers starts a new list.
 */
export function placeListItem(out: BlockNode[], open: OpenLists, item: ListItemNode, ordered: boolean, x: number, size: number, page: number, box: Box): void {
  const tolerance = INDENT_EM * size;
  while (open.length > 0 && open[open.length - 1]!.x > x + tolerance) open.pop();
  const top = open[open.length - 1];
  const fresh = (): ListNode => ({ type: 'list', ordered, children: [item], position: pdfPosition(page, box) });
  if (top && x <= top.x + tolerance && top.list.ordered === ordered) {
    top.list.children.push(item);
    top.list.position = pdfPosition(page, union([boxOf(top.list.position), box]));
    return;
  }
  const list = fresh();
  if (top && x > top.x + tolerance) {
    top.list.children[top.list.children.length - 1]!.children.push(list);
    open.push({ list, x });
    return;
  }
  if (top) open.pop();
  const parent = open[open.length - 1];
  if (parent) parent.list.children[parent.list.children.length - 1]!.children.push(list);
  else out.push(list);
  open.push({ list, x });
}

function boxOf(p: unknown): Box {
  const bbox = (p as { bbox?: Box } | null)?.bbox;
  return bbox ?? [Infinity, Infinity, -Infinity, -Infinity];
}

/**
 * A list cut by a page break: the first list of the next page carries on the last list of the
 * page before, at the level its indent matches, or inside the last item when it is indented
 * further. Returns false when the next list begins left of the outer list (a new list).
 */
export function continueList(prev: ListNode, next: ListNode, tolerance = 5): boolean {
  const x = leftOf(next.children[0]);
  // The chain of open lists at the end of prev, outermost first.
  const chain: ListNode[] = [prev];
  for (;;) {
    const last = chain[chain.length - 1]!.children.at(-1)?.children.at(-1);
    if (last?.type !== 'list') break;
    chain.push(last);
  }
  if (x < leftOf(prev.children[0]) - tolerance) return false;
  for (let k = chain.length - 1; k >= 0; k--) {
    const list = chain[k]!;
    const at = leftOf(list.children[0]);
    if (x > at + tolerance) {
      list.children.at(-1)!.children.push(next);
      return true;
    }
    if (Math.abs(x - at) <= tolerance) {
      if (list.ordered !== next.ordered) return false;
      list.children.push(...next.children);
      return true;
    }
  }
  return false;
}

function leftOf(item: ListItemNode | undefined): number {
  return boxOf(item?.position)[0];
}
