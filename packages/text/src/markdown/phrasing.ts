import type { Nodes } from 'mdast';
import { toSuperscript } from '@tc/layout';

type Phrasing = Extract<Nodes, { type: 'text' | 'inlineCode' | 'html' | 'break' | 'image' | 'imageReference' | 'footnoteReference' }>;

const leafText: { [K in Phrasing['type']]: (node: Extract<Phrasing, { type: K }>) => string } = {
  text: (node) => node.value,
  inlineCode: (node) => node.value,
  html: (node) => node.value,
  break: () => '\n',
  image: (node) => node.alt ?? '',
  imageReference: (node) => node.alt ?? '',
  footnoteReference: (node) => toSuperscript(node.label ?? node.identifier) ?? `[^${node.label ?? node.identifier}]`,
};

/** The text of inline markdown: emphasis, links and the like reduced to their content. */
export function phrasingText(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    const leaf = leafText[node.type as Phrasing['type']] as ((n: Nodes) => string) | undefined;
    if (leaf !== undefined) out += leaf(node);
    else if ('children' in node) out += phrasingText(node.children);
  }
  return out;
}
