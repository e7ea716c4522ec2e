// The text of an element's inline content, as mammoth wrote it: line breaks kept as "\n",
// superscripts as Unicode superscript characters, footnote references as marks, checkbox controls
// as sentinels that `resolveSymbols` turns into symbols.
import type { Element, ElementContent } from 'hast';
import { CHECKED_BOX, UNCHECKED_BOX } from './dingbats.ts';
import { toSuperscript } from './clean-text.ts';

type InlineHandler = (node: Element, out: string[]) => void;

function children(node: Element, out: string[]): void {
  for (const child of node.children) inlineNode(child, out);
}

function href(node: Element): string {
  const h = node.properties['href'];
  return typeof h === 'string' ? h : '';
}

/** True for mammoth's note reference (`#footnote-1`) and back-link (`#footnote-ref-1`). */
export function isNoteLink(node: Element): 'ref' | 'back' | null {
  const h = href(node);
  if (/^#(footnote|endnote)-ref-/.test(h)) return 'back';
  if (/^#(footnote|endnote)-/.test(h)) return 'ref';
  return null;
}

const INLINE: Record<string, InlineHandler> = {
  br: (_node, out) => out.push('\n'),
  img: () => undefined,
  input: (node, out) => {
    if (node.properties['type'] !== 'checkbox') return;
    out.push(node.properties['checked'] ? CHECKED_BOX : UNCHECKED_BOX);
  },
  a: (node, out) => {
    const note = isNoteLink(node);
    if (note === 'back') return;
    if (note === 'ref') {
      // mammoth writes the reference as "[n]"; the mark itself is the number.
      const inner: string[] = [];
      children(node, inner);
      out.push(inner.join('').replace(/^\[(.*)\]$/, '$1'));
      return;
    }
    children(node, out);
  },
  sup: (node, out) => {
    const inner: string[] = [];
    children(node, inner);
    out.push(toSuperscript(inner.join('')));
  },
};

export function inlineNode(node: ElementContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'element') (INLINE[node.tagName] ?? children)(node, out);
}

/** The inline text of `nodes`, line breaks as "\n". */
export function inlineText(nodes: ElementContent[]): string {
  const out: string[] = [];
  for (const n of nodes) inlineNode(n, out);
  return out.join('');
}
